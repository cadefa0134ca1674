/** Fault tests: every way the network, the data or the device's storage can fail, survived with nothing lost. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { SCHEMA_VERSION } from "../../src/domain/schema.ts";
import { builtData, serveVersion, storedVersion, waitForStored } from "./fault-helpers.ts";
import { searchFor, waitForServiceWorker } from "./helpers.ts";

/**
 * The response's headers for a body cut short: the full Content-Length, and no Content-Encoding, since
 * route.fetch hands over the decoded body (a gzipped answer from nginx would otherwise fail to decode at once).
 */
function withFullLength(headers: Record<string, string>, length: number): Record<string, string> {
  const { "content-encoding": _encoding, ...rest } = headers;
  return { ...rest, "content-length": String(length) };
}

// Data routes must reach page.route; a controlling service worker would hide them. The app-update test allows it.
test.use({ serviceWorkers: "block" });

const crisisUsable = async (page: Page) => {
  await expect(page.locator('.crisis a[href="tel:113"]')).toBeVisible();
  await expect(page.locator('.crisis a[href="tel:116123"]')).toBeVisible();
};

/** A first visit that stores the built dataset; returns its version. */
async function firstVisit(page: Page): Promise<string> {
  await page.goto("/");
  await expect(page.locator("#search")).toBeEnabled();
  return waitForStored(page);
}

test.describe("first visit", () => {
  test("the HTML loads but the dataset cannot be fetched: clear message with crisis numbers; Retry works once back", async ({
    page,
  }) => {
    await page.route("**/data/**", (route) => route.abort("internetdisconnected"));
    await page.goto("/");
    await expect(page.getByRole("alert")).toContainText("Tjenesteoversikten kunne ikke hentes");
    await expect(page.getByRole("alert")).toContainText("Krisenumrene over virker likevel");
    await crisisUsable(page);
    await page.unroute("**/data/**");
    await page.getByRole("button", { name: "Prøv igjen" }).click();
    await expect(page.locator("#search")).toBeEnabled();
    await expect(page.getByRole("alert")).toHaveCount(0);
    expect(await waitForStored(page)).toBe(builtData().manifest.version);
  });

  test("the network comes back by itself: the `online` event retries without a click", async ({ page, context }) => {
    await context.setOffline(false);
    await page.route("**/data/**", (route) => route.abort("internetdisconnected"));
    await page.goto("/");
    await expect(page.getByRole("alert")).toBeVisible();
    await page.unroute("**/data/**");
    await context.setOffline(true);
    await context.setOffline(false); // fires `online`
    await expect(page.locator("#search")).toBeEnabled();
  });

  test("network drop in the middle of the dataset download: message, nothing stored, Retry works", async ({ page }) => {
    const { manifest } = builtData();
    // Half the body with the full Content-Length: the browser sees the connection end early.
    await page.route(`**/${manifest.dataset.url}`, async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      await route.fulfill({
        response,
        body: body.subarray(0, body.length >> 1),
        headers: withFullLength(response.headers(), body.length),
      });
    });
    await page.goto("/");
    // route.fulfill cannot reset a connection after the first bytes: Chromium gets a short body that ends
    // cleanly, so the byte-count check refuses it. The whole message is matched, because the "network" alert
    // ends in the same words. A connection reset mid-body is the unit test "network drops in the middle …".
    await expect(page.getByRole("alert")).toContainText(
      "Tjenesteoversikten som ble hentet, var ufullstendig eller skadet og ble ikke tatt i bruk.",
      { timeout: 15_000 }, // STALL_TIMEOUT_MS (10 s) in src/platform/dataset-sync.ts, plus margin
    );
    await crisisUsable(page);
    expect(await storedVersion(page)).toBeUndefined();
    await page.unroute(`**/${manifest.dataset.url}`);
    await page.getByRole("button", { name: "Prøv igjen" }).click();
    await expect(page.locator("#search")).toBeEnabled();
  });

  test("truncated JSON whose size and hash match the manifest: refused by the JSON/schema check", async ({ page }) => {
    await serveVersion(page, { corrupt: (bytes) => bytes.subarray(0, bytes.length - 100), hashCorrupted: true });
    await page.goto("/");
    await expect(page.getByRole("alert")).toContainText("ufullstendig eller skadet");
    await crisisUsable(page);
    expect(await storedVersion(page)).toBeUndefined();
  });

  test("a dataset from a newer schema version: says the app must be updated, crisis numbers work", async ({ page }) => {
    await serveVersion(page, { manifest: (m) => Object.assign(m, { schemaVersion: 99 }) });
    await page.goto("/");
    await expect(page.getByRole("alert")).toContainText("krever en nyere versjon av Hjelpekart");
    await crisisUsable(page);
  });

  test("slow network (3.5 s latency on the dataset): progress shown, crisis numbers usable at once", async ({
    page,
  }) => {
    await page.route("**/data/dataset-*.json", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3500));
      await route.continue();
    });
    const started = Date.now();
    await page.goto("/");
    await crisisUsable(page);
    expect(Date.now() - started).toBeLessThan(2500);
    await expect(page.getByRole("status")).toContainText(/Henter tjenesteoversikten: \d+ %/);
    await expect(page.locator("#search")).toBeEnabled({ timeout: 15_000 });
    await expect(page.getByRole("status")).toHaveCount(0);
  });
});

test.describe("a stored version and a new one on the server", () => {
  test("a valid new version: swapped in, 'oppdatert' notice with the data date, footer shows the new date", async ({
    page,
  }) => {
    const old = await firstVisit(page);
    const version = await serveVersion(page, {
      edit: (d) => Object.assign(d, { builtAt: "2031-03-04T12:00:00.000Z" }),
    });
    await page.reload();
    await expect(page.getByText("Tjenesteoversikten er oppdatert – data fra 4. mars 2031.")).toBeVisible();
    await expect(page.locator(".footer")).toContainText("4. mars 2031");
    expect(await storedVersion(page)).toBe(version);
    expect(version).not.toBe(old);
  });

  test("an update cut off mid-download: the old version stays and works, a quiet notice, no alarm", async ({
    page,
  }) => {
    const old = await firstVisit(page);
    // The connection ends after half the new version's bytes have arrived (route.fulfill cannot reset a
    // connection, so the body simply ends). The new version exists only in these routes: it is cut here.
    let sent = 0;
    await serveVersion(page, {
      corrupt: (body) => {
        sent = body.length >> 1;
        return body.subarray(0, sent);
      },
    });
    await page.reload();
    await expect(page.locator("#search")).toBeEnabled();
    await expect((await searchFor(page, "Bodø")).first()).toContainText("Bodø");
    await expect(page.getByText("besto ikke kontrollen")).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);
    expect(await storedVersion(page)).toBe(old);
    expect(sent).toBeGreaterThan(0);
  });

  test("content-hash mismatch: refused with a notice, the old version stays", async ({ page }) => {
    const old = await firstVisit(page);
    await serveVersion(page, { manifest: (m) => Object.assign(m.dataset, { sha256: "0".repeat(64) }) });
    await page.reload();
    await expect(page.getByText("besto ikke kontrollen og ble ikke tatt i bruk")).toBeVisible();
    await expect(page.locator("#search")).toBeEnabled();
    expect(await storedVersion(page)).toBe(old);
  });

  test("truncated body (fewer bytes than the manifest says): refused, old version stays", async ({ page }) => {
    const old = await firstVisit(page);
    await serveVersion(page, { corrupt: (bytes) => bytes.subarray(0, 1000) });
    await page.reload();
    await expect(page.getByText("besto ikke kontrollen")).toBeVisible();
    expect(await storedVersion(page)).toBe(old);
  });

  test("a newer schema version on the server: keeps the current data and says an app update is needed", async ({
    page,
  }) => {
    const old = await firstVisit(page);
    await serveVersion(page, { manifest: (m) => Object.assign(m, { schemaVersion: 99 }) });
    await page.reload();
    await expect(page.getByText("krever en ny versjon av Hjelpekart")).toBeVisible();
    await expect(page.locator("#search")).toBeEnabled();
    expect(await storedVersion(page)).toBe(old);
  });

  test("an older stored version (schemaVersion 0): not shown, re-downloaded with progress", async ({ page }) => {
    const version = await firstVisit(page);
    // Rewrite the stored record as an older app would have left it.
    await page.evaluate(
      (v) =>
        new Promise<void>((resolve) => {
          const request = indexedDB.open("hjelpekart");
          request.onsuccess = () => {
            const db = request.result;
            const store = db.transaction("datasets", "readwrite").objectStore("datasets");
            const get = store.get(v);
            get.onsuccess = () => {
              const record = get.result as { dataset: { schemaVersion: number } };
              record.dataset.schemaVersion = 0;
              store.put(record).onsuccess = () => {
                db.close();
                resolve();
              };
            };
          };
        }),
      version,
    );
    let downloads = 0;
    page.on("request", (request) => {
      if (request.url().includes("/data/dataset-")) downloads += 1;
    });
    await page.reload();
    // Search is usable from the compact index before the dataset is in; the re-download follows.
    await expect(page.locator("#search")).toBeEnabled();
    await expect.poll(() => downloads).toBe(1);
    const storedSchemaVersion = () =>
      page.evaluate(
        (v) =>
          new Promise<number>((resolve) => {
            const request = indexedDB.open("hjelpekart");
            request.onsuccess = () => {
              const get = request.result.transaction("datasets").objectStore("datasets").get(v);
              get.onsuccess = () =>
                resolve((get.result as { dataset: { schemaVersion: number } }).dataset.schemaVersion);
            };
          }),
        version,
      );
    await expect.poll(storedSchemaVersion).toBe(SCHEMA_VERSION);
    expect(downloads).toBe(1);
  });

  test("quota exceeded while writing an update: used in memory with a notice; the old version intact", async ({
    page,
  }) => {
    const old = await firstVisit(page);
    // A full disk: every write to the datasets store fails, in the page and in the worker that may store off-thread.
    const quotaPatch = `{
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (this.name === "datasets") throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return put.apply(this, args);
      };
    }\n`;
    await page.addInitScript({ content: quotaPatch });
    await page.route("**/assets/*worker*.js", async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: quotaPatch + (await response.text()) });
    });
    await serveVersion(page, {
      edit: (d) => {
        Object.assign(d, { builtAt: "2031-03-04T12:00:00.000Z" });
      },
    });
    await page.reload();
    await expect(page.getByText("Enheten har ikke plass til å lagre den nye tjenesteoversikten")).toBeVisible();
    await expect(page.locator(".footer")).toContainText("4. mars 2031");
    await expect(page.locator("#search")).toBeEnabled();
    expect(await storedVersion(page)).toBe(old);
  });

  test("storage evicted between visits: the next visit downloads again like a first visit", async ({ page }) => {
    await firstVisit(page);
    await page.goto("/exit.html"); // leaves the app, so no connection holds the database
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase("hjelpekart");
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    let downloads = 0;
    page.on("request", (request) => {
      if (request.url().includes("/data/dataset-")) downloads += 1;
    });
    await page.goto("/");
    await expect(page.locator("#search")).toBeEnabled();
    // Search is usable from the compact index before the dataset is in; the download follows.
    await expect.poll(() => downloads).toBe(1);
    expect(await waitForStored(page)).toBe(builtData().manifest.version);
  });
});

test.describe("storage unavailable", () => {
  test("IndexedDB throws on access (private mode): works in memory with a notice", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "indexedDB", {
        get() {
          throw new DOMException("blocked", "SecurityError");
        },
      });
    });
    await page.goto("/");
    await expect(page.getByText("Dataene kan ikke lagres på denne enheten")).toBeVisible();
    await expect((await searchFor(page, "9520")).first()).toContainText("Kautokeino");
  });

  test("another tab holds an older database version open: works in memory with a notice, no hang", async ({
    page,
    context,
  }) => {
    // The other tab: an old app version with the database open that never steps aside.
    const other = await context.newPage();
    await other.goto("/exit.html");
    await other.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const request = indexedDB.open("hjelpekart", 1);
          request.onsuccess = () => {
            (window as unknown as { held: IDBDatabase }).held = request.result;
            resolve();
          };
        }),
    );
    // This tab: a newer app that needs the next database version.
    await page.addInitScript(() => {
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
        return open.call(this, name, name === "hjelpekart" ? (version ?? 1) + 1 : version);
      };
    });
    await page.goto("/");
    await expect(page.getByText("Hjelpekart er åpent i en annen fane med en eldre versjon")).toBeVisible();
    await expect((await searchFor(page, "Bodø")).first()).toContainText("Bodø");
    await other.close();
  });

  test("this tab steps aside when another tab needs a newer database version", async ({ page, context }) => {
    await firstVisit(page);
    const other = await context.newPage();
    await other.goto("/exit.html");
    const outcome = await other.evaluate(
      () =>
        new Promise<string>((resolve) => {
          // One version above whatever the app uses now: a newer app in another tab.
          const request = indexedDB.open("hjelpekart", 1000);
          request.onblocked = () => resolve("blocked");
          request.onsuccess = () => resolve("opened");
          request.onerror = () => resolve("error");
        }),
    );
    expect(outcome).toBe("opened");
    // The first tab keeps working from memory.
    await expect((await searchFor(page, "Bodø")).first()).toContainText("Bodø");
  });
});

test.describe("app update", () => {
  test.use({ serviceWorkers: "allow" });

  test("a new app version deployed while the page is open: offered, nothing reloads until the button is clicked", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.locator("#search")).toBeEnabled();
    await waitForServiceWorker(page);
    // A page the worker controls (from the second load on): only then does a new worker have to wait.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await expect(page.locator("#search")).toBeEnabled();
    // A new deploy: sw.js changes (as it does when any shell file changes). Playwright cannot route the
    // browser's own service-worker update fetch, so the file on disk changes (the preview server reads it per request).
    const swPath = join(process.env.E2E_DIST ?? "dist", "sw.js");
    const original = readFileSync(swPath, "utf8");
    writeFileSync(swPath, `${original}\n// deploy 2\n`);
    try {
      await expectUpdateOffered(page);
    } finally {
      writeFileSync(swPath, original);
    }
  });
});

/** With a new service worker on the server: offered, not applied mid-task, applied on the button. */
async function expectUpdateOffered(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { marker: number }).marker = 1;
  });
  await page.locator("#search").fill("Tromsø");
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const notice = page.getByText("En ny versjon av Hjelpekart er klar.");
  await expect(notice).toBeVisible({ timeout: 15_000 });
  // Mid-task: nothing is applied by itself.
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  await expect(page.locator("#search")).toHaveValue("Tromsø");
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(
    true,
  );
  // Confirmed: the new worker takes over and the page reloads once.
  await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Oppdater nå" }).click()]);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
  await expect(page.locator("#search")).toBeEnabled();
  await expect(notice).toHaveCount(0);
}
