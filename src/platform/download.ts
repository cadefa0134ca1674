/** Saving a file made on the device (exports, contributions) through a temporary link; nothing goes to a server. */

// Some browsers read the blob after click() returns, so the URL lives on for a while; 30 s covers a slow phone.
const REVOKE_AFTER_MS = 30_000;

/** Offers a text as a file download named `fileName`, of MIME type `type`. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
