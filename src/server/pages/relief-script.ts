// The Relief page's only script, inlined so the page is one response; the route allows it by its hash.
// Its source is TypeScript (src/web/site-scripts/relief.ts), type-checked and linted with the web app and
// compiled to one small ES2015 IIFE by the build (vite.scripts.config.ts, mode relief) into dist/inline.
// The built server reads that file once at start. Run from source (tsx, Vitest), the server compiles the
// source instead, in memory, so what it inlines is always what the source says.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../content/paths.js';

export const RELIEF_SCRIPT_FILE = join(packageRoot, 'dist', 'inline', 'relief.js');

const runningFromSource = import.meta.url.endsWith('.ts');

async function compileFromSource(): Promise<string> {
  // A dev dependency, present wherever the TypeScript sources run.
  const { build } = await import('vite');
  const nodeEnv = process.env.NODE_ENV;
  try {
    const result = await build({
      root: packageRoot,
      configFile: join(packageRoot, 'vite.scripts.config.ts'),
      mode: 'relief',
      logLevel: 'silent',
      build: { write: false },
    });
    const output = (Array.isArray(result) ? result : [result]).flatMap((r) =>
      'output' in r ? r.output : [],
    );
    const chunk = output.find((file) => file.type === 'chunk');
    if (!chunk) throw new Error('building the relief script produced no code');
    return chunk.code;
  } finally {
    // Vite sets NODE_ENV for its build; the server's own setting must not change under it.
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

function readBuilt(): string {
  if (!existsSync(RELIEF_SCRIPT_FILE)) {
    throw new Error(
      `${RELIEF_SCRIPT_FILE} is missing: run \`npm run build\` to build the Relief page's script`,
    );
  }
  return readFileSync(RELIEF_SCRIPT_FILE, 'utf8');
}

/** The script as the page inlines it (no trailing newline, so its CSP hash is of exactly these bytes). */
export const RELIEF_SCRIPT = (runningFromSource ? await compileFromSource() : readBuilt()).trim();
