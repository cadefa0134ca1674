/**
 * The crisis numbers shown on every view. They are built into the app so they work before any data
 * arrives; a unit test keeps them equal to the sourced helpline records in data/services/helplines.json.
 */
export const CRISIS_NUMBERS = [
  { number: "113", serviceId: "nodnummer-113" },
  { number: "116117", serviceId: "legevakt-116117" },
  { number: "116123", serviceId: "mental-helse-116123" },
  { number: "116111", serviceId: "alarmtelefonen-sms-utland" },
] as const;
