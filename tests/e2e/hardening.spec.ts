/** Findings of a hostile review, each checked in the production build: stuck first visits, exports, the skip link, shared devices. */
import { expect, type Page, test } from "@playwright/test";
import { builtData } from "./fault-helpers.ts";
import { waitForServiceWorker } from "./helpers.ts";

const NETWORK_ALERT = "Tjenesteoversikten kunne ikke hentes.";

/** Reads every error report stored on the device. */
function storedReports(page: Page): Promise<{ id: string; sentAt?: string }[]> {
  return page.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open("hjelpekart");
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("reports")) return done([]);
          const all = db.transaction("reports").objectStore("reports").getAll();
          all.onsuccess = () => {
            db.close();
            done(all.result);
          };
        };
      }),
  );
}

test.describe("first visit: every failure ends in a message with Retry", () => {
  for (const status of [404, 500, 503]) {
    test(`the dataset answers ${status} while the geometry is still downloading: alert with Retry, not a frozen percentage`, async ({
      page,
    }) => {
      const { manifest } = builtData();
      let failedAt = 0;
      await page.route(`**/${manifest.dataset.url}`, async (route) => {
        await new Promise((wait) => setTimeout(wait, 300));
        failedAt = Date.now();
        await route.fulfill({ status, body: "error" });
      });
      await page.route(`**/${manifest.geometry.url}`, async (route) => {
        await new Promise((wait) => setTimeout(wait, 2500));
        await route.continue().catch(() => undefined);
      });
      await page.goto("/");
      const alert = page.getByRole("alert");
      await expect(alert).toContainText(NETWORK_ALERT, { timeout: 5000 });
      expect(Date.now() - failedAt).toBeLessThan(1000);
      await expect(alert.getByRole("button", { name: "Prøv igjen" })).toBeVisible();
      // After the geometry would have arrived, the failure is still what the page says.
      await page.waitForTimeout(3000);
      await expect(alert).toContainText(NETWORK_ALERT);
      await expect(page.getByText(/Henter tjenesteoversikten: \d+ %/)).toHaveCount(0);
      await page.unroute(`**/${manifest.dataset.url}`);
      await page.unroute(`**/${manifest.geometry.url}`);
      await alert.getByRole("button", { name: "Prøv igjen" }).click();
      await expect(page.locator("#search")).toBeEnabled({ timeout: 15_000 });
    });
  }

  test("a manifest request that hangs is given up: alert with Retry after the request timeout", async ({ page }) => {
    test.setTimeout(45_000);
    let hang = true;
    await page.route("**/data/manifest.json", async (route) => {
      if (hang) return; // never answered
      await route.continue();
    });
    await page.goto("/");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText(NETWORK_ALERT, { timeout: 13_000 }); // REQUEST_TIMEOUT_MS (10 s) + margin
    hang = false;
    await alert.getByRole("button", { name: "Prøv igjen" }).click();
    await expect(page.locator("#search")).toBeEnabled({ timeout: 15_000 });
  });
});

test.describe("the built page and its files", () => {
  test("the built index.html carries the Content-Security-Policy meta tag", async ({ page }) => {
    // Read from the served build, not from the source index.html: the build must keep it.
    await page.goto("/");
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content", { timeout: 2000 });
    expect(csp).toContain("default-src 'self'");
    const scriptSrc = csp?.split(";").find((part) => part.trim().startsWith("script-src"));
    expect(scriptSrc?.trim()).toMatch(/^script-src 'self' 'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(csp).toContain("object-src 'none'");
  });

  test("with the service worker in control, data files open as themselves, not as the app's HTML", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("#search")).toBeEnabled();
    await waitForServiceWorker(page);
    for (const path of ["/data/manifest.json", "/hsds/services.json"]) {
      const response = await page.goto(path);
      expect(response?.headers()["content-type"] ?? "", path).not.toContain("text/html");
      const text = await page.locator("body").innerText();
      expect(() => JSON.parse(text), path).not.toThrow();
    }
  });
});

test("the skip link moves focus to the content and keeps the route (#/kommune/1804?alder=ungdom)", async ({ page }) => {
  await page.goto("/#/kommune/1804?alder=ungdom");
  await expect(page.locator("h1")).toHaveText("Bodø");
  // The view focuses its heading on arrival; a keyboard user reaches the skip link first from the top.
  await page.getByRole("link", { name: "Hopp til innholdet" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
  expect(new URL(page.url()).hash).toBe("#/kommune/1804?alder=ungdom");
  await expect(page.locator("h1")).toHaveText("Bodø");
});

test.describe("shared devices: a sent report leaves the device", () => {
  test.beforeEach(async ({ page }) => {
    // Copying counts as sending; the test browser has no clipboard permission, so it is stubbed.
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.resolve() } });
    });
  });

  async function writeReport(page: Page, keep: boolean): Promise<void> {
    await page.goto("/#/meld-feil?kommune=1804");
    await page.getByLabel("Telefonnummeret").check();
    await page.getByLabel("Beskriv feilen").fill("Nummeret går til sentralbordet. Kari Nordmann, Storgata 1");
    await page.getByLabel("Din e-postadresse (valgfritt)").fill("kari@example.no");
    if (keep) await page.getByLabel("Behold meldingen på denne enheten etter at den er sendt").check();
    await page.getByRole("button", { name: "Lagre meldingen" }).click();
    await expect.poll(async () => (await storedReports(page)).length).toBe(1);
    await page.getByRole("button", { name: "Kopier teksten" }).click();
  }

  test("sent: removed from IndexedDB at once, shown only until the page is left", async ({ page }) => {
    await writeReport(page, false);
    await expect(page.getByText("Meldingen er fjernet fra enheten")).toBeVisible();
    await expect.poll(async () => (await storedReports(page)).length).toBe(0);
    await page.reload();
    await expect(page.getByText("Ingen lagrede meldinger.")).toBeVisible();
  });

  test("kept on request: stays stored, marked as sent", async ({ page }) => {
    await writeReport(page, true);
    await expect.poll(async () => (await storedReports(page))[0]?.sentAt).toBeTruthy();
    await page.reload();
    await expect(page.getByText(/Kopiert/)).toBeVisible();
  });
});

test("shared devices: the editor's draft (with the contributor's name) leaves the device once the file is downloaded", async ({
  page,
}) => {
  const drafts = () =>
    page.evaluate(
      () =>
        new Promise<number>((done) => {
          const open = indexedDB.open("hjelpekart");
          open.onsuccess = () => {
            const count = open.result.transaction("drafts").objectStore("drafts").count();
            count.onsuccess = () => {
              open.result.close();
              done(count.result);
            };
          };
        }),
    );
  await page.goto("/#/rediger/1804");
  await page.getByLabel("Kort beskrivelse").fill("Samtaler for voksne, uten henvisning.");
  await page.getByLabel("Ditt navn (valgfritt)").fill("Kari Nordmann");
  await expect(page.getByText("Utkastet er lagret på enheten.")).toBeVisible();
  expect(await drafts()).toBe(1);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Last ned filen" }).click();
  await download;
  await expect(page.getByText("Utkastet er fjernet fra denne enheten.")).toBeVisible();
  expect(await drafts()).toBe(0);
});
