/**
 * Characters that make text say something other than what it shows: control characters, bidirectional
 * overrides and isolates ("Ring ‮311‬" displays as "Ring 113"), zero-width characters, lone surrogates and
 * the replacement character left by a wrong decoding. Data text must not contain them; maintainers see them
 * spelt out.
 */

// C0 and C1 controls, DEL, soft hyphen, Arabic letter mark, zero-width space/joiners, LRM/RLM, bidi embeddings
// and overrides, word joiner and invisible operators, bidi isolates, BOM, replacement character.
const HIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this is for
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffd]/u;
const HIDDEN_ALL = new RegExp(HIDDEN.source, "gu");
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATE_ALL = new RegExp(LONE_SURROGATE.source, "g");

/** "U+202E" for a character. */
export function codePointName(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * The first character text must not contain, named ("U+202E"), or undefined when the text is clean.
 * `allowNewlines` lets line breaks through in long free text.
 */
export function hiddenCharacter(text: string, allowNewlines = false): string | undefined {
  const lone = LONE_SURROGATE.exec(text);
  if (lone) return codePointName(lone[0]);
  const checked = allowNewlines ? text.replace(/\n/g, " ") : text;
  const hidden = HIDDEN.exec(checked);
  return hidden ? codePointName(hidden[0]) : undefined;
}

/** The text with every such character spelt out as ⟨U+202E⟩, so a terminal shows what is really there. */
export function showHidden(text: string): string {
  return text
    .replace(LONE_SURROGATE_ALL, (char) => `⟨${codePointName(char)}⟩`)
    .replace(HIDDEN_ALL, (char) => `⟨${codePointName(char)}⟩`);
}
