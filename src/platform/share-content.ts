/**
 * Sharing a text or a file with the system share sheet (error reports, contribution files). Kept apart from
 * share.ts, which the municipality page loads at start, so the start bundle does not carry it.
 */

/** Whether the system share sheet can take text (phones, some desktops). */
export function canShareText(): boolean {
  return typeof navigator.share === "function";
}

/** Shares a titled text with the system share sheet; false when it is missing, refused or closed. */
export async function shareText(title: string, text: string): Promise<boolean> {
  if (!canShareText()) return false;
  try {
    await navigator.share({ title, text });
    return true;
  } catch {
    return false;
  }
}

/** Whether the system share sheet can take this file (mobile browsers; most desktops cannot). */
export function canShareFile(file: File): boolean {
  return typeof navigator.canShare === "function" && navigator.canShare({ files: [file] });
}

/** Shares a file with the system share sheet; false when it is missing, refused or closed. */
export async function shareFile(file: File, title: string): Promise<boolean> {
  if (!canShareFile(file)) return false;
  try {
    await navigator.share({ files: [file], title });
    return true;
  } catch {
    return false;
  }
}
