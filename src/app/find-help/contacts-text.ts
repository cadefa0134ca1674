/** Every contact of a list of services as plain text, for pasting into a message or a note. */
import { CRISIS_NUMBERS } from "../../domain/crisis.ts";
import { formatPhone } from "../../domain/phone.ts";
import type { Service } from "../../domain/schema.ts";
import type { MessageKey } from "../i18n/index.ts";
import { hoursLine } from "./hours.ts";

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

const CRISIS_LABELS: Record<(typeof CRISIS_NUMBERS)[number]["number"], MessageKey> = {
  "113": "crisis113",
  "116117": "crisis116117",
  "116123": "crisis116123",
  "116111": "crisis116111",
};

/** The contact lines of one service; only what the record says, nothing filled in. */
function serviceLines(service: Service, locale: string, t: T): string[] {
  const lines = [service.name];
  for (const contact of service.contacts) {
    const label = contact.label ? ` (${contact.label})` : "";
    if (contact.kind === "phone") lines.push(`${t("phone")}: ${formatPhone(contact.number)}${label}`);
    else if (contact.kind === "sms") lines.push(`SMS: ${formatPhone(contact.number)}${label}`);
    else if (contact.kind === "email") lines.push(`${t("email")}: ${contact.address}${label}`);
    else lines.push(`${t(contact.kind === "chat" ? "chat" : "website")}: ${contact.url}${label}`);
  }
  for (const location of service.locations) {
    lines.push(`${t("address")}: ${location.name ? `${location.name}, ` : ""}${location.address}`);
  }
  const hours = hoursLine(service, locale, t);
  if (hours) lines.push(`${t("openingHours")}: ${hours}`);
  if (service.referral === "not-needed") lines.push(t("referral_not_needed"));
  return lines;
}

/** Title, crisis numbers, then one block per service. */
export function contactsText(title: string, services: readonly Service[], locale: string, t: T): string {
  const crisis = CRISIS_NUMBERS.map(({ number }) => `${formatPhone(number)} – ${t(CRISIS_LABELS[number])}`);
  const blocks = [[title], [`${t("crisisTitle")}:`, ...crisis]];
  for (const service of services) blocks.push(serviceLines(service, locale, t));
  return `${blocks.map((block) => block.join("\n")).join("\n\n")}\n`;
}
