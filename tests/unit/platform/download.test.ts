// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { downloadText } from "../../../src/platform/download.ts";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("downloadText", () => {
  it("saves the text under the given name, leaves no link behind and frees the blob only after 30 s", async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:hjelpekart/1";
    });
    const revoke = vi.fn();
    URL.revokeObjectURL = revoke;
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    downloadText("kommune;status\n", "hjelpekart-dekning.csv", "text/csv;charset=utf-8");

    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe("hjelpekart-dekning.csv");
    expect(clicked[0]!.href).toBe("blob:hjelpekart/1");
    expect(await blobs[0]!.text()).toBe("kommune;status\n");
    expect(blobs[0]!.type).toBe("text/csv;charset=utf-8");
    expect(document.querySelector("a")).toBeNull();
    vi.advanceTimersByTime(29_000);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(revoke).toHaveBeenCalledWith("blob:hjelpekart/1");
  });
});
