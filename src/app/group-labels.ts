/** The name of each offer group, shared by the municipality page, its filter and the coverage views. */
import type { OfferGroupId } from "../domain/offers.ts";
import type { MessageKey } from "./i18n/index.ts";

/** Message key of each offer group's title. */
export const GROUP_TITLES: Record<OfferGroupId, MessageKey> = {
  rph: "type_rph",
  "low-threshold-other": "type_low-threshold-other",
  youth: "group_youth",
  "act-fact": "group_act-fact",
  student: "type_student",
  voluntary: "type_voluntary",
};
