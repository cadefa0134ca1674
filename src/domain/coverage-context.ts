/**
 * National figures beside our own count: "the national survey says about 95; we have sourced evidence for N".
 * Figures are matched to an offer group by their `topic`, never by id, so new figures for a topic appear by themselves.
 */
import { type MunicipalityCoverage, summarize } from "./coverage.ts";
import { namesDistrict } from "./districts.ts";
import type { NationalFigure } from "./national-figure.ts";
import type { OfferGroupId } from "./offers.ts";
import type { Dataset, Municipality } from "./schema.ts";

/** Which offer group a figure's topic counts (topics compared case-insensitively); unlisted topics get no count of ours. */
export const TOPIC_GROUPS: Readonly<Record<string, OfferGroupId>> = {
  rph: "rph",
  "act/fact": "act-fact",
  hfu: "youth",
  studentsamskipnader: "student",
};

/** One topic: the national figures as printed, and what our sources confirm for the same group. */
export interface TopicContext {
  topic: string;
  figures: NationalFigure[];
  group?: OfferGroupId;
  /** Municipalities where our sources confirm the group, by the age of the newest evidence. */
  ours?: { confirmed: number; recent: number; old: number; districts: number };
}

/** Groups the figures by topic (file order) and adds our count where the topic maps to a group. */
export function nationalContext(
  figures: readonly NationalFigure[],
  dataset: Pick<Dataset, "services" | "districts"> & { municipalities: readonly Municipality[] },
  table: ReadonlyMap<string, MunicipalityCoverage>,
): TopicContext[] {
  const topics = new Map<string, TopicContext>();
  for (const figure of figures) {
    const key = figure.topic.trim().toLowerCase();
    let entry = topics.get(key);
    if (!entry) {
      const group = TOPIC_GROUPS[key];
      entry = { topic: figure.topic, figures: [], ...(group ? { group } : {}) };
      if (group) {
        const summary = summarize(dataset.municipalities, table, group);
        entry.ours = {
          confirmed: summary.byState.confirmed.municipalities,
          recent: summary.confirmedByAge.recent.municipalities,
          old: summary.confirmedByAge.old.municipalities,
          districts: group === "rph" ? districtsWithRph(dataset) : 0,
        };
      }
      topics.set(key, entry);
    }
    entry.figures.push(figure);
  }
  return [...topics.values()];
}

/** City districts with an active RPH of their own ("kommuner og bydeler" in national counts). */
function districtsWithRph(dataset: Pick<Dataset, "services" | "districts">): number {
  const rph = dataset.services.filter((s) => s.type === "rph" && s.status === "active" && !s.supersededBy);
  return dataset.districts.filter((d) => rph.some((s) => namesDistrict(s, d))).length;
}
