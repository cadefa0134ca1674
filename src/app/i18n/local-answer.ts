/** UI text for the local answer in every municipality: the municipality as contact point, city districts, caveats. */

/** Bokmål. */
export const localAnswerNb = {
  resultDistrict: "Bydel i {municipality}",
  districtLabel: "Bydel",
  districtAll: "Hele {municipality} – velg bydel",
  districtHint: "Noen tilbud gjelder bare én bydel. Velg bydelen du bor i for å se tilbudene der.",
  districtShowing: "Viser tilbud for bydel {district} og tilbud for hele byen.",
  districtRphKnown:
    "Bydeler med eget tilbud om rask psykisk helsehjelp: {districts}. For de andre bydelene vet vi det ikke – det betyr ikke at tilbudet mangler.",
  districtRphUnknown:
    "Vi har ikke funnet et eget tilbud om rask psykisk helsehjelp for bydel {district}. Det betyr ikke at tilbudet mangler – spør bydelen.",
  contactHeading: "Kommunen",
  contactWebsite: "Nettstedet til {municipality}",
  contactSource: "Kilde: Enhetsregisteret (Brønnøysundregistrene), kontrollert mot flere lister.",
  contactUnconfirmed:
    "Vi har ikke kunnet bekrefte adressen til nettstedet til {municipality}: kildene våre er uenige, så vi viser ingen adresse.",
  nothingRegistered:
    "Vi har ikke registrert noe lavterskeltilbud for psykisk helse og rus i {municipality}. Det betyr ikke at det ikke finnes.",
  nothingRegisteredAsk: "Kontakt kommunen og spør etter «psykisk helse og rus».",
  nothingRegisteredUrgent: "Trenger du hjelp nå, ring legevakten:",
  referral_unknown: "Ukjent om du trenger henvisning",
  cost_unknown: "Ukjent om det koster noe",
  caveat_pilot: "Prøveprosjekt – kan bli endret eller avsluttet.",
  "caveat_status-unclear": "Kilden er uklar om tilbudet fortsatt finnes – sjekk før du drar dit.",
  "caveat_residents-only": "Bare for innbyggere i {municipalities}.",
  "caveat_date-estimated": "Datoen for opplysningen er anslått.",
  "caveat_temporary-measure": "Midlertidig tiltak – kan være avsluttet.",
};

/** The local-answer keys every language must translate. */
export type LocalAnswerMessages = Record<keyof typeof localAnswerNb, string>;
