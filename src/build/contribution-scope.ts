/**
 * What a contribution may touch: only records of the one municipality it is for. National records (helplines,
 * emergency numbers, statutory duties) and other municipalities' records are the maintainers' to edit, so a
 * file for Hamar cannot change the 113 number or set Oslo's offer inactive.
 */
import { NATIONAL_TYPES } from "../domain/constants.ts";
import type { Service } from "../domain/schema.ts";
import type { DataError } from "./data-error.ts";

/** True when the record serves the whole country or is of a national kind. */
function isNational(service: Service): boolean {
  return (
    service.area.national === true ||
    service.statutory === true ||
    (NATIONAL_TYPES as readonly string[]).includes(service.type)
  );
}

/** Municipalities a record serves other than `scope`. */
function outside(service: Service, scope: string): string[] {
  return service.area.municipalities.filter((number) => number !== scope);
}

/**
 * One error per record a contribution for `scope` may not add or change: national records, records (before or
 * after the change) serving another municipality, and any record when the file names no municipality.
 * `current` looks up the register's record with the same id.
 */
export function contributionScopeErrors(
  incoming: readonly Service[],
  current: (id: string) => Service | undefined,
  scope: string | undefined,
): Omit<DataError, "file">[] {
  const errors: Omit<DataError, "file">[] = [];
  for (const service of incoming) {
    const record = `"${service.id}"`;
    const before = current(service.id);
    if (scope === undefined) {
      errors.push({
        record,
        field: "area.municipalities",
        message:
          "the file names no municipality: a contribution may only add or change records of its own municipality (give the envelope a municipality, or pass --name <number>)",
      });
      continue;
    }
    if (isNational(service) || (before && isNational(before))) {
      errors.push({
        record,
        field: before && isNational(before) && !isNational(service) ? "id" : "area.national",
        message: `is a national record: a contribution for municipality ${scope} may not add or change it (the maintainers edit national records)`,
      });
      continue;
    }
    const owner = before ? outside(before, scope) : [];
    if (owner.length > 0) {
      errors.push({
        record,
        field: "id",
        message: `belongs to municipality ${owner.join(", ")}: a contribution for municipality ${scope} may not change it`,
      });
      continue;
    }
    const others = outside(service, scope);
    if (others.length > 0 || service.area.municipalities.length === 0) {
      errors.push({
        record,
        field: "area.municipalities",
        message:
          others.length > 0
            ? `serves municipality ${others.join(", ")}: a contribution for municipality ${scope} may only add or change records of ${scope}`
            : `serves no municipality: a contribution for municipality ${scope} must list ${scope} in area.municipalities`,
      });
    }
  }
  return errors;
}
