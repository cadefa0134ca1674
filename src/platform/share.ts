/** Sharing and copying: the system share sheet when there is one, else the clipboard. Nothing goes to a server. */

/** Copies text; resolves false when the clipboard is unavailable or refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Shares a link with the system share sheet, or copies it. "shared", "copied", or "failed" (also when cancelled). */
export async function shareLink(url: string, title: string): Promise<"shared" | "copied" | "failed"> {
  if (typeof navigator.share === "function") {
    try {
      await navigator.share({ url, title });
      return "shared";
    } catch (error) {
      // The user closed the sheet: do not fall back to copying behind their back.
      if ((error as DOMException | undefined)?.name === "AbortError") return "failed";
    }
  }
  return (await copyText(url)) ? "copied" : "failed";
}

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
