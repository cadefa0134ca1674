/**
 * Quick exit: leave at once for a neutral site. What a web page can and cannot do about it is in docs/quick-exit.md.
 */
import { clearTypedContent } from "../../platform/db.ts";
import { QUICK_EXIT_URL } from "../config.ts";

/** Longest wait for the typed reports and drafts to be deleted before leaving anyway. */
const CLEAR_WAIT_MS = 300;

let leaving = false;

/** Empties the page, forgets typed content, and replaces this history entry with the neutral destination. */
export function quickExit(): void {
  if (leaving) return;
  leaving = true;
  // The screen is emptied first, so nothing stays visible while the browser leaves.
  for (const field of document.querySelectorAll("input, textarea")) (field as HTMLInputElement).value = "";
  document.title = "";
  document.body.replaceChildren();
  try {
    sessionStorage.clear();
  } catch {
    // Storage may be disabled; there is then nothing in it to clear.
  }
  let gone = false;
  const leave = () => {
    if (gone) return;
    gone = true;
    location.replace(QUICK_EXIT_URL);
  };
  const timer = setTimeout(leave, CLEAR_WAIT_MS);
  clearTypedContent()
    .catch(() => undefined)
    .finally(() => {
      clearTimeout(timer);
      leave();
    });
}

/** Two presses of Escape within this many ms leave the page, for when there is no time to find the button. */
export const DOUBLE_ESCAPE_MS = 800;
