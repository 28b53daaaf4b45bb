// Where content lives on disk: the package root is found from this module, whether it runs from src/ or dist/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}

export const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
export const contentDir = join(packageRoot, 'src', 'content');
export const itemsDir = join(contentDir, 'items');
export const sourcesFile = join(contentDir, 'sources.yaml');
/** One YAML file per source article: its claims and the items that cover them. */
export const traceDir = join(contentDir, 'trace');
/** The product's content map, committed beside the content so the repository stands on its own. */
export const contentMapFile = join(contentDir, 'content-map.snapshot.md');
