/** `npm run check:cycles`: lists import cycles between the files of src/ (type-only imports count); exits 1 on any. */
import { resolve } from "node:path";
import { findCycles, importGraph, sourceFiles } from "../import-graph.ts";

const root = resolve(import.meta.dirname, "../..");
const graph = importGraph(root, sourceFiles(resolve(root, "src")));
const edges = [...graph.values()].reduce((total, targets) => total + targets.length, 0);
const cycles = findCycles(graph);
for (const { files, path } of cycles) {
  console.log(`cycle among ${files.length} files: ${path.join(" → ")}`);
  console.log(`  all of them: ${files.join(", ")}`);
}
console.log(`import cycles: ${cycles.length} (${graph.size} files, ${edges} imports)`);
process.exit(cycles.length > 0 ? 1 : 0);
