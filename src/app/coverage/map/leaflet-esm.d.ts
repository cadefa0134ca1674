/** Types for Leaflet's ES module build (the package's `main` is UMD, which cannot be tree-shaken). */
declare module "leaflet/dist/leaflet-src.esm.js" {
  export * from "leaflet";
}
