/** Municipality names for the area of a service, provided once by the app root so cards need not carry the dataset. */
import { createContext } from "preact";
import type { Municipality } from "../domain/schema.ts";

/** Turns municipality numbers into a readable list of names. */
export type AreaNames = (numbers: readonly string[]) => string;

/** Names municipalities; without a dataset it falls back to the numbers. */
export const AreaNamesContext = createContext<AreaNames>((numbers) => numbers.join(", "));

/** A namer over a dataset's municipalities, in the order given; unknown numbers stay as numbers. */
export function areaNamesFrom(municipalities: readonly Municipality[]): AreaNames {
  const names = new Map(municipalities.map((m) => [m.number, m.nameNorwegian]));
  return (numbers) => numbers.map((n) => names.get(n) ?? n).join(", ");
}
