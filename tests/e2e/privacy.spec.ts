/** Privacy by construction: every view and flow talks only to the app's own origin and sets no cookies. */
import { expect, test } from "@playwright/test";
import { VIEW_HASHES } from "./fault-helpers.ts";
import { searchFor, waitForServiceWorker } from "./helpers.ts";

test("every view and flow requests only the app's own origin, and no cookie is set", async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const own = new URL(baseURL ?? "http://127.0.0.1").origin;
  const requests: string[] = [];
  // The context sees the page's requests and those of its service worker.
  context.on("request", (request) => requests.push(request.url()));

  // Front page, first visit: shell, manifest, dataset, geometry, service worker.
  await page.goto("/");
  await expect(page.locator("#search")).toBeEnabled();
  await waitForServiceWorker(page);

  // Search flow: by name, by postal code, keyboard into a result.
  for (const query of ["Tromsø", "9520", "guovdageaidnu", "rask psykisk"]) await searchFor(page, query);
  const results = await searchFor(page, "Bodø");
  await results.first().click();
  await expect(page.locator("h1")).toHaveText("Bodø");

  // Every view, in every language.
  for (const language of ["nn", "en", "nb"]) {
    await page.goto("/");
    await page.locator(".header__language select").selectOption(language);
    for (const hash of VIEW_HASHES) {
      await page.goto(`/${hash}`);
      await page.waitForLoadState("networkidle");
    }
  }

  // The report form, the editor and "use my location" (resolved on the device: no lookup service).
  for (const hash of ["#/meld-feil?kommune=1804", "#/meld-feil?kommune=1804&tilbud=rph-1804", "#/rediger/1804"]) {
    await page.goto(`/${hash}`);
    await expect(page.locator("h1")).toBeVisible();
    await page.waitForLoadState("networkidle");
  }
  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation({ latitude: 67.2804, longitude: 14.4049 }); // Bodø
  await page.goto("/");
  await expect(page.locator("#search")).toBeEnabled();
  await page.getByRole("button", { name: "Bruk min posisjon" }).click();
  await expect(page.locator("h1")).toHaveText("Bodø");
  await page.waitForLoadState("networkidle");

  // Offline and back: the update check on `online` also stays home.
  await context.setOffline(true);
  await page.reload();
  await context.setOffline(false);
  await page.waitForLoadState("networkidle");

  // Quick exit is the one request to another site, and only when the person asks for it: it leaves for the
  // configured neutral destination (answered here, so nothing leaves the machine).
  const exit = "https://www.yr.no/";
  await page.route(`${exit}**`, (route) => route.fulfill({ contentType: "text/html", body: "<title>x</title>" }));
  await page.goto("/");
  const beforeExit = requests.length;
  await page.getByRole("button", { name: "Rask utgang" }).click();
  await page.waitForURL(exit);
  const afterExit = requests.slice(beforeExit).filter((url) => !url.startsWith(own));
  expect(afterExit[0]).toBe(exit);
  expect(afterExit.every((url) => url.startsWith(exit))).toBe(true);
  requests.splice(beforeExit);
  await page.goto("/exit.html"); // back on the app's origin to read what it stored

  const foreign = requests.filter((url) => {
    const parsed = new URL(url);
    return parsed.protocol !== "data:" && parsed.protocol !== "blob:" && parsed.origin !== own;
  });
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(10);
  expect(requests.some((url) => url.includes("/data/dataset-"))).toBe(true);
  expect(await context.cookies()).toEqual([]);
  // No storage beyond what the app documents: IndexedDB "hjelpekart" and the language in localStorage.
  const storage = await page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    databases: (await indexedDB.databases()).map((db) => db.name),
  }));
  expect(storage.session).toEqual([]);
  expect(storage.local.every((key) => key.startsWith("hjelpekart."))).toBe(true);
  expect(storage.databases).toEqual(["hjelpekart"]);
});
