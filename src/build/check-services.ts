/** Integrity checks across curated service records, beyond what the schema can see alone. */
import type { Service } from "../domain/schema.ts";
import type { DataError } from "./data-error.ts";
import { isValidOpeningHours } from "./opening-hours.ts";

/** Checks references, uniqueness, dates and opening hours; returns every problem found. */
export function checkServices(
  entries: readonly { service: Service; file: string }[],
  municipalityNumbers: ReadonlySet<string>,
  today: string,
): DataError[] {
  const errors: DataError[] = [];
  const seen = new Map<string, string>();
  for (const { service, file } of entries) {
    const fail = (field: string, message: string) => errors.push({ file, record: `"${service.id}"`, field, message });
    const firstFile = seen.get(service.id);
    if (firstFile) fail("id", `duplicate id (also in ${firstFile})`);
    seen.set(service.id, file);
    service.area.municipalities.forEach((number, i) => {
      if (!municipalityNumbers.has(number)) fail(`area.municipalities.${i}`, `unknown municipality number ${number}`);
    });
    // A local record with no municipality shows up nowhere; allowed only when a note says why the area is unknown.
    if (!service.area.national && service.area.municipalities.length === 0 && !service.maintainerNote?.trim()) {
      fail(
        "area.municipalities",
        "names no municipality and is not national: list the municipalities served, or explain in maintainerNote why the area is unknown",
      );
    }
    service.locations.forEach((location, i) => {
      if (location.municipality && !municipalityNumbers.has(location.municipality)) {
        fail(`locations.${i}.municipality`, `unknown municipality number ${location.municipality}`);
      }
    });
    if (service.verified && service.verified > today) fail("verified", `date ${service.verified} is in the future`);
    if (service.ageMin !== undefined && service.ageMax !== undefined && service.ageMin > service.ageMax) {
      fail("ageMax", "must not be below ageMin");
    }
    if (service.statutory && service.contacts.length > 0) {
      fail("contacts", "a statutory duty is shown with the law as source, without contact details");
    }
    if (service.openingHours !== undefined) {
      const problem = isValidOpeningHours(service.openingHours);
      if (problem) fail("openingHours", `does not parse as opening_hours: ${problem}`);
    }
  }
  const next = new Map(entries.map(({ service }) => [service.id, service.supersededBy]));
  for (const { service, file } of entries) {
    if (service.supersededBy === undefined) continue;
    const fail = (message: string) => errors.push({ file, record: `"${service.id}"`, field: "supersededBy", message });
    if (service.supersededBy === service.id || !seen.has(service.supersededBy)) {
      fail(`must name another existing record (got "${service.supersededBy}")`);
      continue;
    }
    // Follow the chain: it must end in a current record, or neither record would ever be shown as current.
    const chain = [service.id];
    for (let id = next.get(service.id); id !== undefined; id = next.get(id)) {
      if (chain.includes(id)) {
        fail(`records supersede each other in a loop: ${[...chain, id].join(" → ")}`);
        break;
      }
      chain.push(id);
    }
  }
  return errors;
}
