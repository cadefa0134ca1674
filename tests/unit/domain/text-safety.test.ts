import { describe, expect, it } from "vitest";
import { codePointName, hiddenCharacter, showHidden } from "../../../src/domain/text-safety.ts";

describe("hidden characters in data text", () => {
  it.each([
    ["Ring \u202e311\u202c for hjelp", "U+202E"],
    ["a\u2067b", "U+2067"],
    ["a\u200bb", "U+200B"],
    ["a\u200db", "U+200D"],
    ["a\u200eb", "U+200E"],
    ["a\u061cb", "U+061C"],
    ["a\u2060b", "U+2060"],
    ["a\ufeffb", "U+FEFF"],
    ["a\u0000b", "U+0000"],
    ["a\u001bb", "U+001B"],
    ["a\u001fb", "U+001F"],
    ["a\u007fb", "U+007F"],
    ["a\u0085b", "U+0085"],
    ["a\u009fb", "U+009F"],
    ["a\u00adb", "U+00AD"],
    ["B\ufffdrum", "U+FFFD"],
    ["lone high \ud800", "U+D800"],
    ["\udc00 lone low", "U+DC00"],
    ["a\nb", "U+000A"],
  ])("finds the hidden character in %j", (text, name) => {
    expect(hiddenCharacter(text)).toBe(name);
  });

  it.each(["Bærum", "Guovdageaidnu ŋŧđ", "Lavterskel 💬", "Hjelp – 24/7", "«sitat»", "\u00a0", "a\u2010b"])(
    "lets %j through",
    (text) => {
      expect(hiddenCharacter(text)).toBeUndefined();
    },
  );

  it("lets line breaks through only in long free text", () => {
    expect(hiddenCharacter("Første.\nAndre.", true)).toBeUndefined();
    expect(hiddenCharacter("Første.\nAndre.\u202e", true)).toBe("U+202E");
    expect(hiddenCharacter("Første.\r\nAndre.", true)).toBe("U+000D");
  });

  it("spells every hidden character out, keeping the rest", () => {
    expect(showHidden("ok\u001b[2K\u202e113\u202c \ud800 æ💬")).toBe("ok⟨U+001B⟩[2K⟨U+202E⟩113⟨U+202C⟩ ⟨U+D800⟩ æ💬");
    expect(showHidden("plain")).toBe("plain");
    expect(showHidden("\ud800a\udc00b\ud801")).toBe("⟨U+D800⟩a⟨U+DC00⟩b⟨U+D801⟩");
    expect(showHidden("\u202e\u202e")).toBe("⟨U+202E⟩⟨U+202E⟩");
    expect(codePointName("\u0007")).toBe("U+0007");
  });
});
