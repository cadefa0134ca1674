/**
 * The fast search (binary search over sorted keys, one indexOf over the joined keys, stopping once the list is
 * full) must give exactly the hits, order and count of the plain one-pass definition in the reference.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assembleDataset } from "../../../src/build/dataset-build.ts";
import { baseDataDir, curatedDataDir } from "../../../src/build/paths.ts";
import type { Municipality, PostalCode, Service } from "../../../src/domain/schema.ts";
import {
  buildSearchIndex,
  resultKey,
  type SearchIndex,
  type SearchResult,
  search,
} from "../../../src/domain/search.ts";
import { fold } from "../../../src/domain/text.ts";
import { makeService } from "../../fixtures/dataset.ts";
import { referenceSearch } from "../../fixtures/search-reference.ts";

/** Hits as comparable labels, so a failure shows which hit differs. */
const labels = (hits: readonly SearchResult[]) =>
  hits.map((hit) =>
    hit.kind === "municipality"
      ? `${resultKey(hit)} ${hit.matchedName}`
      : hit.kind === "service"
        ? `${resultKey(hit)} ${hit.service.id}`
        : resultKey(hit),
  );

/** Expects search() to give what the reference gives, hit for hit (the same objects, in the same order). */
function expectSameAsReference(index: SearchIndex, query: string, limit: number): void {
  const fast = search(index, query, limit);
  const reference = referenceSearch(index, query, limit);
  expect(labels(fast), `query "${query}", limit ${limit}`).toEqual(labels(reference));
  expect(fast.every((hit, i) => hit === reference[i])).toBe(true);
}

// Few letters, so names collide, share prefixes and hold each other: every rank and every cap gets exercised.
const letters = fc.constantFrom("a", "b", "ø", "aa", " ", "-");
const name = fc.array(letters, { minLength: 1, maxLength: 7 }).map((parts) => `B${parts.join("")}`);

const smallWorld = fc
  .record({
    names: fc.array(fc.array(name, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }),
    places: fc.array(fc.tuple(name, fc.nat(11)), { maxLength: 40 }),
    services: fc.array(fc.tuple(name, fc.nat(11)), { maxLength: 60 }),
  })
  .map(({ names, places, services }) => {
    const municipalities: Municipality[] = names.map((forms, i) => ({
      number: String(1000 + i),
      name: forms.join(" - "),
      names: forms,
      nameNorwegian: forms[0]!,
      county: "10",
      population: 1,
    }));
    const numberOf = (n: number) => municipalities[n % municipalities.length]!.number;
    const postalCodes: PostalCode[] = places.map(([place, n], i) => [String(2000 + i), place, numberOf(n)]);
    const offers: Service[] = services.map(([serviceName, n]) =>
      makeService({ name: serviceName, area: { municipalities: [numberOf(n)] } }),
    );
    return buildSearchIndex({ municipalities, postalCodes, services: offers });
  });

// Many records sharing a name in one municipality repeat one hit: each rank's cut at limit × 4 entries then
// decides which hits are seen at all.
const repeatedWorld = fc
  .array(
    fc.tuple(fc.constantFrom("Ba", "Bab", "Ab ba", "Bbab", "Cab", "Cc dd"), fc.nat(1), fc.integer({ min: 1, max: 12 })),
    {
      minLength: 1,
      maxLength: 12,
    },
  )
  .map((groups) => {
    const municipalities: Municipality[] = ["1001", "1002"].map((number) => ({
      number,
      name: `K${number}`,
      names: [`K${number}`],
      nameNorwegian: `K${number}`,
      county: "10",
      population: 1,
    }));
    const offers = groups.flatMap(([serviceName, n, count]) =>
      Array.from({ length: count }, () =>
        makeService({ name: serviceName, area: { municipalities: [municipalities[n]!.number] } }),
      ),
    );
    return buildSearchIndex({ municipalities, postalCodes: [], services: offers });
  });

describe("search gives exactly the hits of the one-pass definition", () => {
  it("when many records repeat one hit, so each rank's cut decides what is seen", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        repeatedWorld,
        fc.constantFrom("b", "ba", "ab", "bab", "a", "dd"),
        fc.integer({ min: 1, max: 4 }),
        (index, query, limit) => expectSameAsReference(index, query, limit),
      ),
      { numRuns: 1500 },
    );
  });

  // Generous time limits: a busy machine must not fail what is only slow.
  it("for any query over names that collide, share prefixes and contain each other", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        smallWorld,
        fc.array(letters, { minLength: 1, maxLength: 5 }).map((parts) => parts.join("")),
        fc.integer({ min: 1, max: 15 }),
        (index, query, limit) => {
          if (fold(query) === "" || /^\d+$/.test(fold(query))) return;
          expectSameAsReference(index, query, limit);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("for every prefix typed of a name in the index, as someone types it letter by letter", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(smallWorld, fc.nat(), fc.integer({ min: 1, max: 15 }), (index, pick, limit) => {
        const key = index.entries[pick % index.entries.length]!.key;
        for (let end = 1; end <= key.length; end++) {
          if (fold(key.slice(0, end)) !== "") expectSameAsReference(index, key.slice(0, end), limit);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("for prefixes and inner parts of every kind of name in the real national data", { timeout: 60_000 }, () => {
    const assembled = assembleDataset({ baseDir: baseDataDir, curatedDir: curatedDataDir, now: new Date() });
    if (!assembled.build) throw new Error(`the data in data/ did not build: ${JSON.stringify(assembled.errors)}`);
    const index = buildSearchIndex({ ...assembled.build.dataset, postalCodes: assembled.build.postalCodes });
    expect(index.entries.length).toBeGreaterThan(2000);
    const queries = new Set(["a", "e", "o", "x", "q", "rask psykisk", "helsestasjon for ungdom", "fact", "mo i rana"]);
    // Every fifth key (all kinds: municipalities, districts, places, services), typed letter by letter, and
    // the same number of letters from its middle.
    index.entries.forEach(({ key }, i) => {
      if (i % 5 !== 0) return;
      const middle = Math.floor(key.length / 2);
      for (let end = 1; end <= key.length; end++) queries.add(key.slice(0, end));
      for (let end = middle + 1; end <= key.length; end++) queries.add(key.slice(middle, end));
    });
    let compared = 0;
    for (const query of queries) {
      if (fold(query) === "" || /^\d+$/.test(fold(query))) continue;
      expectSameAsReference(index, query, 12);
      compared++;
    }
    expect(compared).toBeGreaterThan(3000);
  });
});
