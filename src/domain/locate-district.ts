/**
 * Which Oslo district a position is in, on the device, from the district boundaries in the app's topology
 * (object "bydeler", ids = district codes). Sentrum and Marka belong to no district polygon.
 */
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/** Name of the district object in the app's topology. */
export const DISTRICT_OBJECT = "bydeler";

/**
 * Residents of Sentrum (030116, no polygon of its own) are served by Bydel St. Hanshaugen (030104), as the
 * district register's note says (Oslo byleksikon, «Administrativ inndeling»).
 */
export const SENTRUM_SERVED_BY = "030104";

/** How far to look in each direction for surrounding districts when a point is in none (km). */
const ENCLOSURE_KM = 3;
const STEP_KM = 0.1;
const KM_PER_DEGREE = (Math.PI / 180) * 6371;
const D = Math.SQRT1_2;
/** Eight compass directions as unit steps (east, north). */
const DIRECTIONS: readonly [number, number][] = [
  [0, 1],
  [D, D],
  [1, 0],
  [D, -D],
  [0, -1],
  [-D, -D],
  [-1, 0],
  [-D, D],
];

/** Where a position landed among the districts. */
export type DistrictResult =
  | { kind: "inside"; code: string }
  /** In no polygon but with districts to the north and in six of eight directions (open to the fjord): Sentrum, served by St. Hanshaugen. */
  | { kind: "sentrum"; code: string }
  /** In no district: Marka (served by one of six districts, which one the sources do not say per spot) or water. */
  | { kind: "none" };

/** A prepared district lookup. */
export interface DistrictLocator {
  locate(latitude: number, longitude: number): DistrictResult;
}

type Area = Feature<Polygon | MultiPolygon>;

/** Builds a district lookup; a topology without districts gives a lookup that always answers "none". */
export function createDistrictLocator(topology: unknown): DistrictLocator {
  const topo = topology as Topology;
  const object = topo?.objects?.[DISTRICT_OBJECT] as GeometryCollection | undefined;
  const areas: Area[] =
    object?.type === "GeometryCollection"
      ? (feature(topo, object) as unknown as { features: Area[] }).features.filter((f) => f.geometry && f.id)
      : [];
  const at = (latitude: number, longitude: number): string | undefined =>
    areas.find((area) => booleanPointInPolygon([longitude, latitude], area))?.id?.toString();
  const enclosed = (latitude: number, longitude: number): boolean => {
    const kx = KM_PER_DEGREE * Math.cos((latitude * Math.PI) / 180);
    const hits = DIRECTIONS.filter(([dx, dy]) => {
      for (let km = STEP_KM; km <= ENCLOSURE_KM; km += STEP_KM) {
        if (at(latitude + (dy * km) / KM_PER_DEGREE, longitude + (dx * km) / kx)) return true;
      }
      return false;
    });
    // North first in DIRECTIONS: Sentrum has districts to the north and on most sides, open only to the fjord.
    return hits.length >= 6 && hits.includes(DIRECTIONS[0]!);
  };
  return {
    locate(latitude, longitude) {
      const code = at(latitude, longitude);
      if (code) return { kind: "inside", code };
      // Sentrum is the gap in the middle of the city, open only toward the fjord; Marka lies at the edge,
      // with no district north of it or none in several directions, and stays "Oslo, no district".
      if (areas.length > 0 && enclosed(latitude, longitude)) return { kind: "sentrum", code: SENTRUM_SERVED_BY };
      return { kind: "none" };
    },
  };
}
