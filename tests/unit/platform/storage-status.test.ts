import { describe, expect, it } from "vitest";
import { StorageUnavailable } from "../../../src/platform/db.ts";
import { classifyStorageError } from "../../../src/platform/storage-status.ts";

describe("classifyStorageError", () => {
  it("tells a full disk, another tab in the way and refused storage apart, so the notice says the right thing", () => {
    expect(classifyStorageError(new DOMException("no room", "QuotaExceededError"))).toBe("full");
    expect(classifyStorageError(new StorageUnavailable("blocked", "another tab"))).toBe("blocked");
    expect(classifyStorageError(new StorageUnavailable("unavailable", "private mode"))).toBe("unavailable");
  });

  it("reads anything else, even a thrown non-error, as unavailable", () => {
    expect(classifyStorageError(new Error("InvalidStateError"))).toBe("unavailable");
    expect(classifyStorageError(undefined)).toBe("unavailable");
  });
});
