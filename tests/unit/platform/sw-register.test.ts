import { afterEach, describe, expect, it, vi } from "vitest";
import { followUpdatesFromOtherTabs } from "../../../src/platform/sw-register.ts";

function container(controller: object | null) {
  const events = new EventTarget();
  return Object.assign(events, { controller }) as unknown as ServiceWorkerContainer & EventTarget;
}

afterEach(() => vi.unstubAllGlobals());

describe("an app update applied in another tab", () => {
  it("offers this tab an update button that reloads it (the old worker is gone, waiting would be dead)", () => {
    const reload = vi.fn();
    vi.stubGlobal("location", { reload });
    const sw = container({});
    const offered: (() => void)[] = [];
    followUpdatesFromOtherTabs(
      sw,
      () => false,
      (apply) => offered.push(apply),
    );
    expect(offered).toHaveLength(0);
    sw.dispatchEvent(new Event("controllerchange"));
    expect(offered).toHaveLength(1);
    offered[0]!();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it("a first install taking control is not an update: nothing offered", () => {
    const sw = container(null);
    const onUpdateReady = vi.fn();
    followUpdatesFromOtherTabs(sw, () => false, onUpdateReady);
    sw.dispatchEvent(new Event("controllerchange"));
    expect(onUpdateReady).not.toHaveBeenCalled();
  });

  it("this tab's own update is not offered again (it reloads by itself)", () => {
    const sw = container({});
    const onUpdateReady = vi.fn();
    followUpdatesFromOtherTabs(sw, () => true, onUpdateReady);
    sw.dispatchEvent(new Event("controllerchange"));
    expect(onUpdateReady).not.toHaveBeenCalled();
  });
});
