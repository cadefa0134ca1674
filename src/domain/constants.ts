/** Plain constants of the data contract, kept apart from the zod schemas so the app can use them without zod. */

/** Version of the dataset format; bump when a change is not backwards compatible. */
// 3: the dataset no longer carries the postal codes; the compact search index (with them) is what search reads.
export const SCHEMA_VERSION = 3;

/** Format of the compact search index file (schema.ts `searchFileSchema`); a new layout gets a new number. */
export const SEARCH_FILE_FORMAT = 1;

/** Every kind of offer the app knows. */
export const OFFER_TYPES = [
  "rph",
  "low-threshold-other",
  "school-health",
  "hfu",
  "act",
  "fact",
  "fact-ung",
  "student",
  "voluntary",
  "helpline",
  "emergency",
] as const;
/** One kind of offer. */
export type OfferType = (typeof OFFER_TYPES)[number];

/** The only offer types that may serve the whole country (`area.national`); statutory duties may too. */
export const NATIONAL_TYPES = ["helpline", "emergency"] as const satisfies readonly OfferType[];

/** Where a service stands according to its newest evidence. */
export const SERVICE_STATUSES = ["active", "planned", "inactive", "reported-absent", "unknown"] as const;
/** Status of a service record. */
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** A plain e-mail address: no query (`?bcc=`), no display name, ASCII letters, digits and `._%+-` only. */
export const EMAIL_ADDRESS =
  /^[a-z0-9._%+-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i;

/** Link schemes the app will ever render as links. */
export const SAFE_LINK_SCHEMES = ["https:", "tel:", "sms:", "mailto:"] as const;

/**
 * Resident-facing caveats: a fixed set, translated by the UI, so residents never read maintainer prose.
 * "Old source" is not stored: the UI derives it from `verified` and the stale limit.
 */
export const CAVEATS = ["pilot", "status-unclear", "residents-only", "date-estimated", "temporary-measure"] as const;
/** One resident-facing caveat. */
export type Caveat = (typeof CAVEATS)[number];
