import { describe, expect, it } from "vitest";
import { formatPhone, smsHref, telHref } from "../../../src/domain/phone.ts";

describe("phone numbers as residents read and dial them", () => {
  it.each([
    ["22400040", "22 40 00 40"],
    ["80033321", "800 33 321"],
    ["81548000", "815 48 000"],
    ["116123", "116 123"],
    ["113", "113"],
    ["02800", "02800"],
  ])("formats %s as %s", (digits, shown) => {
    expect(formatPhone(digits)).toBe(shown);
  });

  it("dials 8-digit numbers with the country code and short numbers as they are", () => {
    expect(telHref("22400040")).toBe("tel:+4722400040");
    expect(telHref("116123")).toBe("tel:116123");
    expect(telHref("113")).toBe("tel:113");
    expect(smsHref("41716000")).toBe("sms:+4741716000");
    expect(smsHref("2222")).toBe("sms:2222");
  });
});
