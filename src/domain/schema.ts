/**
 * The data contract shared by the data build and the app. Modelled on Open Referral HSDS 3.0
 * (organization, service, location, service area, phone, schedule, assured_date), kept small.
 * Written with zod/mini so the validator stays small when the app checks a downloaded dataset.
 */
import * as z from "zod/mini";

import {
  CAVEATS,
  EMAIL_ADDRESS,
  NATIONAL_TYPES,
  OFFER_TYPES,
  SAFE_LINK_SCHEMES,
  SCHEMA_VERSION,
  SEARCH_FILE_FORMAT,
  SERVICE_STATUSES,
} from "./constants.ts";
import { hiddenCharacter } from "./text-safety.ts";

export type { Caveat, OfferType, ServiceStatus } from "./constants.ts";
export { CAVEATS, OFFER_TYPES, SAFE_LINK_SCHEMES, SCHEMA_VERSION, SEARCH_FILE_FORMAT, SERVICE_STATUSES };

/** Municipality number: four digits, 2024 numbering. */
export const municipalityNumber = z.string().check(z.regex(/^\d{4}$/, "must be a 4-digit municipality number"));
/** County number: two digits. */
export const countyNumber = z.string().check(z.regex(/^\d{2}$/, "must be a 2-digit county number"));

/** Longest short text (names, labels, addresses) and longest free text (descriptions, notes) a record may hold. */
export const SHORT_TEXT_MAX = 300;
/** Longest free text. */
export const LONG_TEXT_MAX = 4000;
/** Longest URL. */
export const URL_MAX = 2000;

/** Text shown to people: no hidden characters (see text-safety.ts), not blank, not longer than `max`. */
export function text(max = SHORT_TEXT_MAX, options: { allowNewlines?: boolean } = {}) {
  return z.string().check(
    z.maxLength(max, `must be at most ${max} characters`),
    z.refine((value) => value.trim().length > 0, "must not be empty or only spaces"),
    z.superRefine((value, ctx) => {
      const hidden = hiddenCharacter(value, options.allowNewlines);
      if (hidden) {
        ctx.issues.push({
          code: "custom",
          input: value,
          message: `contains the invisible or control character ${hidden}, which can make the text read differently from what it says`,
        });
      }
    }),
  );
}

/** Oldest and newest year a date in the data may name: older evidence is not evidence of today's offer. */
export const YEAR_MIN = 1990;
/** Newest year. */
export const YEAR_MAX = 2100;

/** True when a YYYY, YYYY-MM or YYYY-MM-DD date names a real day, month or year within YEAR_MIN–YEAR_MAX. */
export function isRealPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (year < YEAR_MIN || year > YEAR_MAX) return false;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date. */
export const partialDate = z
  .string()
  .check(
    z.refine(
      isRealPartialDate,
      `must be a real date as YYYY, YYYY-MM or YYYY-MM-DD between ${YEAR_MIN} and ${YEAR_MAX}`,
    ),
  );

/** Norwegian phone number as digits: 8 digits, or a 3, 5 or 6 digit short number; never all zeros. */
export const phoneNumber = z.string().check(
  z.regex(
    /^(\d{8}|\d{3}|\d{5}|\d{6})$/,
    "must be a Norwegian phone number: 8 digits, or a 3, 5 or 6 digit short number",
  ),
  z.refine((value) => !/^0+$/.test(value), "must not be all zeros"),
);

/** An https URL (the only web scheme rendered as a link). */
export const httpsUrl = z.string().check(
  z.maxLength(URL_MAX, `must be at most ${URL_MAX} characters`),
  z.refine((value) => isUrlWithScheme(value, ["https:"]), "must be an https: URL"),
);

/** A source citation URL; old sources may be plain http, shown as text, never as a link. */
export const sourceUrl = z.string().check(
  z.maxLength(URL_MAX, `must be at most ${URL_MAX} characters`),
  z.refine((value) => isUrlWithScheme(value, ["https:", "http:"]), "must be an http: or https: URL"),
);

/** True when the value parses as a URL with one of the given schemes (and holds no hidden characters). */
export function isUrlWithScheme(value: string, schemes: readonly string[]): boolean {
  if (hiddenCharacter(value)) return false;
  try {
    const url = new URL(value);
    return schemes.includes(url.protocol) && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** A county (fylke). */
export const countySchema = z.object({
  number: countyNumber,
  /** Official name with all official forms, e.g. "Troms - Romsa - Tromssa". */
  name: z.string().check(z.minLength(1)),
  /** Norwegian short form, e.g. "Troms". */
  shortName: z.string().check(z.minLength(1)),
});
/** A county. */
export type County = z.infer<typeof countySchema>;

/** A municipality (kommune). */
export const municipalitySchema = z.object({
  number: municipalityNumber,
  /** Official name with all official forms joined by " - ". */
  name: z.string().check(z.minLength(1)),
  /** The Norwegian name form, used for sorting and short display. */
  nameNorwegian: z.string().check(z.minLength(1)),
  /** Every official form (Norwegian, Sami, Kven). */
  names: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  county: countyNumber,
  population: z.number().check(z.int(), z.nonnegative()),
  adminCentre: z.optional(z.string()),
  /** The municipality's official website (a sourced contact point); absent where sources disagree. */
  website: z.optional(httpsUrl),
  /** Organisation number in Enhetsregisteret (nine digits). */
  orgNumber: z.optional(z.string().check(z.regex(/^\d{9}$/, "must be a 9-digit organisation number"))),
});
/** A municipality. */
export type Municipality = z.infer<typeof municipalitySchema>;

/** A city district (bydel), so far Oslo's 15. */
export const districtSchema = z.object({
  /** Six digits: municipality number + district number, e.g. "030101". */
  code: z.string().check(z.regex(/^\d{6}$/, "must be a 6-digit district code")),
  /** The district's name as services name it in `area.districts`, e.g. "Gamle Oslo". */
  name: z.string().check(z.minLength(1)),
  municipality: municipalityNumber,
  /** The district's own web page, where sourced. */
  website: z.optional(httpsUrl),
});
/** A city district. */
export type District = z.infer<typeof districtSchema>;

/** A postal code: [code, place, municipality number]; the municipality may be outside the 2024 register (Svalbard, Jan Mayen). */
export const postalCodeSchema = z.tuple([
  z.string().check(z.regex(/^\d{4}$/, "must be a 4-digit postal code")),
  z.string().check(z.minLength(1)),
  municipalityNumber,
]);
/** A postal code row. */
export type PostalCode = z.infer<typeof postalCodeSchema>;

/** A way to reach a service. */
export const contactSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("phone"), number: phoneNumber, label: z.optional(text()) }),
  z.strictObject({ kind: z.literal("sms"), number: phoneNumber, label: z.optional(text()) }),
  z.strictObject({ kind: z.literal("web"), url: httpsUrl, label: z.optional(text()) }),
  z.strictObject({ kind: z.literal("chat"), url: httpsUrl, label: z.optional(text()) }),
  z.strictObject({
    kind: z.literal("email"),
    address: z
      .string()
      .check(
        z.maxLength(SHORT_TEXT_MAX),
        z.regex(EMAIL_ADDRESS, "must be a plain e-mail address (no ?subject=, ?bcc= or name)"),
      ),
    label: z.optional(text()),
  }),
]);
/** A contact. */
export type Contact = z.infer<typeof contactSchema>;

/** A place where a service is given. */
export const locationSchema = z.strictObject({
  name: z.optional(text()),
  address: text(),
  municipality: z.optional(municipalityNumber),
});
/** A location. */
export type Location = z.infer<typeof locationSchema>;

/** Opening hours compiled from an OSM opening_hours string by the data build (the app never parses OSM syntax). */
export const compiledHoursSchema = z.strictObject({
  /** Seven days, Monday first; each a flat list of [start, end) minute pairs; end may pass 1440 (past midnight). */
  week: z.array(z.array(z.number().check(z.int(), z.nonnegative()))).check(z.length(7)),
  /** Closed on Norwegian public holidays. */
  closedOnHolidays: z.boolean(),
});
/** Compiled opening hours. */
export type CompiledHours = z.infer<typeof compiledHoursSchema>;

/** Where the evidence for a record comes from. */
export const sourceSchema = z.strictObject({
  urls: z.array(sourceUrl).check(z.minLength(1, "needs at least one source URL")),
  /** The date as the source prints it, or a note that it is undated. */
  dateText: text(),
  /** What kind of source: municipal page, news article, law, ... */
  kind: z.optional(text()),
});
/** A source citation. */
export type Source = z.infer<typeof sourceSchema>;

/** The area a service serves. */
export const serviceAreaSchema = z.strictObject({
  /** Serves every municipality (national helplines, statutory services). */
  national: z.optional(z.boolean()),
  municipalities: z.array(municipalityNumber),
  /** City districts (bydeler) within the municipalities, where the source limits it to those. */
  districts: z.optional(z.array(text())),
});

/** True unless a local offer type claims to serve the whole country (only helplines, emergency numbers and statutory duties may). */
export function nationalAllowed(service: { type: string; statutory?: boolean; area: { national?: boolean } }): boolean {
  return (
    !service.area.national || service.statutory === true || (NATIONAL_TYPES as readonly string[]).includes(service.type)
  );
}

const serviceId = z
  .string()
  .check(z.maxLength(100), z.regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and hyphens"));

/** One service record, as curated in data/ and shipped in the dataset. */
export const serviceSchema = z
  .strictObject({
    id: serviceId,
    type: z.enum(OFFER_TYPES),
    name: text(),
    /** The organization that runs it (HSDS organization). */
    provider: z.optional(text()),
    /** The hospital trust or parent body, where known. */
    parent: z.optional(text()),
    description: z.optional(text(LONG_TEXT_MAX, { allowNewlines: true })),
    status: z.enum(SERVICE_STATUSES),
    /** Target group as the source words it. */
    audience: z.optional(text()),
    ageMin: z.optional(z.number().check(z.int(), z.nonnegative(), z.lte(120))),
    ageMax: z.optional(z.number().check(z.int(), z.nonnegative(), z.lte(120))),
    topics: z.array(z.enum(["mental-health", "substance-use"])),
    referral: z.enum(["not-needed", "needed", "unknown"]),
    cost: z.enum(["free", "paid", "unknown"]),
    contacts: z.array(contactSchema),
    locations: z.array(locationSchema),
    /** OSM opening_hours string, when the source gives hours that fit it. */
    openingHours: z.optional(text()),
    /** Opening hours as the source words them, when they do not fit the OSM syntax. */
    openingHoursText: z.optional(text(LONG_TEXT_MAX, { allowNewlines: true })),
    /** Filled by the data build from openingHours. */
    hours: z.optional(compiledHoursSchema),
    area: serviceAreaSchema,
    source: sourceSchema,
    /** Date of the newest evidence (HSDS assured_date); absent when the source is undated. */
    verified: z.optional(partialDate),
    /** Resident-facing caveats, each shown through the UI's translations. */
    caveats: z.optional(z.array(z.enum(CAVEATS))),
    /** Maintainer notes (quotes, "verify", how the source was read): editor, report card and HSDS export only, never resident views. */
    maintainerNote: z.optional(text(LONG_TEXT_MAX, { allowNewlines: true })),
    /** Id of a newer record about the same offer; this one is kept as history. */
    supersededBy: z.optional(serviceId),
    /** A statutory duty shown with the law as source, never with invented contact details. */
    statutory: z.optional(z.boolean()),
  })
  .check(
    z.refine(nationalAllowed, {
      message:
        "a local offer type cannot be national: only helplines, emergency numbers and statutory duties serve the whole country",
      path: ["area", "national"],
    }),
  );
/** A service. */
export type Service = z.infer<typeof serviceSchema>;

/** Attribution for a data source, shown in the app. */
export const attributionSchema = z.object({
  name: z.string(),
  licence: z.string(),
  url: z.optional(httpsUrl),
});
/** An attribution line. */
export type Attribution = z.infer<typeof attributionSchema>;

/**
 * The whole dataset, one JSON file, one IndexedDB record. The postal codes are not in it: only search reads them,
 * from the compact search index, and a second copy here would make every phone download a third more.
 */
export const datasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  version: z.string().check(z.minLength(8)),
  builtAt: z.string(),
  counties: z.array(countySchema),
  municipalities: z.array(municipalitySchema),
  /** City districts (Oslo's bydeler); services name them in `area.districts`. */
  districts: z.array(districtSchema),
  services: z.array(serviceSchema),
  /** ISO dates of Norwegian public holidays for the years the dataset is meant to be used. */
  holidays: z.array(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  attribution: z.array(attributionSchema),
});
/** The dataset. */
export type Dataset = z.infer<typeof datasetSchema>;

const fileRefSchema = z.object({
  url: z.string(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  bytes: z.number(),
});

/** Small file the app checks for updates: which dataset, geometry and search index files are current. */
export const manifestSchema = z.object({
  schemaVersion: z.number().check(z.int()),
  version: z.string().check(z.minLength(8)),
  builtAt: z.string(),
  dataset: fileRefSchema,
  geometry: fileRefSchema,
  /** The compact search index (see searchFileSchema); the page preloads it from index.html. */
  search: z.optional(fileRefSchema),
  counts: z.record(z.string(), z.number()),
  attribution: z.array(attributionSchema),
});
/** The manifest. */
export type Manifest = z.infer<typeof manifestSchema>;

/**
 * The places of one municipality with their postal codes: "place:codes" joined by "|", codes as
 * space-separated codes and inclusive ranges of consecutive codes, e.g. "Bodø:8001-8016 8019|Løding:8020".
 * One string per municipality keeps a check of the whole file cheap on a slow phone.
 */
export const placesPattern =
  /^(?:[^:|]+:\d{4}(?:-\d{4})?(?: \d{4}(?:-\d{4})?)*(?:\|[^:|]+:\d{4}(?:-\d{4})?(?: \d{4}(?:-\d{4})?)*)*)?$/;

/**
 * The compact search index, a few tens of KB written beside the dataset: what search needs to find a
 * municipality by name, number, postal code, place or city district before the dataset has arrived.
 */
export const searchFileSchema = z.object({
  format: z.literal(SEARCH_FILE_FORMAT),
  /** Version of the dataset it was built from. */
  version: z.string().check(z.minLength(8)),
  /** [county number, short name]. */
  counties: z.array(z.tuple([countyNumber, z.string().check(z.minLength(1))])),
  /** [number, every official name form (joined by " - " they are the official name), county, places]. */
  municipalities: z.array(
    z.tuple([
      municipalityNumber,
      z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
      countyNumber,
      z.string().check(z.regex(placesPattern, "must be places like Bodø:8001-8016 8019|Løding:8020")),
    ]),
  ),
  /** [district code, name, municipality number]. */
  districts: z.array(z.tuple([districtSchema.shape.code, z.string().check(z.minLength(1)), municipalityNumber])),
});
/** The compact search index file. */
export type SearchFile = z.infer<typeof searchFileSchema>;
