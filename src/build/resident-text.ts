/**
 * Finds maintainer prose in the text residents read. Notes such as "verifiser", "via tredjepart" or a quoted
 * source belong in `maintainerNote`; the resident-visible fields carry facts only.
 */
import type { Service } from "../domain/schema.ts";

/** Words and patterns that mark maintainer prose: how a source was read, doubts, to-dos and raw status text. */
export const MAINTAINER_MARKERS: readonly RegExp[] = [
  /verifiser/i,
  /tredjepart/i,
  /per kilde/i,
  /i kilden/i,
  /kilden (er|sier|oppgir|nevner)/i,
  /status i kilden/i,
  /har tilbud \(per/i,
  /fyll inn/i,
  /ifølge/i,
  /ikk(e|je) oppgitt/i,
  /ikke gjengitt/i,
  /ikke funnet/i,
  /oppgitt som/i,
  /utdrag/i,
  /lest av/i,
  /bør (sjekkes|bekreftes)/i,
  /\btrolig\b/i,
  /nåværende status/i,
  /\bukjent\b/i,
  /se merknad/i,
  /egen rad|\braden\b/i,
  /sekundær/i,
  /github/i,
  /\bTODO\b/,
  /\bNB\b/,
  // A dated hedge such as "(per april 2020)": the date belongs to the source, shown apart.
  /\(per [^)]*\d{4}\)/i,
  // Straight double quotes mark a quotation from a source; names use « » where they quote.
  /"/,
];

/**
 * The source date residents see keeps the source's own wording ("ukjent (trolig 2021)"), so only the marks of
 * how the research was done are refused there.
 */
export const SOURCE_DATE_MARKERS: readonly RegExp[] = [
  /verifiser/i,
  /tredjepart/i,
  /per kilde/i,
  /se merknad/i,
  /utdrag/i,
  /lest av/i,
  /github/i,
];

/** One piece of maintainer prose found in a resident-visible field. */
export interface MaintainerProse {
  field: string;
  text: string;
  marker: string;
}

/** Every resident-visible text of a record, by field path. */
export function residentTexts(service: Service): [field: string, text: string][] {
  const texts: [string, string | undefined][] = [
    ["name", service.name],
    ["provider", service.provider],
    ["parent", service.parent],
    ["description", service.description],
    ["audience", service.audience],
    ["openingHoursText", service.openingHoursText],
    ...service.locations.flatMap((l, i): [string, string | undefined][] => [
      [`locations.${i}.name`, l.name],
      [`locations.${i}.address`, l.address],
    ]),
    ...service.contacts.map((c, i): [string, string | undefined] => [`contacts.${i}.label`, c.label]),
  ];
  return texts.filter((entry): entry is [string, string] => entry[1] !== undefined);
}

/** The maintainer prose in a record's resident-visible fields (its source date included); empty when there is none. */
export function maintainerProseIn(service: Service): MaintainerProse[] {
  const checks: [string, string, readonly RegExp[]][] = [
    ...residentTexts(service).map(([field, text]): [string, string, readonly RegExp[]] => [
      field,
      text,
      MAINTAINER_MARKERS,
    ]),
    ["source.dateText", service.source.dateText, SOURCE_DATE_MARKERS],
  ];
  return checks.flatMap(([field, text, markers]) =>
    markers
      .filter((marker) => marker.test(text))
      .map((marker) => ({
        field,
        text,
        marker: marker.source,
      })),
  );
}
