/**
 * Which municipality a position is in, worked out on the device from the municipality boundaries
 * (TopoJSON, object "kommuner", geometry ids = municipality numbers). Loaded lazily: only "use my location" needs it.
 */
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/** Where a position landed. */
export type LocateResult =
  | { kind: "inside"; number: string }
  /** Outside every polygon but close to one (sea, skerries, simplified coastline). */
  | { kind: "near"; number: string; distanceKm: number }
  | { kind: "outside" };

/** How far outside the nearest boundary a position may be and still count (simplified coast, boats near shore). */
export const NEAR_LIMIT_KM = 2;

const EARTH_RADIUS_KM = 6371;

type Area = Feature<Polygon | MultiPolygon>;

/** A prepared lookup over one topology, so repeated positions do not rebuild the features. */
export interface Locator {
  locate(latitude: number, longitude: number): LocateResult;
}

/** Builds a locator from a TopoJSON topology with a "kommuner" object; throws when that object is missing. */
export function createLocator(topology: unknown, objectName = "kommuner"): Locator {
  const topo = topology as Topology;
  const object = topo?.objects?.[objectName] as GeometryCollection | undefined;
  if (object?.type !== "GeometryCollection") throw new Error(`topology has no ${objectName} collection`);
  const collection = feature(topo, object) as unknown as { features: Area[] };
  const areas = collection.features.filter(
    (f) => f.geometry && (f.geometry.type === "Polygon" || f.geometry.type === "MultiPolygon") && f.id !== undefined,
  );
  const boxes = areas.map((area) => bbox(area));
  return {
    locate(latitude, longitude) {
      const point: Position = [longitude, latitude];
      for (let i = 0; i < areas.length; i++) {
        const box = boxes[i]!;
        if (longitude < box[0] || longitude > box[2] || latitude < box[1] || latitude > box[3]) continue;
        if (booleanPointInPolygon(point, areas[i]!)) return { kind: "inside", number: String(areas[i]!.id) };
      }
      let best: { number: string; distanceKm: number } | undefined;
      for (let i = 0; i < areas.length; i++) {
        // A box further away than the limit cannot hold a closer edge.
        if (boxDistanceKm(boxes[i]!, latitude, longitude) > NEAR_LIMIT_KM) continue;
        const distanceKm = distanceToAreaKm(areas[i]!, latitude, longitude);
        if (distanceKm <= NEAR_LIMIT_KM && (!best || distanceKm < best.distanceKm)) {
          best = { number: String(areas[i]!.id), distanceKm };
        }
      }
      return best ? { kind: "near", ...best } : { kind: "outside" };
    },
  };
}

/** One-off lookup; prefer createLocator for repeated positions. */
export function locate(topology: unknown, latitude: number, longitude: number): LocateResult {
  return createLocator(topology).locate(latitude, longitude);
}

function ringsOf(area: Area): Position[][] {
  return area.geometry.type === "Polygon" ? area.geometry.coordinates : area.geometry.coordinates.flat();
}

function bbox(area: Area): [number, number, number, number] {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const ring of ringsOf(area)) {
    for (const [x, y] of ring as [number, number][]) {
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  return [minX, minY, maxX, maxY];
}

/** Kilometres per degree of longitude and latitude near a latitude (equirectangular: exact enough within a few km). */
function scale(latitude: number): [number, number] {
  const kmPerDegree = (Math.PI / 180) * EARTH_RADIUS_KM;
  return [kmPerDegree * Math.cos((latitude * Math.PI) / 180), kmPerDegree];
}

function boxDistanceKm(box: [number, number, number, number], latitude: number, longitude: number): number {
  const [kx, ky] = scale(latitude);
  const dx = Math.max(box[0] - longitude, 0, longitude - box[2]) * kx;
  const dy = Math.max(box[1] - latitude, 0, latitude - box[3]) * ky;
  return Math.hypot(dx, dy);
}

/** Shortest distance from the point to any edge of the area, in km. */
function distanceToAreaKm(area: Area, latitude: number, longitude: number): number {
  const [kx, ky] = scale(latitude);
  let best = Number.POSITIVE_INFINITY;
  for (const ring of ringsOf(area)) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const ax = (ring[i]![0]! - longitude) * kx;
      const ay = (ring[i]![1]! - latitude) * ky;
      const bx = (ring[i + 1]![0]! - longitude) * kx;
      const by = (ring[i + 1]![1]! - latitude) * ky;
      best = Math.min(best, segmentDistance(ax, ay, bx, by));
    }
  }
  return best;
}

/** Distance from the origin to the segment a–b. */
function segmentDistance(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}
