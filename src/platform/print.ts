/** Printing: the browser's print dialog for the current page (the print styles decide what is on paper). */

/** Opens the print dialog. */
export function printPage(): void {
  window.print();
}
