import { beforeAll, describe, expect, it } from "vitest";
import { en as contributeEn } from "../../../../src/app/contribute/i18n/en.ts";
import { nb as contributeNb } from "../../../../src/app/contribute/i18n/nb.ts";
import { nn as contributeNn } from "../../../../src/app/contribute/i18n/nn.ts";
import { en as coverageEn } from "../../../../src/app/coverage/i18n/en.ts";
import { nb as coverageNb } from "../../../../src/app/coverage/i18n/nb.ts";
import { nn as coverageNn } from "../../../../src/app/coverage/i18n/nn.ts";
import { en } from "../../../../src/app/i18n/en.ts";
import { isLanguageLoaded, LANGUAGES, loadLanguage, translate } from "../../../../src/app/i18n/index.ts";
import { nb } from "../../../../src/app/i18n/nb.ts";
import { nn } from "../../../../src/app/i18n/nn.ts";

/** Keys of a table whose text is missing or blank. */
const blanks = (table: object) =>
  Object.entries(table)
    .filter(([, text]) => typeof text !== "string" || text.trim() === "")
    .map(([key]) => key);

describe("every text exists in bokmål, nynorsk and English", () => {
  const sets: [string, object, object, object][] = [
    ["app", nb, nn, en],
    ["coverage", coverageNb, coverageNn, coverageEn],
    ["contribute", contributeNb, contributeNn, contributeEn],
  ];
  for (const [name, bokmal, nynorsk, english] of sets) {
    it(`the ${name} tables have the same keys, none blank`, () => {
      const keys = Object.keys(bokmal).sort();
      expect(keys.length).toBeGreaterThan(10);
      expect(Object.keys(nynorsk).sort()).toEqual(keys);
      expect(Object.keys(english).sort()).toEqual(keys);
      expect([...blanks(bokmal), ...blanks(nynorsk), ...blanks(english)]).toEqual([]);
    });
  }
});

describe("nynorsk and English load on demand", () => {
  it("shows bokmål until a table is loaded, then the chosen language", async () => {
    expect(isLanguageLoaded("nb")).toBe(true);
    expect(isLanguageLoaded("nn")).toBe(false);
    expect(translate("nn", "skipToContent")).toBe(nb.skipToContent);
    expect(await loadLanguage("nn")).toBe("nn");
    expect(isLanguageLoaded("nn")).toBe(true);
    expect(translate("nn", "skipToContent")).toBe(nn.skipToContent);
    expect(nn.skipToContent).not.toBe(nb.skipToContent);
  });
});

describe("translate after loading", () => {
  beforeAll(async () => {
    for (const language of LANGUAGES) await loadLanguage(language);
  });
  it("gives each language its own words", () => {
    expect(new Set(LANGUAGES.map((language) => translate(language, "tagline"))).size).toBe(3);
    expect(translate("en", "tagline")).toBe(en.tagline);
  });
});
