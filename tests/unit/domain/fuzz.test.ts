import fc from "fast-check";
import { describe, it } from "vitest";
import { buildSearchIndex, search } from "../../../src/domain/search.ts";
import { fold } from "../../../src/domain/text.ts";
import { makeDataset } from "../../fixtures/dataset.ts";
import { anyText } from "../../fixtures/fuzz.ts";

const index = buildSearchIndex({ ...makeDataset("fuzz-0001"), postalCodes: [["8006", "Bodø", "1804"]] });
describe("fuzz: nothing typed or linked crashes search", () => {
  it("fold() never throws and always returns a string", () => {
    fc.assert(
      fc.property(anyText, (text) => typeof fold(text) === "string"),
      { numRuns: 2000 },
    );
  });

  it("search() never throws and never returns more than the limit", () => {
    fc.assert(
      fc.property(
        anyText,
        fc.integer({ min: 1, max: 50 }),
        (text, limit) => search(index, text, limit).length <= limit,
      ),
      { numRuns: 2000 },
    );
  });
});
