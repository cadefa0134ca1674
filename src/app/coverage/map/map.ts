/**
 * The coverage map, loaded on demand as its own chunk (map-*.js/css): municipality polygons are the
 * base map, so there are no tiles, no third-party requests, and it works offline from IndexedDB.
 */
// Leaflet's own CSS inlines marker and layer-control images we never use; this trimmed copy keeps the map CSS small.
import "./leaflet-core.css";
import "./map.css";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import {
  control,
  type GeoJSON,
  geoJSON,
  type Layer,
  map as leafletMap,
  type Polygon,
  svg,
} from "leaflet/dist/leaflet-src.esm.js";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { COVERAGE_STATES, type CoverageState } from "../../../domain/coverage.ts";
import { hatchId, STATE_COLOURS } from "./palette.ts";

/** How one municipality is drawn. */
export interface MapCell {
  state: CoverageState;
  stale: boolean;
  /** Accessible name and tooltip text, e.g. "Tromsø: confirmed". */
  label: string;
}

/** What the map needs from the page. */
export interface CoverageMapOptions {
  container: HTMLElement;
  topology: Topology;
  cells: ReadonlyMap<string, MapCell>;
  /** Municipality numbers in keyboard order (by name). */
  order: readonly string[];
  onOpen: (number: string) => void;
  zoomInTitle: string;
  zoomOutTitle: string;
  attribution: string;
}

/** A drawn map. */
export interface CoverageMap {
  /** Recolours and relabels every municipality (another offer group or language). */
  update: (cells: ReadonlyMap<string, MapCell>) => void;
  destroy: () => void;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Draws the map into the container and returns a handle to recolour or remove it. */
export function drawCoverageMap(options: CoverageMapOptions): CoverageMap {
  const { topology } = options;
  const object = topology.objects.kommuner as GeometryCollection;
  const collection = feature(topology, object) as FeatureCollection<Geometry>;
  const patterns = hatchPatterns();
  options.container.append(patterns);

  const map = leafletMap(options.container, {
    renderer: svg({ padding: 0.5 }),
    zoomControl: false,
    attributionControl: false,
    // Arrow keys move between municipalities instead; wheel zoom would trap page scrolling.
    keyboard: false,
    scrollWheelZoom: false,
    zoomSnap: 0.25,
    // Closed tooltips fade out for 200 ms otherwise; with arrow-key browsing they would pile up.
    fadeAnimation: false,
    minZoom: 3,
    maxZoom: 11,
  });
  control.zoom({ zoomInTitle: options.zoomInTitle, zoomOutTitle: options.zoomOutTitle }).addTo(map);
  control.attribution({ prefix: false }).addAttribution(options.attribution).addTo(map);

  let cells = options.cells;
  const layers = new Map<string, Polygon>();
  const polygons: GeoJSON = geoJSON(collection, {
    style: (f) => styleOf(cells.get(String(f?.id))),
    onEachFeature: (f: Feature, layer: Layer) => {
      const number = String(f.id);
      layers.set(number, layer as Polygon);
      layer.bindTooltip(() => cells.get(number)?.label ?? number, { sticky: true, direction: "top" });
      layer.on("click", () => options.onOpen(number));
    },
  }).addTo(map);
  geoJSON(
    mesh(topology, object, (a, b) => a !== b && String(a.id).slice(0, 2) !== String(b.id).slice(0, 2)),
    {
      style: { color: "#1a1a1a", weight: 1.75, fill: false, interactive: false },
    },
  ).addTo(map);
  map.fitBounds(polygons.getBounds(), { padding: [8, 8] });

  const elementOf = (number: string) => layers.get(number)?.getElement() as SVGPathElement | undefined;
  const order = options.order.filter((n) => layers.has(n));
  const focusAt = (index: number) => {
    const number = order[(index + order.length) % order.length];
    const layer = number ? layers.get(number) : undefined;
    if (!number || !layer) return;
    for (const other of order) elementOf(other)?.setAttribute("tabindex", other === number ? "0" : "-1");
    // Raise before focusing: moving a focused node in the DOM would drop its focus.
    layer.bringToFront();
    const bounds = layer.getBounds();
    if (!map.getBounds().contains(bounds)) map.panTo(bounds.getCenter(), { animate: false });
    elementOf(number)?.focus();
  };

  // A roving tab stop: Tab enters the map once, arrows move between municipalities, Enter opens one.
  order.forEach((number, index) => {
    const element = elementOf(number);
    if (!element) return;
    element.dataset.municipality = number;
    element.setAttribute("role", "link");
    element.setAttribute("tabindex", index === 0 ? "0" : "-1");
    element.addEventListener("keydown", (event) => {
      const current = order.indexOf(number);
      if (event.key === "Enter" || event.key === " ") options.onOpen(number);
      else if (event.key === "ArrowRight" || event.key === "ArrowDown") focusAt(current + 1);
      else if (event.key === "ArrowLeft" || event.key === "ArrowUp") focusAt(current - 1);
      else if (event.key === "Home") focusAt(0);
      else if (event.key === "End") focusAt(order.length - 1);
      else return;
      event.preventDefault();
    });
    element.addEventListener("focus", () => layers.get(number)?.openTooltip());
    element.addEventListener("blur", () => layers.get(number)?.closeTooltip());
  });

  const label = () => {
    for (const [number, layer] of layers) {
      elementOf(number)?.setAttribute("aria-label", cells.get(number)?.label ?? number);
      layer.setStyle(styleOf(cells.get(number)));
    }
  };
  label();
  performance.mark("map-drawn");

  return {
    update(next) {
      cells = next;
      label();
    },
    destroy() {
      map.remove();
      patterns.remove();
    },
  };
}

function styleOf(cell: MapCell | undefined) {
  const state = cell?.state ?? "unknown";
  return {
    color: "#ffffff",
    weight: 0.6,
    fillOpacity: 1,
    fillColor: cell?.stale ? `url(#${hatchId(state)})` : STATE_COLOURS[state],
  };
}

/** One hatch pattern per state: the state's colour with white stripes, so stale shows without relying on colour. */
function hatchPatterns(): SVGSVGElement {
  const root = document.createElementNS(SVG_NS, "svg");
  root.setAttribute("class", "map-patterns");
  root.setAttribute("aria-hidden", "true");
  const defs = document.createElementNS(SVG_NS, "defs");
  for (const state of COVERAGE_STATES) {
    const pattern = document.createElementNS(SVG_NS, "pattern");
    pattern.id = hatchId(state);
    for (const [name, value] of [
      ["patternUnits", "userSpaceOnUse"],
      ["width", "6"],
      ["height", "6"],
      ["patternTransform", "rotate(45)"],
    ]) {
      pattern.setAttribute(name!, value!);
    }
    const base = document.createElementNS(SVG_NS, "rect");
    base.setAttribute("width", "6");
    base.setAttribute("height", "6");
    base.setAttribute("fill", STATE_COLOURS[state]);
    const stripe = document.createElementNS(SVG_NS, "rect");
    stripe.setAttribute("width", "2");
    stripe.setAttribute("height", "6");
    stripe.setAttribute("fill", "#ffffff");
    pattern.append(base, stripe);
    defs.append(pattern);
  }
  root.append(defs);
  return root;
}
