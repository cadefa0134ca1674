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
