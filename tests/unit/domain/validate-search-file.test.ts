import { describe, expect, it } from "vitest";
import type { SearchFile } from "../../../src/domain/schema.ts";
import { DatasetRejected, parseSearchFile } from "../../../src/domain/validate-dataset.ts";

const good = (): SearchFile => ({
  format: 1,
  version: "version-a",
  counties: [["18", "Nordland"]],
  municipalities: [["1804", ["Bodø"], "18", "Bodø:8001-8016 8019|Tverlandet:8050"]],
  districts: [],
});

const rejects = (value: unknown) => expect(() => parseSearchFile(value)).toThrow(DatasetRejected);

describe("parseSearchFile", () => {
  it("accepts a file as the build writes it", () => {
    expect(parseSearchFile(good())).toEqual(good());
  });

  it("refuses another format, a missing part, or no municipalities", () => {
    rejects({ ...good(), format: 2 });
    rejects({ ...good(), districts: undefined });
    rejects({ ...good(), municipalities: [] });
    rejects(null);
    rejects("not a file");
  });

  it("refuses damaged postal codes: malformed, backwards, unsorted", () => {
    const withPlaces = (places: string) => ({ ...good(), municipalities: [["1804", ["Bodø"], "18", places]] });
    rejects(withPlaces("Bodø:801"));
    rejects(withPlaces("Bodø 8001"));
    rejects(withPlaces("Bodø:8016-8001"));
    rejects(withPlaces("Bodø:8019 8001"));
    rejects(withPlaces("Bodø:8001 8002"));
  });

  it("refuses a district of a municipality the file does not have", () => {
    rejects({ ...good(), districts: [["030101", "Gamle Oslo", "0301"]] });
  });
});
