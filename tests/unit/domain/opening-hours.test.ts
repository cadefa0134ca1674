import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { norwegianPublicHolidays } from "../../../src/domain/holidays.ts";
import { openState } from "../../../src/domain/opening-hours.ts";
import type { CompiledHours } from "../../../src/domain/schema.ts";

const weekdays = (ranges: number[], closedOnHolidays = false): CompiledHours => ({
  week: [ranges, ranges, ranges, ranges, ranges, [], []],
  closedOnHolidays,
});
const at = (iso: string) => new Date(iso);
const HOLIDAYS = new Set([2025, 2026, 2027].flatMap(norwegianPublicHolidays));
const officeHours = weekdays([480, 960], true); // Mo-Fr 08:00-16:00; PH off
const nightlife: CompiledHours = { week: [[], [], [], [], [1320, 1620], [1320, 1620], []], closedOnHolidays: false };
const nights: CompiledHours = { week: Array.from({ length: 7 }, () => [1080, 1800]), closedOnHolidays: true };

// The device's zone must never matter: run everything in zones far from Oslo, with and without DST.
describe.each(["Europe/Oslo", "America/New_York", "Asia/Kolkata", "Pacific/Auckland"])("openState with TZ=%s", (tz) => {
  const previous = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = tz;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });

  it("is open on a winter weekday (UTC+1) until 16:00 Oslo time", () => {
    expect(openState(officeHours, HOLIDAYS, at("2026-01-14T09:00:00Z"))).toEqual({
      open: true,
      until: at("2026-01-14T15:00:00Z"),
    });
  });

  it("is open on a summer weekday (UTC+2) until 16:00 Oslo time", () => {
    expect(openState(officeHours, HOLIDAYS, at("2026-07-15T08:00:00Z"))).toEqual({
      open: true,
      until: at("2026-07-15T14:00:00Z"),
    });
  });

  it("opens and closes exactly on the minute: start inclusive, end exclusive", () => {
    expect(openState(officeHours, HOLIDAYS, at("2026-01-14T07:00:00Z")).open).toBe(true);
    expect(openState(officeHours, HOLIDAYS, at("2026-01-14T15:00:00Z"))).toEqual({
      open: false,
      next: at("2026-01-15T07:00:00Z"),
    });
  });

  it("finds Monday's opening from a Friday evening", () => {
    expect(openState(officeHours, HOLIDAYS, at("2026-01-16T18:00:00Z"))).toEqual({
      open: false,
      next: at("2026-01-19T07:00:00Z"),
    });
  });

  it("is closed on a holiday when closedOnHolidays, and open when not", () => {
    // 2026-05-14 is Kristi himmelfartsdag (Thursday).
    expect(openState(officeHours, HOLIDAYS, at("2026-05-14T08:00:00Z"))).toEqual({
      open: false,
      next: at("2026-05-15T06:00:00Z"),
    });
    expect(openState(weekdays([480, 960]), HOLIDAYS, at("2026-05-14T08:00:00Z")).open).toBe(true);
  });

  it("takes holidays as an array too", () => {
    expect(openState(officeHours, [...HOLIDAYS], at("2026-05-14T08:00:00Z")).open).toBe(false);
    expect(openState(officeHours, [], at("2026-05-14T08:00:00Z")).open).toBe(true);
  });

  it("skips Easter: closed from Skjærtorsdag to 2. påskedag", () => {
    expect(openState(officeHours, HOLIDAYS, at("2026-04-01T15:00:00Z"))).toEqual({
      open: false,
      next: at("2026-04-07T06:00:00Z"),
    });
  });

  it("keeps a range past midnight open on the next morning", () => {
    expect(openState(nightlife, HOLIDAYS, at("2026-01-17T00:00:00Z"))).toEqual({
      open: true,
      until: at("2026-01-17T02:00:00Z"),
    });
  });

  it("closes a holiday's whole calendar day but not the morning after it (as opening_hours.js)", () => {
    // Wednesday evening runs until midnight only, since Thursday 2026-05-14 is a holiday.
    expect(openState(nights, HOLIDAYS, at("2026-05-13T20:00:00Z"))).toEqual({
      open: true,
      until: at("2026-05-13T22:00:00Z"),
    });
    // The holiday's own evening range still opens at midnight into Friday.
    expect(openState(nights, HOLIDAYS, at("2026-05-14T18:00:00Z"))).toEqual({
      open: false,
      next: at("2026-05-14T22:00:00Z"),
    });
  });

  it("counts real hours across the spring clock change (22:00 CET to 03:00 CEST is 4 h)", () => {
    expect(openState(nightlife, HOLIDAYS, at("2026-03-28T21:00:00Z"))).toEqual({
      open: true,
      until: at("2026-03-29T01:00:00Z"),
    });
  });

  it("counts real hours across the autumn clock change (22:00 CEST to 03:00 CET is 6 h)", () => {
    expect(openState(nightlife, HOLIDAYS, at("2026-10-24T20:00:00Z"))).toEqual({
      open: true,
      until: at("2026-10-25T02:00:00Z"),
    });
    expect(openState(nightlife, HOLIDAYS, at("2026-10-25T01:30:00Z")).open).toBe(true);
  });

  it("never opens a range inside the skipped spring hour", () => {
    const skipped: CompiledHours = { week: [[], [], [], [], [], [], [120, 180]], closedOnHolidays: false };
    expect(openState(skipped, HOLIDAYS, at("2026-03-28T23:30:00Z"))).toEqual({
      open: false,
      next: at("2026-04-05T00:00:00Z"),
    });
  });

  it("starts a range at the first of two repeated autumn times", () => {
    const repeated: CompiledHours = { week: [[], [], [], [], [], [], [150, 240]], closedOnHolidays: false };
    expect(openState(repeated, HOLIDAYS, at("2026-10-24T23:00:00Z"))).toEqual({
      open: false,
      next: at("2026-10-25T00:30:00Z"),
    });
    expect(openState(repeated, HOLIDAYS, at("2026-10-25T01:30:00Z"))).toEqual({
      open: true,
      until: at("2026-10-25T03:00:00Z"),
    });
  });

  it("merges touching ranges across midnight", () => {
    const hours: CompiledHours = { week: [[], [0, 1440], [0, 120], [], [], [], []], closedOnHolidays: false };
    expect(openState(hours, HOLIDAYS, at("2026-01-13T11:00:00Z"))).toEqual({
      open: true,
      until: at("2026-01-14T01:00:00Z"),
    });
  });

  it("gives no end for 24/7 and no next opening when never open", () => {
    const always: CompiledHours = { week: Array.from({ length: 7 }, () => [0, 1440]), closedOnHolidays: false };
    expect(openState(always, HOLIDAYS, at("2026-05-17T12:00:00Z"))).toEqual({ open: true });
    const never: CompiledHours = { week: [[], [], [], [], [], [], []], closedOnHolidays: true };
    expect(openState(never, HOLIDAYS, at("2026-05-17T12:00:00Z"))).toEqual({ open: false });
  });

  it("searches only 14 days ahead", () => {
    const mondays: CompiledHours = { week: [[600, 660], [], [], [], [], [], []], closedOnHolidays: true };
    // From Saturday 17 January the window ends with Saturday 31 January: Monday 2 February is past it.
    expect(openState(mondays, ["2026-01-19", "2026-01-26"], at("2026-01-17T12:00:00Z"))).toEqual({ open: false });
    expect(openState(mondays, ["2026-01-19"], at("2026-01-17T12:00:00Z"))).toEqual({
      open: false,
      next: at("2026-01-26T09:00:00Z"),
    });
  });
});
