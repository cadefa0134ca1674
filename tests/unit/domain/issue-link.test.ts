import { describe, expect, it } from "vitest";
import { ISSUE_LINK_MAX, newIssueUrl } from "../../../src/domain/issue-link.ts";

describe("newIssueUrl", () => {
  it("prefills title and body on the repository's new-issue page", () => {
    expect(
      newIssueUrl("https://github.com/eksempel/hjelpekart.git", "Feil: Bodø", "Telefon & åpningstid\nlinje 2"),
    ).toBe(
      "https://github.com/eksempel/hjelpekart/issues/new?title=Feil%3A%20Bod%C3%B8&body=Telefon%20%26%20%C3%A5pningstid%0Alinje%202",
    );
  });

  it("offers no link without an https repository, or when the text is too long for a link", () => {
    expect(newIssueUrl(undefined, "t", "b")).toBeUndefined();
    expect(newIssueUrl("javascript:alert(1)//", "t", "b")).toBeUndefined();
    expect(newIssueUrl("https://codeberg.org/x/y", "t", "x".repeat(ISSUE_LINK_MAX))).toBeUndefined();
  });
});
