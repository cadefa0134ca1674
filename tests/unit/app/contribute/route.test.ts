import { describe, expect, it } from "vitest";
import { editorHref, parseContributeRoute, reportHref } from "../../../../src/app/contribute/route.ts";
import { parseRoute } from "../../../../src/app/router.ts";

describe("report and editor routes", () => {
  it("parses the report form for a page and for one offer, ignoring malformed parameters", () => {
    expect(parseRoute("#/meld-feil?kommune=3403&tilbud=lt-3403-hamar-sagatun")).toEqual({
      name: "report",
      number: "3403",
      serviceId: "lt-3403-hamar-sagatun",
    });
    expect(parseRoute("#/meld-feil?kommune=34&tilbud=<script>")).toEqual({ name: "report" });
    expect(parseRoute("#/rediger/5001")).toEqual({ name: "editor", number: "5001" });
    expect(parseContributeRoute("#/rediger/50")).toBeUndefined();
  });

  it("builds hrefs that parse back", () => {
    expect(reportHref("3403", "lt-3403-hamar-sagatun")).toBe("#/meld-feil?kommune=3403&tilbud=lt-3403-hamar-sagatun");
    expect(reportHref("3403")).toBe("#/meld-feil?kommune=3403");
    expect(editorHref("3403")).toBe("#/rediger/3403");
    expect(parseRoute(reportHref("3403"))).toEqual({ name: "report", number: "3403" });
  });
});
