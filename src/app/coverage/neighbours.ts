/** Neighbouring municipalities from the shared borders in the TopoJSON. */
import { neighbors } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

const cache = new WeakMap<Topology, Map<string, string[]>>();

/** Municipality numbers sharing a border with each municipality (computed once per topology). */
export function neighbourMap(topology: Topology): Map<string, string[]> {
  let result = cache.get(topology);
  if (!result) {
    const geometries = (topology.objects.kommuner as GeometryCollection).geometries;
    const ids = geometries.map((g) => String(g.id));
    result = new Map(neighbors(geometries).map((list, i) => [ids[i]!, list.map((j) => ids[j]!)]));
    cache.set(topology, result);
  }
  return result;
}
