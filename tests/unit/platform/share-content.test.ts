import { afterEach, describe, expect, it, vi } from "vitest";
import { canShareText, shareText } from "../../../src/platform/share-content.ts";

afterEach(() => vi.unstubAllGlobals());

describe("shareText", () => {
  it("hands title and text to the share sheet and says it was shared", async () => {
    const share = vi.fn(async () => undefined);
    vi.stubGlobal("navigator", { share });
    expect(canShareText()).toBe(true);
    expect(await shareText("Feil i Hjelpekart", "Telefonnummeret er feil")).toBe(true);
    expect(share).toHaveBeenCalledWith({ title: "Feil i Hjelpekart", text: "Telefonnummeret er feil" });
  });

  it("says not shared when the user closes the sheet, so the report stays unsent", async () => {
    vi.stubGlobal("navigator", {
      share: async () => {
        throw new DOMException("closed", "AbortError");
      },
    });
    expect(await shareText("t", "x")).toBe(false);
  });

  it("says not shared where there is no share sheet", async () => {
    vi.stubGlobal("navigator", {});
    expect(canShareText()).toBe(false);
    expect(await shareText("t", "x")).toBe(false);
  });
});
