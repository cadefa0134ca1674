import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "../../../src/domain/csv-write.ts";

describe("csvField", () => {
  it("defuses every cell a spreadsheet would run as a formula", () => {
    expect(csvField('=HYPERLINK("https://example.test","klikk")')).toBe(
      `"'=HYPERLINK(""https://example.test"",""klikk"")"`,
    );
    expect(csvField("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(csvField("+47 22 00 00 00")).toBe("'+47 22 00 00 00");
    expect(csvField("-1+1")).toBe("'-1+1");
    expect(csvField("@SUM(A1:A2)")).toBe("'@SUM(A1:A2)");
    expect(csvField("\t=1+1")).toBe("'\t=1+1");
    expect(csvField("\r=1+1")).toBe(`"'\r=1+1"`);
  });

  it("leaves ordinary text, dates and numbers as they are", () => {
    expect(csvField("Rask psykisk helsehjelp")).toBe("Rask psykisk helsehjelp");
    expect(csvField("2024-05-01")).toBe("2024-05-01");
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField(700000)).toBe("700000");
    expect(csvField(undefined)).toBe("");
  });

  it("quotes cells with quotes, commas and line breaks, doubling the quotes", () => {
    expect(csvField('Tjenesten "Ung"')).toBe('"Tjenesten ""Ung"""');
    expect(csvField("Oslo, Alna")).toBe('"Oslo, Alna"');
    expect(csvField("linje 1\nlinje 2")).toBe('"linje 1\nlinje 2"');
    expect(csvField("linje 1\r\nlinje 2")).toBe('"linje 1\r\nlinje 2"');
  });
});

describe("toCsv", () => {
  it("writes rows with CRLF line ends and a final line end", () => {
    expect(
      toCsv([
        ["kommunenummer", "navn"],
        ["0301", "Oslo, hovedstaden"],
      ]),
    ).toBe('kommunenummer,navn\r\n0301,"Oslo, hovedstaden"\r\n');
  });
});
