/** Text folding and sorting for Norwegian, Sami and Kven names. */

// Letters that Unicode decomposition does not reduce to a base letter.
const SPECIAL_LETTERS: Record<string, string> = {
  æ: "ae",
  ø: "o",
  å: "a",
  đ: "d",
  ŋ: "n",
  ŧ: "t",
  ß: "ss",
  ł: "l",
};

/** Text that folding leaves as it is: lower-case a–z and digits, words separated by single spaces. */
const PLAIN = /^[a-z0-9]+( [a-z0-9]+)*$/;

/**
 * Folds text for matching: lower case, no diacritics, æ→ae, ø→o, å→a and the old spelling aa→a,
 * Sami letters to their base letters, punctuation to single spaces.
 */
export function fold(text: string): string {
  // Most names are plain letters already: skip the Unicode work for them (index building folds thousands).
  const lower = text.toLowerCase();
  if (PLAIN.test(lower) && !lower.includes("aa")) return lower;
  return lower
    .replace(/[æøåđŋŧßł]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/aa/g, "a")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

let collator: Intl.Collator | undefined;

/**
 * Collator for sorting names the Norwegian way (æ, ø, å last). Made on first use: creating one costs a slow phone
 * tens of milliseconds, and only the coverage views sort names.
 */
export function norwegianCollator(): Intl.Collator {
  collator ??= new Intl.Collator("nb", { sensitivity: "base", numeric: true });
  return collator;
}
