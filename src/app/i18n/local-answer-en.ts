/** UI text for the local answer in English; its own module so the table loads only with that language. */
import type { LocalAnswerMessages } from "./local-answer.ts";

/** English. */
export const localAnswerEn: LocalAnswerMessages = {
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
