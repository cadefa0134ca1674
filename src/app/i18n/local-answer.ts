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

/** Nynorsk. */
export const localAnswerNn: Record<keyof typeof localAnswerNb, string> = {
  resultDistrict: "Bydel i {municipality}",
  districtLabel: "Bydel",
  districtAll: "Heile {municipality} – vel bydel",
  districtHint: "Nokre tilbod gjeld berre éin bydel. Vel bydelen du bur i for å sjå tilboda der.",
  districtShowing: "Viser tilbod for bydel {district} og tilbod for heile byen.",
  districtRphKnown:
    "Bydelar med eige tilbod om rask psykisk helsehjelp: {districts}. For dei andre bydelane veit vi det ikkje – det tyder ikkje at tilbodet manglar.",
  districtRphUnknown:
    "Vi har ikkje funne eit eige tilbod om rask psykisk helsehjelp for bydel {district}. Det tyder ikkje at tilbodet manglar – spør bydelen.",
  contactHeading: "Kommunen",
  contactWebsite: "Nettstaden til {municipality}",
  contactSource: "Kjelde: Einingsregisteret (Brønnøysundregistra), kontrollert mot fleire lister.",
  contactUnconfirmed:
    "Vi har ikkje kunna stadfeste adressa til nettstaden til {municipality}: kjeldene våre er usamde, så vi viser inga adresse.",
  nothingRegistered:
    "Vi har ikkje registrert noko lågterskeltilbod for psykisk helse og rus i {municipality}. Det tyder ikkje at det ikkje finst.",
  nothingRegisteredAsk: "Kontakt kommunen og spør etter «psykisk helse og rus».",
  nothingRegisteredUrgent: "Treng du hjelp no, ring legevakta:",
  referral_unknown: "Ukjent om du treng tilvising",
  cost_unknown: "Ukjent om det kostar noko",
  caveat_pilot: "Prøveprosjekt – kan bli endra eller avslutta.",
  "caveat_status-unclear": "Kjelda er uklar om tilbodet framleis finst – sjekk før du dreg dit.",
  "caveat_residents-only": "Berre for innbyggjarar i {municipalities}.",
  "caveat_date-estimated": "Datoen for opplysninga er anslått.",
  "caveat_temporary-measure": "Mellombels tiltak – kan vere avslutta.",
};

/** English. */
export const localAnswerEn: Record<keyof typeof localAnswerNb, string> = {
  resultDistrict: "City district in {municipality}",
  districtLabel: "City district",
  districtAll: "All of {municipality} – choose a district",
  districtHint: "Some offers are for one district only. Choose the district you live in to see the offers there.",
  districtShowing: "Showing offers for the {district} district and offers for the whole city.",
  districtRphKnown:
    "Districts with their own rapid mental health care (RPH): {districts}. For the other districts we do not know – that does not mean there is none.",
  districtRphUnknown:
    "We have not found rapid mental health care (RPH) of the {district} district's own. That does not mean there is none – ask the district.",
  contactHeading: "The municipality",
  contactWebsite: "Website of {municipality}",
  contactSource:
    "Source: the Central Coordinating Register for Legal Entities (Brønnøysund), checked against other lists.",
  contactUnconfirmed:
    "We could not confirm the address of {municipality}'s website: our sources disagree, so we show no address.",
  nothingRegistered:
    "We have not registered any low-threshold offer for mental health and substance use in {municipality}. That does not mean there is none.",
  nothingRegisteredAsk:
    "Contact the municipality and ask for «psykisk helse og rus» (mental health and substance use).",
  nothingRegisteredUrgent: "If you need help now, call the out-of-hours medical service:",
  referral_unknown: "Not known whether you need a referral",
  cost_unknown: "Not known whether it costs anything",
  caveat_pilot: "Pilot project – may change or end.",
  "caveat_status-unclear": "The source is unclear whether the offer still exists – check before you go.",
  "caveat_residents-only": "Only for residents of {municipalities}.",
  "caveat_date-estimated": "The date of this information is estimated.",
  "caveat_temporary-measure": "Temporary measure – may have ended.",
};
