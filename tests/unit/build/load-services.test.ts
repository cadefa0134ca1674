import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatDataError } from "../../../src/build/data-error.ts";
import {
  jsonErrorPlace,
  loadServiceDir,
  loadServiceFile,
  validateServiceRecords,
} from "../../../src/build/load-services.ts";

const FILE = "data/services/test.json";

const record = (overrides: Record<string, unknown> = {}) => ({
  id: "hfu-3232-nittedal",
  type: "hfu",
  name: "Helsestasjon for ungdom Nittedal",
  status: "active",
  topics: ["mental-health"],
  referral: "not-needed",
  cost: "free",
  contacts: [{ kind: "phone", number: "67073890" }],
  locations: [],
  area: { municipalities: ["3232"] },
  source: { urls: ["https://www.nittedal.kommune.no/"], dateText: "udatert" },
  ...overrides,
});

/** The one error for one bad record, with file, record label and field checked. */
function onlyError(overrides: Record<string, unknown>, field: string) {
  const { services, errors } = validateServiceRecords([record(overrides)], FILE);
  expect(services).toEqual([]);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ file: FILE, record: '"hfu-3232-nittedal" (#1)', field });
  return errors[0]!;
}

describe("validateServiceRecords", () => {
  it("accepts a valid record", () => {
    const { services, errors } = validateServiceRecords([record()], FILE);
    expect(errors).toEqual([]);
    expect(services).toEqual([{ service: record(), file: FILE }]);
  });

  it("refuses a 7-digit phone number", () => {
    const error = onlyError({ contacts: [{ kind: "phone", number: "6707389" }] }, "contacts.0.number");
    expect(error.message).toMatch(/8 digits, or a 3, 5 or 6 digit short number/);
  });

  it("refuses a phone number written with spaces or a country code", () => {
    onlyError({ contacts: [{ kind: "sms", number: "+4792038121" }] }, "contacts.0.number");
    onlyError({ contacts: [{ kind: "phone", number: "67 07 38 90" }] }, "contacts.0.number");
  });

  it("refuses javascript:, data: and plain http: links", () => {
    expect(onlyError({ contacts: [{ kind: "web", url: "javascript:alert(1)" }] }, "contacts.0.url").message).toBe(
      "must be an https: URL",
    );
    onlyError({ contacts: [{ kind: "chat", url: "data:text/html,hei" }] }, "contacts.0.url");
    onlyError({ contacts: [{ kind: "web", url: "http://www.nittedal.kommune.no/" }] }, "contacts.0.url");
    onlyError({ source: { urls: ["javascript:alert(1)"], dateText: "udatert" } }, "source.urls.0");
  });

  it("refuses a record without a source URL", () => {
    const error = onlyError({ source: { urls: [], dateText: "2024" } }, "source.urls");
    expect(error.message).toBe("needs at least one source URL");
    onlyError({ source: undefined }, "source");
  });

  it("refuses a malformed date and a malformed id", () => {
    onlyError({ verified: "2024-13" }, "verified");
    const { errors } = validateServiceRecords([record({ id: "Nittedal HFU" })], FILE);
    expect(errors[0]).toMatchObject({ record: '"Nittedal HFU" (#1)', field: "id" });
  });

  it("names a record without an id by its position, and refuses a file that is not an array", () => {
    const { errors } = validateServiceRecords([record(), { name: "x" }], FILE);
    expect(errors.every((e) => e.record === "#2")).toBe(true);
    expect(validateServiceRecords({ id: "x" }, FILE).errors).toEqual([
      { file: FILE, message: "must be a JSON array of service records" },
    ]);
  });
});

describe("loadServiceFile and loadServiceDir", () => {
  const dir = mkdtempSync(join(tmpdir(), "hjelpekart-load-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses malformed JSON, naming the file and the line and column", () => {
    writeFileSync(join(dir, "broken.json"), '[\n  {"id": "x",]\n');
    const { services, errors } = loadServiceFile(join(dir, "broken.json"));
    expect(services).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toMatch(/broken\.json$/);
    expect(errors[0]!.message).toMatch(/^not valid JSON at line 2, column 14 \(/);
    expect(formatDataError(errors[0]!)).toMatch(/broken\.json: not valid JSON at line 2/);
  });

  it("loads every .json file of a folder, in name order, and ignores other files", () => {
    writeFileSync(join(dir, "b.json"), JSON.stringify([record({ id: "b" })]));
    writeFileSync(join(dir, "a.json"), JSON.stringify([record({ id: "a" })]));
    writeFileSync(join(dir, "notes.txt"), "not data");
    const loaded = loadServiceDir(dir);
    expect(loaded.services.map((s) => s.service.id)).toEqual(["a", "b"]);
    expect(loaded.errors).toHaveLength(1);
  });

  it("finds the place from the parser's position", () => {
    expect(jsonErrorPlace("ab\ncd", "Unexpected token at position 4")).toBe(" at line 2, column 2");
    expect(jsonErrorPlace("x", "Unexpected end of JSON input")).toBe("");
  });
});
