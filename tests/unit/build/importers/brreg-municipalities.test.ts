import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizePhone, parseBrregMunicipalities } from "../../../../src/build/importers/brreg-municipalities.ts";

// Fictitious entities made from the example values of Enhetsregisteret's documented schema.
const fixture = JSON.parse(readFileSync(new URL("../../../fixtures/brreg/enheter-komm.json", import.meta.url), "utf8"));

describe("Enhetsregisteret KOMM importer", () => {
  it("reads homepage, phone, mobile and e-mail as registered, leaving absent fields absent", () => {
    expect(parseBrregMunicipalities(fixture)).toEqual([
      {
        orgNumber: "509100675",
        name: "Sesam stasjon",
        municipality: "0301",
        homepage: "www.brreg.no",
        phone: "91504800",
        mobile: "91504800",
        email: "epost@epost.com",
      },
      { orgNumber: "123456785", name: "Fiktiv kommune uten kontaktfelt", municipality: "1101", phone: "91504800" },
    ]);
  });

  it("reads an empty search result (no _embedded) as no municipalities", () => {
    expect(parseBrregMunicipalities({ page: { totalElements: 0 } })).toEqual([]);
  });

  it("names the entity when the organisation form is not KOMM or the number is invalid", () => {
    const entity = fixture._embedded.enheter[0];
    expect(() =>
      parseBrregMunicipalities({ _embedded: { enheter: [{ ...entity, organisasjonsform: { kode: "ASA" } }] } }),
    ).toThrow(/entity 0 \(509100675\): organisasjonsform is ASA, expected KOMM/);
    expect(() =>
      parseBrregMunicipalities({ _embedded: { enheter: [{ ...entity, organisasjonsnummer: "509100676" }] } }),
    ).toThrow(/not a valid 9-digit number/);
    expect(() => parseBrregMunicipalities({ enheter: [] })).toThrow(/no _embedded.enheter/);
  });

  it("keeps only Norwegian eight-digit phone numbers", () => {
    expect(normalizePhone("+47 915 04 800")).toBe("91504800");
    expect(normalizePhone("0047-91504800")).toBe("91504800");
    expect(normalizePhone("915")).toBeUndefined();
    expect(normalizePhone(null)).toBeUndefined();
  });
});
