/**
 * One municipality's share of the national dataset: what its page and print card read, a few kilobytes instead of
 * the whole country, so a page opened from a link renders without the main thread ever holding every record.
 */
import type { Dataset } from "./schema.ts";

/**
 * The dataset cut down to one municipality: its own record, the services that serve it (local, inter-municipal
 * and national, history included), its districts, and the municipalities those services also serve (so a shared
 * offer can still name its whole area). Counties, holidays and attribution are kept whole. Services keep their
 * dataset order. Undefined for an unknown number. The same cut as the stored parts (`splitDataset`).
 */
export function sliceDataset(dataset: Dataset, number: string): Dataset | undefined {
  const { shared, parts } = splitDataset(dataset, [number]);
  const part = parts.get(number);
  return part ? assembleSlice(shared, part) : undefined;
}

/** What every municipality's share has in common, stored once: the dataset's metadata and the national services. */
export interface SharedPart {
  meta: Omit<Dataset, "municipalities" | "districts" | "services">;
  /** National services with their places in the dataset, so a share keeps dataset order. */
  services: PositionedService[];
}

/** One municipality's own part of its share: the municipalities its services name, its districts, its local services. */
export interface LocalPart {
  municipalities: Dataset["municipalities"];
  districts: Dataset["districts"];
  services: PositionedService[];
}

/** A service and its index in the dataset's services. */
export type PositionedService = [position: number, service: Dataset["services"][number]];

/**
 * The dataset cut for storage: the shared part once, and the own part of each municipality (or only of those in
 * `numbers`; unknown numbers get none), so a later visit to one municipality's page reads two small records
 * instead of the whole dataset. `assembleSlice` of the two gives that municipality's share.
 */
export function splitDataset(
  dataset: Dataset,
  numbers?: readonly string[],
): { shared: SharedPart; parts: Map<string, LocalPart> } {
  const { municipalities, districts, services, ...meta } = dataset;
  const shared: SharedPart = { meta, services: [] };
  const wanted = numbers ? new Set(numbers) : undefined;
  const parts = new Map<string, LocalPart>(
    municipalities
      .filter((m) => !wanted || wanted.has(m.number))
      .map((m) => [m.number, { municipalities: [], districts: [], services: [] }]),
  );
  services.forEach((service, position) => {
    if (service.area.national === true) shared.services.push([position, service]);
    else
      for (const number of new Set(service.area.municipalities)) parts.get(number)?.services.push([position, service]);
  });
  for (const [number, part] of parts) {
    const named = new Set([number, ...part.services.flatMap(([, s]) => s.area.municipalities)]);
    part.municipalities = municipalities.filter((m) => named.has(m.number));
    part.districts = districts.filter((d) => d.municipality === number);
  }
  return { shared, parts };
}

/** One municipality's share from the stored parts (see `splitDataset`). */
export function assembleSlice(shared: SharedPart, part: LocalPart): Dataset {
  const services = [...shared.services, ...part.services].sort((a, b) => a[0] - b[0]).map(([, service]) => service);
  return { ...shared.meta, municipalities: part.municipalities, districts: part.districts, services };
}
