/** The only gate through which data becomes a link. */
import { EMAIL_ADDRESS, SAFE_LINK_SCHEMES } from "./constants.ts";

/** Returns the URL when its scheme is one the app renders as a link (https, tel, sms, mailto), else undefined. */
export function safeHref(value: string): string | undefined {
  try {
    const url = new URL(value);
    return (SAFE_LINK_SCHEMES as readonly string[]).includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A mailto: link for a plain address; undefined for anything that could add recipients or text (`?bcc=`, `?body=`). */
export function emailHref(address: string): string | undefined {
  return EMAIL_ADDRESS.test(address) ? `mailto:${address}` : undefined;
}
