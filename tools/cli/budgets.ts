/** `npm run budgets`: fails when the production build is over any size budget, naming the budget and the figure. */
import { measureBuild } from "../budgets.ts";

const results = measureBuild(process.argv[2] ?? "dist");
let over = 0;
for (const { name, gzipBytes, limitBytes } of results) {
  const figure = `${(gzipBytes / 1000).toFixed(1)} KB gz`;
  if (limitBytes === undefined) console.log(`budget  ${name}: ${figure} (reported only)`);
  else if (gzipBytes > limitBytes) {
    over += 1;
    console.error(`OVER BUDGET  ${name}: ${figure} > ${(limitBytes / 1000).toFixed(0)} KB gz`);
  } else console.log(`budget  ${name}: ${figure} ≤ ${(limitBytes / 1000).toFixed(0)} KB gz`);
}
process.exit(over > 0 ? 1 : 0);
