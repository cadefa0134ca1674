/** UI text for the local answer in nynorsk; its own module so the table loads only with that language. */
import type { LocalAnswerMessages } from "./local-answer.ts";

/** Nynorsk. */
export const localAnswerNn: LocalAnswerMessages = {
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
