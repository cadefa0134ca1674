import { beforeAll, describe, expect, it } from "vitest";
import { translateContribute } from "../../../../src/app/contribute/i18n/index.ts";
import { translateCoverage } from "../../../../src/app/coverage/i18n/index.ts";
import { LANGUAGES, loadLanguage, translate } from "../../../../src/app/i18n/index.ts";
import { fillPlaceholders, makeTranslator } from "../../../../src/app/i18n/translator.ts";

describe("makeTranslator", () => {
  const app = makeTranslator<"nb" | "en", "greeting" | "shared">({
    nb: { greeting: "Hei, {name}", shared: "Felles" },
    en: { greeting: "Hello, {name}", shared: "Shared" },
  });
  const section = makeTranslator<"nb" | "en", "title" | "greeting" | "shared">(
    { nb: { title: "Dekning i {county}" }, en: { title: "Coverage in {county}" } },
    (language, key, values) => app(language, key as "greeting" | "shared", values),
  );

  it("fills placeholders in the chosen language and keeps a placeholder that has no value", () => {
    expect(app("nb", "greeting", { name: "Kari" })).toBe("Hei, Kari");
    expect(app("en", "greeting", { name: "Kari" })).toBe("Hello, Kari");
    expect(app("en", "greeting")).toBe("Hello, {name}");
    expect(fillPlaceholders("{count} tilbud i {place}", { count: 3 })).toBe("3 tilbud i {place}");
  });

  it("uses a section's own text first and the app's text for keys the section does not have", () => {
    expect(section("nb", "title", { county: "Troms" })).toBe("Dekning i Troms");
    expect(section("en", "greeting", { name: "Ola" })).toBe("Hello, Ola");
    expect(section("nb", "shared")).toBe("Felles");
  });
});

describe("the three text tables", () => {
  beforeAll(async () => {
    for (const language of LANGUAGES) await loadLanguage(language);
  });
  it("coverage and contribute views show the app's own words for shared keys, in every language", () => {
    for (const language of ["nb", "nn", "en"] as const) {
      expect(translateCoverage(language, "type_rph")).toBe(translate(language, "type_rph"));
      expect(translateContribute(language, "type_rph")).toBe(translate(language, "type_rph"));
    }
    expect(translate("nn", "type_rph")).not.toBe(translate("en", "type_rph"));
  });
});
