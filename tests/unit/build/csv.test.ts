import { describe, expect, it } from "vitest";
import { CsvError, parseCsvRecords, parseCsvRows } from "../../../src/build/csv.ts";

describe("parseCsvRows", () => {
  it("splits plain fields and keeps empty ones", () => {
    expect(parseCsvRows("a,b,c\n1,,3\n").map((row) => row.fields)).toEqual([
      ["a", "b", "c"],
      ["1", "", "3"],
    ]);
  });

  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    const rows = parseCsvRows('id,text\n1,"Hei, du"\n2,"Sa ""hei""\nog gikk"\n3,slutt\n');
    expect(rows.map((row) => row.fields)).toEqual([
      ["id", "text"],
      ["1", "Hei, du"],
      ["2", 'Sa "hei"\nog gikk'],
      ["3", "slutt"],
    ]);
    // The row after a quoted line break starts on line 5.
    expect(rows.map((row) => row.line)).toEqual([1, 2, 3, 5]);
  });

  it("accepts CRLF, a byte-order mark, a missing final newline and blank lines", () => {
    const rows = parseCsvRows('\uFEFFa,b\r\n\r\n"x\r\ny",2');
    expect(rows.map((row) => row.fields)).toEqual([
      ["a", "b"],
      ["x\r\ny", "2"],
    ]);
  });

  it("keeps a trailing empty field", () => {
    expect(parseCsvRows("a,\n")[0]!.fields).toEqual(["a", ""]);
  });

  it("rejects an unclosed quote and text after a closing quote, naming the line", () => {
    expect(() => parseCsvRows('a\n"open\n')).toThrow(/line 2: quoted field is not closed/);
    expect(() => parseCsvRows('a\n"x"y\n')).toThrow(CsvError);
    expect(() => parseCsvRows('a\nx"y\n')).toThrow(/line 2: quote inside an unquoted field/);
  });
});

describe("parseCsvRecords", () => {
  it("keys values by header and reports each row's line", () => {
    expect(parseCsvRecords("a,b\n1,2\n3,4\n", ["a"])).toEqual([
      { line: 2, values: { a: "1", b: "2" } },
      { line: 3, values: { a: "3", b: "4" } },
    ]);
  });

  it("rejects missing columns, wrong widths and an empty file", () => {
    expect(() => parseCsvRecords("a,b\n1,2\n", ["c"])).toThrow(/missing column\(s\): c/);
    expect(() => parseCsvRecords("a,b\n1,2\n3\n")).toThrow(/line 3: expected 2 fields, found 1/);
    expect(() => parseCsvRecords("")).toThrow(/empty file/);
  });
});
