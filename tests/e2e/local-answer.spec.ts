/** A local answer in every municipality: Oslo's districts, the municipality as contact point, no maintainer notes. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { openAllGroups, openReady, searchFor } from "./helpers.ts";

const dist = process.env.E2E_DIST ?? "dist";

type ServiceRecord = { id: string; maintainerNote?: string } & { [field: string]: unknown };

/** The services of the dataset the tested build serves. */
function builtServices(): ServiceRecord[] {
  const manifest = JSON.parse(readFileSync(join(dist, "data/manifest.json"), "utf8"));
  return JSON.parse(readFileSync(join(dist, manifest.dataset.url), "utf8")).services;
}

/** The curated records the build is made from, notes included (the published dataset carries none). */
function registerServices(): ServiceRecord[] {
  const dir = "data/services";
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .flatMap((name) => JSON.parse(readFileSync(join(dir, name), "utf8")) as ServiceRecord[]);
}

/** Opens every offer group on a municipality page (cards render only in open groups) and waits for the cards. */
async function openGroupsAndCards(page: Page): Promise<void> {
  await expect(page.locator("#municipality-name")).toBeVisible();
  await openAllGroups(page);
  await expect(page.locator("article.service").first()).toBeVisible();
}

/** Words only maintainers write: "verify", "read through a third party", "according to the source", "fill in". */
const MARKERS = ["verifiser", "tredjepart", "per kilde", "fyll inn"];

/** The maintainer notes, whole and as their longer sentences, so a partly leaked note is caught too. */
function noteFragments(): string[] {
  const fragments = new Set<string>();
  for (const { maintainerNote, ...resident } of registerServices()) {
    if (!maintainerNote) continue;
    // A note may quote the record's own resident text (its audience, say); that sentence is no leak.
    const residentText = JSON.stringify(resident);
    fragments.add(maintainerNote.trim());
    for (const part of maintainerNote.split(/(?<=[.!?])\s+|\s+\|\s+|;\s+/)) {
      if (part.trim().length >= 40 && !residentText.includes(part.trim())) fragments.add(part.trim());
    }
  }
  return [...fragments];
}

const RESIDENT_VIEWS = [
  "/#/kommune/0301",
  "/#/kommune/0301?bydel=030102",
  "/#/kommune/0301?bydel=030112",
  "/#/kommune/5501",
  "/#/kommune/4601",
  "/#/kommune/1151",
  "/#/kommune/3201",
  "/#/kommune/3403",
  "/#/kommune/0301/utskrift",
  "/#/kommune/5501/utskrift",
  "/#/kommune/0301/utskrift?bydel=030112",
];

test("the dataset phones download carries no maintainer note", () => {
  const services = builtServices();
  expect(services.length).toBeGreaterThan(300);
  expect(services.filter((s) => "maintainerNote" in s)).toEqual([]);
  expect(noteFragments().length).toBeGreaterThan(100);
});

test("no maintainer note or maintainer phrase reaches a resident view or the print card", async ({ page }) => {
  const fragments = noteFragments();
  // The register has notes; the test above keeps them out of the download, this one off every resident screen.
  expect(fragments.length).toBeGreaterThan(100);
  for (const path of RESIDENT_VIEWS) {
    await page.goto(path);
    // Wait for the offers themselves, not only the heading, before reading the text; on the municipality page
    // every group is opened, so every card's text is read.
    if (path.includes("/utskrift")) await expect(page.locator(".print-entry").first()).toBeAttached();
    else await openGroupsAndCards(page);
    // textContent includes closed <details> (older information), which a resident can open.
    const text = (await page.locator("main").textContent()) ?? "";
    const lower = text.toLowerCase();
    for (const marker of MARKERS) expect(lower, `${path}: "${marker}"`).not.toContain(marker);
    const leaked = fragments.filter((fragment) => text.includes(fragment));
    expect(leaked, path).toEqual([]);
  }
});

test("searching a district by its folded name opens Oslo with that district chosen", async ({ page }) => {
  await openReady(page);
  const results = await searchFor(page, "grunerlokka");
  await expect(results.first()).toContainText("Grünerløkka");
  await results.first().click();
  await expect(page).toHaveURL(/#\/kommune\/0301\?bydel=030102$/);
  await expect(page.getByLabel("Bydel", { exact: true })).toHaveValue("030102");
  await expect(page.getByText("Viser tilbud for bydel Grünerløkka og tilbud for hele byen.")).toBeVisible();
  // Another district's RPH is not shown, and Grünerløkka's RPH is said to be unknown, not absent.
  await expect(page.locator("article.service", { hasText: "Alna" })).toHaveCount(0);
  await expect(
    page.getByText("Vi har ikke funnet et eget tilbud om rask psykisk helsehjelp for bydel Grünerløkka"),
  ).toBeVisible();
});

test("choosing a district in the select narrows the offers and goes into the link", async ({ page }) => {
  await openReady(page, "/#/kommune/0301");
  await openGroupsAndCards(page);
  const alnaOnly = page.locator("article.service", { hasText: "Bydel Alna" });
  // The whole city shows Alna's own offers; choosing another district hides them.
  await expect(alnaOnly.first()).toBeVisible();
  const before = await page.locator("article.service").count();
  await page.getByLabel("Bydel", { exact: true }).selectOption("030103");
  await expect(page).toHaveURL(/bydel=030103/);
  await expect(alnaOnly).toHaveCount(0);
  expect(await page.locator("article.service").count()).toBeLessThan(before);
  // Old links without a district keep working and show the whole city.
  await openReady(page, "/#/kommune/0301?alder=ungdom");
  await expect(page.getByLabel("Bydel", { exact: true })).toHaveValue("");
});

test("the municipality's website is a sourced contact point; where sources disagree the page says so", async ({
  page,
}) => {
  await openReady(page, "/#/kommune/3403");
  const link = page.getByRole("link", { name: /Nettstedet til Hamar/ });
  await expect(link).toHaveAttribute("href", /^https:\/\/www\.hamar\.kommune\.no/);
  await expect(page.getByText("Kilde: Enhetsregisteret")).toBeVisible();
  await openReady(page, "/#/kommune/1106");
  await expect(page.getByText("Vi har ikke kunnet bekrefte adressen til nettstedet til Haugesund")).toBeVisible();
});

test("where no low-threshold offer is registered, the page says what to ask for and links 116 117", async ({
  page,
}) => {
  await openReady(page, "/#/kommune/1151");
  await expect(page.getByText("Kontakt kommunen og spør etter «psykisk helse og rus».")).toBeVisible();
  await expect(page.locator(".nothing-registered a[href='tel:116117']")).toBeVisible();
});

test.describe("near me in Oslo", () => {
  test.use({ geolocation: { latitude: 59.9226, longitude: 10.7579 }, permissions: ["geolocation"] });
  test("a position at Olaf Ryes plass opens Oslo with Grünerløkka chosen", async ({ page }) => {
    await openReady(page);
    await page.getByRole("button", { name: "Bruk min posisjon" }).click();
    await expect(page).toHaveURL(/#\/kommune\/0301\?bydel=030102$/);
    await expect(page.getByLabel("Bydel", { exact: true })).toHaveValue("030102");
  });
});

test.describe("near me in Sentrum", () => {
  test.use({ geolocation: { latitude: 59.9111, longitude: 10.7528 }, permissions: ["geolocation"] });
  test("a position at Oslo S, in no district polygon, opens St. Hanshaugen", async ({ page }) => {
    await openReady(page);
    await page.getByRole("button", { name: "Bruk min posisjon" }).click();
    await expect(page).toHaveURL(/#\/kommune\/0301\?bydel=030104$/);
  });
});
