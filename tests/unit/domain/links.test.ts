import { describe, expect, it } from "vitest";
import { SAFE_LINK_SCHEMES } from "../../../src/domain/constants.ts";
import { emailHref, safeHref } from "../../../src/domain/links.ts";

describe("safeHref: the only gate through which data becomes a link", () => {
  it("allows exactly https:, tel:, sms: and mailto:", () => {
    expect([...SAFE_LINK_SCHEMES]).toEqual(["https:", "tel:", "sms:", "mailto:"]);
    expect(safeHref("https://www.hamar.kommune.no/rph")).toBe("https://www.hamar.kommune.no/rph");
    expect(safeHref("tel:+4722400040")).toBe("tel:+4722400040");
    expect(safeHref("sms:+4741716000")).toBe("sms:+4741716000");
    expect(safeHref("mailto:post@hamar.kommune.no")).toBe("mailto:post@hamar.kommune.no");
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "http://insecure.example/",
    "blob:https://x/1",
    "not a url",
    "",
  ])("refuses %j", (value) => {
    expect(safeHref(value)).toBeUndefined();
  });
});

describe("emailHref", () => {
  it("links a plain address", () => {
    expect(emailHref("post@hamar.kommune.no")).toBe("mailto:post@hamar.kommune.no");
  });

  it.each([
    "post@hamar.kommune.no?bcc=evil@x.no",
    "post@hamar.kommune.no?body=hei",
    "post@hamar.kommune.no&cc=x@y.no",
    "Ola <post@hamar.kommune.no>",
    "post@kommu\u200bne.no",
    "post@hamar.kommune.no\n",
    "javascript:alert(1)//@x.no",
  ])("refuses %j", (value) => {
    expect(emailHref(value)).toBeUndefined();
  });
});
