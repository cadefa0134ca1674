/**
 * Export of the dataset as Open Referral HSDS 3.0 (compiled service and organization objects) plus a coverage CSV.
 * Node only. Ids are name-based UUIDs, so the same record keeps the same HSDS id from build to build.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { COVERAGE_GROUPS, coverageTable } from "../domain/coverage.ts";
import { toCsv } from "../domain/csv-write.ts";
import type { CompiledHours, Dataset, Municipality, Service, ServiceStatus } from "../domain/schema.ts";

/** An HSDS object as plain JSON; the shape is checked against the published schemas in tests. */
export type HsdsObject = Record<string, unknown>;

/** What the export produces, before it is written. */
export interface HsdsExport {
  /** Compiled HSDS service objects (nested organization, phones, schedules, service_areas, service_at_locations). */
  services: HsdsObject[];
  /** Compiled HSDS organization objects, one per provider or parent body. */
  organizations: HsdsObject[];
  /** One row per municipality: coverage state and verified date per offer group. */
  coverageCsv: string;
  /** One row per service: its HSDS id, Hjelpekart id and the sources behind it. */
  sourcesCsv: string;
}

/** Fixed namespace so ids are stable: a UUID (version 5 layout) from SHA-1 of namespace + kind + key. */
const NAMESPACE = "hjelpekart.no/hsds";

/** A stable UUID for one exported entity. */
export function hsdsId(kind: string, key: string): string {
  const hex = createHash("sha1").update(`${NAMESPACE}\n${kind}\n${key}`).digest("hex");
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * HSDS has no "planned", "unknown" or "reported absent": those are not running as far as the evidence goes,
 * so they become `inactive`, with our own status spelled out in `alert`. Closed teams are `defunct`.
 */
const STATUS: Record<ServiceStatus, string> = {
  active: "active",
  planned: "inactive",
  unknown: "inactive",
  "reported-absent": "inactive",
  inactive: "defunct",
};

const STATUS_TEXT: Record<ServiceStatus, string> = {
  active: "aktiv",
  planned: "planlagt (ikke bekreftet i drift)",
  unknown: "ukjent",
  "reported-absent": "kilden sier at kommunen ikke har tilbudet",
  inactive: "nedlagt eller bare historisk",
};

const BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/** Converts the dataset into HSDS 3.0 objects and the coverage CSV; `dataset.builtAt` is the clock for coverage. */
export function toHsds(dataset: Dataset): HsdsExport {
  const municipalities = new Map(dataset.municipalities.map((m) => [m.number, m]));
  const counties = new Map(dataset.counties.map((c) => [c.number, c]));
  const organizations = collectOrganizations(dataset.services);
  const services = dataset.services.map((service) => {
    const organization = service.provider ? organizations.get(service.provider) : undefined;
    return serviceObject(service, organization, municipalities, (number) => counties.get(number)?.shortName);
  });
  return {
    services,
    organizations: [...organizations.values()],
    coverageCsv: coverageCsv(dataset),
    sourcesCsv: sourcesCsv(dataset.services),
  };
}

/** One organization per distinct provider, and one per parent body (hospital trust) named as its parent. */
function collectOrganizations(services: readonly Service[]): Map<string, HsdsObject> {
  const byName = new Map<string, { parent?: string; services: string[] }>();
  const note = (name: string, parent: string | undefined, serviceName?: string) => {
    const entry = byName.get(name) ?? { services: [] };
    entry.parent ??= parent;
    if (serviceName) entry.services.push(serviceName);
    byName.set(name, entry);
  };
  for (const service of services) {
    if (service.parent && service.parent !== service.provider) note(service.parent, undefined);
    if (service.provider)
      note(service.provider, service.parent !== service.provider ? service.parent : undefined, service.name);
  }
  const out = new Map<string, HsdsObject>();
  for (const [name, entry] of [...byName].sort(([a], [b]) => a.localeCompare(b, "nb"))) {
    out.set(
      name,
      compact({
        id: hsdsId("organization", name),
        name,
        // HSDS requires a description; say only what the register knows: what it runs, or what it is parent of.
        description:
          entry.services.length > 0
            ? `Driver ${entry.services.length === 1 ? "tjenesten" : "tjenestene"}: ${unique(entry.services).join("; ")}.`
            : "Overordnet organ (helseforetak eller tilsvarende) for tjenester i registeret.",
        parent_organization_id: entry.parent ? hsdsId("organization", entry.parent) : undefined,
      }),
    );
  }
  return out;
}

function serviceObject(
  service: Service,
  organization: HsdsObject | undefined,
  municipalities: ReadonlyMap<string, Municipality>,
  countyName: (number: string) => string | undefined,
): HsdsObject {
  const id = hsdsId("service", service.id);
  const web = service.contacts.find((c) => c.kind === "web");
  const email = service.contacts.find((c) => c.kind === "email");
  const alert = [
    service.status !== "active" ? `Status i Hjelpekart: ${STATUS_TEXT[service.status]}.` : undefined,
    service.supersededBy ? "Historikk: en nyere opplysning om samme tilbud finnes i registeret." : undefined,
    service.maintainerNote,
  ].filter(Boolean);
  return compact({
    id,
    organization_id: organization?.id,
    name: service.name,
    description: service.description,
    url: web?.kind === "web" ? web.url : undefined,
    email: email?.kind === "email" ? email.address : undefined,
    // A superseded record is history: never shown as running, whatever its own status said then.
    status: service.supersededBy && service.status === "active" ? "inactive" : STATUS[service.status],
    application_process:
      service.referral === "not-needed"
        ? "Ingen henvisning nødvendig."
        : service.referral === "needed"
          ? "Krever henvisning."
          : undefined,
    fees_description:
      service.cost === "free" ? "Gratis." : service.cost === "paid" ? "Egenandel eller betaling." : undefined,
    eligibility_description: service.audience,
    minimum_age: service.ageMin,
    maximum_age: service.ageMax,
    assured_date: service.verified,
    alert: alert.length > 0 ? alert.join(" ") : undefined,
    phones: service.contacts.flatMap((contact, i) =>
      contact.kind === "phone" || contact.kind === "sms"
        ? [
            compact({
              id: hsdsId("phone", `${service.id}#${i}`),
              service_id: id,
              number: contact.number,
              type: contact.kind === "sms" ? "text" : "voice",
              description: contact.label,
            }),
          ]
        : [],
    ),
    schedules: schedules(service, id),
    service_areas: serviceAreas(service, id, municipalities),
    service_at_locations: service.locations.map((location, i) => {
      const locationId = hsdsId("location", `${service.id}#${i}`);
      const municipality = location.municipality ? municipalities.get(location.municipality) : undefined;
      const address = parseAddress(location.address);
      return {
        id: hsdsId("service_at_location", `${service.id}#${i}`),
        service_id: id,
        location_id: locationId,
        location: compact({
          id: locationId,
          location_type: "physical",
          name: location.name,
          description: `Adresse som kilden skriver den: ${location.address}${municipality ? ` (${municipality.nameNorwegian} kommune)` : ""}`,
          // HSDS requires postal code and city; only addresses that print them become structured addresses.
          addresses:
            address && municipality
              ? [
                  {
                    id: hsdsId("address", `${service.id}#${i}`),
                    location_id: locationId,
                    address_1: address.street,
                    city: address.city,
                    state_province: countyName(municipality.county) ?? municipality.county,
                    postal_code: address.postalCode,
                    country: "NO",
                    address_type: "physical",
                  },
                ]
              : undefined,
        }),
      };
    }),
    organization: organization && { ...organization },
  });
}

/** "Street 1, 0123 City" → its parts; undefined when the text does not end in a postal code and place. */
export function parseAddress(text: string): { street: string; postalCode: string; city: string } | undefined {
  const match = /^(.+?),\s*(\d{4})\s+(\S.*)$/.exec(text.trim());
  return match ? { street: match[1]!, postalCode: match[2]!, city: match[3]! } : undefined;
}

/** Weekly schedule rows from compiled hours (one row per distinct time range), or a text-only row. */
function schedules(service: Service, serviceId: string): HsdsObject[] {
  const description = service.openingHoursText ?? service.openingHours;
  if (!service.hours) {
    return service.openingHoursText
      ? [{ id: hsdsId("schedule", `${service.id}#text`), service_id: serviceId, description: service.openingHoursText }]
      : [];
  }
  return weeklyRows(service.hours).map((row, i) =>
    compact({
      id: hsdsId("schedule", `${service.id}#${i}`),
      service_id: serviceId,
      freq: "WEEKLY",
      wkst: "MO",
      byday: row.days.map((d) => BYDAY[d]).join(","),
      opens_at: row.opensAt,
      closes_at: row.closesAt,
      description,
      notes: [
        "Klokkeslett i norsk tid (Europe/Oslo).",
        row.nextDay ? "Stenger dagen etter." : undefined,
        service.hours?.closedOnHolidays ? "Stengt på helligdager." : undefined,
      ]
        .filter(Boolean)
        .join(" "),
    }),
  );
}

/** Groups the week's [start, end) minute ranges into rows of days sharing the same range. */
export function weeklyRows(
  hours: CompiledHours,
): { days: number[]; opensAt: string; closesAt: string; nextDay: boolean }[] {
  const rows = new Map<string, { days: number[]; start: number; end: number }>();
  hours.week.forEach((ranges, day) => {
    for (let i = 0; i + 1 < ranges.length; i += 2) {
      const key = `${ranges[i]}-${ranges[i + 1]}`;
      const row = rows.get(key) ?? { days: [], start: ranges[i]!, end: ranges[i + 1]! };
      row.days.push(day);
      rows.set(key, row);
    }
  });
  return [...rows.values()]
    .sort((a, b) => a.days[0]! - b.days[0]! || a.start - b.start)
    .map((row) => ({
      days: row.days,
      opensAt: hhmm(row.start),
      // Midnight at the end of a day is written 24:00 (ISO 8601); later ends close the next morning.
      closesAt: row.end === 1440 ? "24:00" : hhmm(row.end % 1440),
      nextDay: row.end > 1440,
    }));
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** One service area per municipality served, named and numbered; one national area for national services. */
function serviceAreas(
  service: Service,
  serviceId: string,
  municipalities: ReadonlyMap<string, Municipality>,
): HsdsObject[] {
  if (service.area.national) {
    return [
      {
        id: hsdsId("service_area", `${service.id}#national`),
        service_id: serviceId,
        name: "Norge",
        description: "Hele landet: alle kommuner.",
        extent_type: "text",
        extent: "NO",
      },
    ];
  }
  const districts = service.area.districts?.length ? ` Bydel: ${service.area.districts.join(", ")}.` : "";
  return service.area.municipalities.map((number) => {
    const municipality = municipalities.get(number);
    return {
      id: hsdsId("service_area", `${service.id}#${number}`),
      service_id: serviceId,
      name: municipality ? `${municipality.nameNorwegian} kommune` : `Kommune ${number}`,
      description: `Kommunenummer ${number}.${districts}`,
      // HSDS has no field for an area code; the text extent carries the 4-digit kommunenummer.
      extent_type: "text",
      extent: number,
    };
  });
}

/** The coverage table as CSV: one row per municipality, state and verified date per offer group. */
export function coverageCsv(dataset: Dataset): string {
  const counties = new Map(dataset.counties.map((c) => [c.number, c.shortName]));
  const table = coverageTable(dataset, { now: new Date(dataset.builtAt) });
  const header = [
    "kommunenummer",
    "kommunenavn",
    "fylke",
    "folketall",
    ...COVERAGE_GROUPS.flatMap((g) => [`${g}_status`, `${g}_verifisert`]),
  ];
  const rows = dataset.municipalities.map((m) => {
    const coverage = table.get(m.number)!;
    return [
      m.number,
      m.name,
      counties.get(m.county) ?? m.county,
      String(m.population),
      ...COVERAGE_GROUPS.flatMap((g) => [coverage[g].state, coverage[g].verified ?? ""]),
    ];
  });
  return toCsv([header, ...rows]);
}

/** Per-record provenance: HSDS id, Hjelpekart id and the cited sources. */
function sourcesCsv(services: readonly Service[]): string {
  const header = ["service_id", "hjelpekart_id", "navn", "kilde_url", "kilde_dato", "kilde_type", "verifisert"];
  const rows = services.map((s) => [
    hsdsId("service", s.id),
    s.id,
    s.name,
    s.source.urls.join(" ; "),
    s.source.dateText,
    s.source.kind ?? "",
    s.verified ?? "",
  ]);
  return toCsv([header, ...rows]);
}

const README = `Hjelpekart – eksport i Open Referral HSDS 3.0
=============================================

Filene her er Hjelpekart-registeret over lavterskeltilbud for psykisk helse og rus, i formatet
Human Services Data Specification (HSDS) 3.0 fra Open Referral.

services.json       Liste med HSDS-tjenester i «compiled»-form (schema/compiled/service.json):
                    hver med nestet organization, phones, schedules, service_areas og
                    service_at_locations (med location og eventuelle addresses).
                    service_areas har kommunenummeret i extent (extent_type "text") og i description.
                    status: active = aktiv; inactive = planlagt, ukjent, rapportert fraværende eller
                    historikk (se alert); defunct = nedlagt. assured_date = datoen for kilden.
organizations.json  Liste med HSDS-organisasjoner (schema/compiled/organization.json): tilbydere og
                    overordnede organer (helseforetak).
coverage.csv        Én rad per kommune: kommunenummer, navn, fylke, folketall, og for hver tilbudsgruppe
                    (rph, low-threshold-other, youth, act-fact, student) status og verifisert-dato.
                    Status: confirmed (kilde sier aktivt), statutory (lovpålagt), inactive (nedlagt),
                    reported-absent (kilde sier at kommunen ikke har det), unknown (ingen kilde – ikke «nei»).
sources.csv         Kilden for hver post: HSDS-id, Hjelpekart-id, kilde-URL(er), dato slik kilden oppgir
                    den, kildetype og verifisert-dato.

Kilder og lisens
- Formatet HSDS er © Open Referral, lisensiert CC BY-SA 4.0 (https://openreferral.org/).
- Hver tjeneste bygger på offentlige kilder (kommunale sider, organisasjoner, nyhetsartikler, lovdata);
  kilden for hver enkelt post står i sources.csv. Opplysningene gjelder per kildens dato, ikke
  nødvendigvis i dag. Ingen telefonnummer, adresser eller åpningstider er lagt til utover det kildene oppgir.
- Kommuneregister og folketall: Statistisk sentralbyrå (NLOD 2.0).
- Klokkeslett i schedules er norsk tid (Europe/Oslo); HSDS-feltet timezone er utelatt fordi sommertid
  gir to ulike UTC-forskyvninger.
`;

/** Writes services.json, organizations.json, coverage.csv, sources.csv and README.txt under `outDir/hsds/`. */
export function writeHsdsExport(dataset: Dataset, outDir: string): HsdsExport {
  const exported = toHsds(dataset);
  const dir = join(outDir, "hsds");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "services.json"), `${JSON.stringify(exported.services, null, 2)}\n`);
  writeFileSync(join(dir, "organizations.json"), `${JSON.stringify(exported.organizations, null, 2)}\n`);
  writeFileSync(join(dir, "coverage.csv"), exported.coverageCsv);
  writeFileSync(join(dir, "sources.csv"), exported.sourcesCsv);
  writeFileSync(join(dir, "README.txt"), README);
  return exported;
}

/** Drops undefined values and empty arrays, which HSDS readers treat as absent anyway. */
function compact(object: Record<string, unknown>): HsdsObject {
  return Object.fromEntries(
    Object.entries(object).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
