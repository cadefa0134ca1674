/** Norwegian phone numbers: display form and tel: links. */

/** Groups digits the Norwegian way: "22 40 00 40", "800 33 321", "116 123". */
export function formatPhone(digits: string): string {
  if (digits.length === 8) {
    return digits.startsWith("8")
      ? `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`
      : digits.replace(/(\d\d)(?=\d)/g, "$1 ");
  }
  if (digits.length === 6) return `${digits.slice(0, 3)} ${digits.slice(3)}`;
  return digits;
}

/** A tel: link; short numbers are dialled as they are, full numbers with the country code. */
export function telHref(digits: string): string {
  return digits.length === 8 ? `tel:+47${digits}` : `tel:${digits}`;
}

/** An sms: link. */
export function smsHref(digits: string): string {
  return digits.length === 8 ? `sms:+47${digits}` : `sms:${digits}`;
}
