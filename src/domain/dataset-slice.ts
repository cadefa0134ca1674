/**
 * One municipality's share of the national dataset: what its page and print card read, a few kilobytes instead of
 * the whole country, so a page opened from a link renders without the main thread ever holding every record.
 */
import { serves } from "./offers.ts";
import type { Dataset } from "./schema.ts";

/**
 * The dataset cut down to one municipality: its own record, the services that serve it (local, inter-municipal
 * and national, history included), its districts, and the municipalities those services also serve (so a shared
 * offer can still name its whole area). Counties, holidays and attribution are kept whole. Services keep their
 * dataset order. Undefined for an unknown number.
 */
export function sliceDataset(dataset: Dataset, number: string): Dataset | undefined {
  if (!dataset.municipalities.some((m) => m.number === number)) return undefined;
  const services = dataset.services.filter((service) => serves(service, number));
  const named = new Set([number]);
  for (const service of services) {
    if (service.area.national !== true) for (const other of service.area.municipalities) named.add(other);
  }
  return {
    ...dataset,
    municipalities: dataset.municipalities.filter((m) => named.has(m.number)),
    districts: dataset.districts.filter((d) => d.municipality === number),
    services,
  };
}
