// Prints content problems, optionally only for ids starting with the given prefixes:
//   npx tsx scripts/check-content.ts            (everything)
//   npx tsx scripts/check-content.ts cause. risk.
// A related id that is required but not yet written is reported as "pending" rather than as a problem.
import { checkContent } from '../src/content/checks.js';
import { loadContent } from '../src/content/loader.js';
import { requiredIds } from '../src/content/required-ids.js';

const prefixes = process.argv.slice(2);
const required = requiredIds();
const { items, sources, problems } = loadContent();
const mine = (text: string) => prefixes.length === 0 || prefixes.some((p) => text.includes(p));
const all = [...problems, ...checkContent(items, sources, required)];
let shown = 0;
for (const p of all) {
  const pendingRelated = /related id (\S+) does not exist/.exec(p.message);
  if (pendingRelated && required.includes(pendingRelated[1]!)) continue;
  if (!mine(`${p.file} ${p.message}`)) continue;
  console.log(`${p.file}: ${p.message}`);
  shown++;
}
const present = new Set(items.map((i) => i.id));
const missing = required.filter((id) => !present.has(id) && mine(id));
console.log(`${items.length} items loaded; ${shown} problems; ${missing.length} required ids still missing`);
process.exit(shown > 0 ? 1 : 0);
