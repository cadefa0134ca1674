/**
 * National counts (RPH, ACT/FACT, FACT ung, HFU, student welfare) shown as context where
 * per-municipality coverage is unknown. Figures stay as printed: sources word them loosely
 * ("om lag 95", "rundt 20–25"), so turning them into numbers would invent precision.
 */
import * as z from "zod/mini";
import { sourceUrl } from "./schema.ts";

/** One sourced national figure, as curated in data/national-figures.json. */
export const nationalFigureSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and hyphens")),
  /** What is counted, e.g. "RPH" or "FACT ung". */
  topic: z.string().check(z.minLength(1)),
  /** The figure as the source prints it. */
  figure: z.string().check(z.minLength(1)),
  /** The reference date as the source prints it ("2025-02", "ukjent"). */
  asOf: z.string().check(z.minLength(1)),
  sourceUrls: z.array(sourceUrl).check(z.minLength(1, "needs at least one source URL")),
  /** Caveats about the figure or its source. */
  note: z.optional(z.string()),
});
/** A national figure. */
export type NationalFigure = z.infer<typeof nationalFigureSchema>;

/** The whole national-figures file. */
export const nationalFiguresSchema = z.array(nationalFigureSchema);
