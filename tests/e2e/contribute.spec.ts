import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { waitForServiceWorker } from "./helpers.ts";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const shots = process.env.E2E_RESULTS ?? "test-results";

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target})`);
}

/** Opens the editor for a municipality and waits until its draft and the schema are loaded. */
async function openEditor(page: Page, number: string) {
  await page.goto(`/#/rediger/${number}`);
  await expect(page.locator("#editor-title")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("heading", { name: "Tilbud i utkastet" })).toBeVisible();
}

test("an error report written offline survives a reload and becomes the expected mailto link", async ({
  page,
  context,
}) => {
  await page.goto("/#/kommune/3403");
  await expect(page.locator("#municipality-name")).toHaveText("Hamar");
  await waitForServiceWorker(page);
  await context.setOffline(true);
  // Reloaded offline first, as offline.spec does: the page is then served by the service worker throughout.
  await page.reload();
  await expect(page.locator("#municipality-name")).toHaveText("Hamar");

  await page.goto("/#/meld-feil?kommune=3403&tilbud=lt-3403-hamar-sagatun");
  await expect(page.getByRole("heading", { name: "Meld feil" })).toBeVisible();
  await expect(page.getByText("Gjelder tilbudet Sagatun Brukerstyrt Senter / Sagatun Recovery i Hamar.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Nothing ticked and no text: refused with a readable message.
  await page.getByRole("button", { name: "Lagre meldingen" }).click();
  await expect(page.getByRole("alert")).toContainText("Kryss av for hva som er feil, eller beskriv feilen.");

  await page.getByLabel("Telefonnummeret").check();
  await page.getByLabel("Åpningstiden").check();
  await page
    .getByLabel("Beskriv feilen")
    .fill("Nummeret går til sentralbordet & åpningstiden er endret (tirsdag 10–14).");
  await page.getByLabel("Din e-postadresse (valgfritt)").fill("ola@example.com");
  await page.screenshot({ path: `${shots}/contribute-report-form.png`, fullPage: true });
  await page.getByRole("button", { name: "Lagre meldingen" }).click();
  await expect(page.getByText("Meldingen er lagret på enheten.")).toBeVisible();

  await page.reload();
  const report = page.locator(".err-report").first();
  await expect(report).toContainText("Feil i Hjelpekart: Sagatun Brukerstyrt Senter / Sagatun Recovery");
  await expect(report).toContainText("Ikke sendt");
  await page.screenshot({ path: `${shots}/contribute-report-saved.png`, fullPage: true });

  const href = await report.getByRole("link", { name: "Send med e-post" }).getAttribute("href");
  expect(href).toMatch(/^mailto:[^?]+@[^?]+\?subject=/);
  const subject = decodeURIComponent(/subject=([^&]*)/.exec(href!)![1]!);
  const body = decodeURIComponent(/body=([^&]*)$/.exec(href!)![1]!);
  expect(subject).toBe("Feil i Hjelpekart: Sagatun Brukerstyrt Senter / Sagatun Recovery");
  expect(body).toContain("Kommune: Hamar (3403)");
  expect(body).toContain("Tilbud: Sagatun Brukerstyrt Senter / Sagatun Recovery (lt-3403-hamar-sagatun)");
  expect(body).toContain("Hva er feil: Telefonnummeret, Åpningstiden");
  expect(body).toContain("Nummeret går til sentralbordet & åpningstiden er endret (tirsdag 10–14).");
  expect(body).toContain("Kontakt: ola@example.com");
  const json = JSON.parse(/```json\r\n([\s\S]*?)\r\n```/.exec(body)![1]!);
  expect(json).toMatchObject({
    format: "hjelpekart-report",
    municipality: "3403",
    serviceId: "lt-3403-hamar-sagatun",
    problems: ["phone", "hours"],
    contact: "ola@example.com",
    language: "nb",
  });

  // Sending is the user's own action: following the link marks it handed over (the mail app is not opened here).
  await page.route("mailto:*", (route) => route.abort());
  await report
    .getByRole("link", { name: "Send med e-post" })
    .evaluate((a) => a.addEventListener("click", (e) => e.preventDefault()));
  await report.getByRole("link", { name: "Send med e-post" }).click();
  await expect(report).toContainText("Åpnet i e-postprogrammet");
  // A shared device: once sent, the report leaves storage and is listed only until the page is left.
  await expect(report).toContainText("Meldingen er fjernet fra enheten");
  await page.reload();
  await expect(page.getByText("Ingen lagrede meldinger.")).toBeVisible();
});

test("the editor refuses an invalid phone number and a javascript: link with readable messages", async ({ page }) => {
  await openEditor(page, "3403");
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Legg til et nytt tilbud" }).click();
  await page.getByLabel("Navn på tilbudet").fill("Testtilbud");
  await page.getByRole("button", { name: "Legg til kontakt" }).click();
  const value = page.getByLabel("Nummer, lenke eller adresse");
  await value.fill("1234");
  await value.blur();
  await expect(
    page.locator(".record-form").getByText("Telefonnummeret må ha 8 siffer, for eksempel 62 50 97 55"),
  ).toBeVisible();
  await expect(value).toHaveAttribute("aria-invalid", "true");
  // The preview shows the card; an invalid number is never offered as a valid one.
  await page.getByLabel("Slags kontakt").selectOption("web");
  await value.fill("javascript:alert(1)");
  await expect(page.locator(".record-form").getByText("Lenken må starte med https://")).toBeVisible();
  await expect(page.locator('.editor__preview a[href^="javascript:"]')).toHaveCount(0);
  // The export is blocked while a problem remains.
  await expect(page.getByText(/1 tilbud har feil som må rettes før eksport/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Last ned filen" })).toHaveCount(0);
  await value.fill("https://www.hamar.kommune.no/");
  await expect(page.locator(".record-form").getByText("Lenken må starte med https://")).toHaveCount(0);
  await page.screenshot({ path: `${shots}/contribute-editor-errors.png`, fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
});

test("a draft survives a reload", async ({ page }) => {
  await openEditor(page, "5601");
  await page.getByRole("button", { name: "Legg til et nytt tilbud" }).click();
  await page.getByLabel("Navn på tilbudet").fill("Utkast som skal overleve");
  await expect(page.getByText("Utkastet er lagret på enheten.")).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Fortsetter på utkastet ditt fra/)).toBeVisible();
  await expect(page.locator(".editor__pick", { hasText: "Utkast som skal overleve" })).toBeVisible();
});

test("the editor exports a file that npm run data:add accepts and merges (round trip)", async ({ page }) => {
  test.setTimeout(90_000);
  await openEditor(page, "3403");
  await page.getByRole("button", { name: "Legg til et nytt tilbud" }).click();
  await page.getByLabel("Navn på tilbudet").fill("Samtaletilbud for unge i Hamar");
  await page.getByLabel("Type tilbud").selectOption("low-threshold-other");
  await page.getByLabel("Hvem driver det").fill("Hamar kommune");
  await page.getByLabel("Rus").check();
  await page.getByLabel("Henvisning").selectOption("not-needed");
  await page.getByLabel("Pris").selectOption("free");
  await page.getByRole("button", { name: "Legg til kontakt" }).click();
  await page.getByLabel("Nummer, lenke eller adresse").fill("+47 62 50 97 55");
  await page.getByLabel("Åpningstid (fast format)").fill("Mo-Fr 08:00-15:30; PH off");
  await page.getByLabel("Kilde: lenke").fill("https://www.hamar.kommune.no/");
  await page.getByLabel("Kilde: dato eller «udatert»").fill("2025-03-03");
  await page.getByLabel("Kildens dato (ÅÅÅÅ-MM-DD)").fill("2025-03-03");
  // An existing record changed as well: Sagatun's cost.
  await page.getByRole("button", { name: /Sagatun Brukerstyrt Senter/ }).click();
  await page.getByLabel("Pris").selectOption("free");
  await page.getByLabel("Ditt navn (valgfritt)").fill("Kari Nordmann");
  await expect(page.getByText("1 nye og 1 endrede tilbud i filen.")).toBeVisible();
  await expect(page.locator(".editor__preview")).toContainText("Gratis");
  await page.screenshot({ path: `${shots}/contribute-editor.png`, fullPage: true });
  expect(await axeViolations(page)).toEqual([]);

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Last ned filen" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^hjelpekart-3403-\d{4}-\d{2}-\d{2}\.json$/);
  const temp = mkdtempSync(join(tmpdir(), "hjelpekart-e2e-add-"));
  try {
    const file = join(temp, download.suggestedFilename());
    await download.saveAs(file);
    const contribution = JSON.parse(readFileSync(file, "utf8"));
    expect(contribution).toMatchObject({ format: "hjelpekart-contribution", municipality: "3403" });
    expect(contribution.services).toHaveLength(2);
    const curated = join(temp, "data");
    cpSync(join(repoRoot, "data"), curated, { recursive: true });
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/build/cli/data-add.ts", file], {
      cwd: repoRoot,
      encoding: "utf8",
      env: { ...process.env, HJELPEKART_CURATED_DIR: curated },
    });
    console.log(run.stdout, run.stderr);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("1 added, 1 changed, 0 removed");
    expect(run.stdout).toContain("+ added   lt-3403-samtaletilbud-for-unge-i-hamar");
    expect(run.stdout).toContain('    cost: "unknown" → "free"');
    const added = JSON.parse(readFileSync(join(curated, "services/contributed-3403.json"), "utf8"));
    expect(added).toEqual([
      expect.objectContaining({
        id: "lt-3403-samtaletilbud-for-unge-i-hamar",
        contacts: [{ kind: "phone", number: "62509755" }],
        openingHours: "Mo-Fr 08:00-15:30; PH off",
        topics: ["mental-health", "substance-use"],
        area: { municipalities: ["3403"] },
      }),
    ]);
    const check = spawnSync(process.execPath, ["--import", "tsx", "src/build/cli/data-check.ts", curated], {
      cwd: repoRoot,
      encoding: "utf8",
    });
    expect(check.status, check.stderr).toBe(0);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
});
