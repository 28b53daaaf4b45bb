import { defineConfig } from 'vite';

// The server-rendered pages' scripts and the service worker, written in TypeScript and bundled to fixed
// names next to the web app (run after its build, which empties dist/web). Each is a classic script: one
// IIFE. Vite's lib mode builds one IIFE per run, so each has a mode (`--mode search` builds /search.js;
// the default mode, production, builds /check.js); scripts/build-browser-scripts.mjs builds them all.
// The relief script is not served as a file: the /relief page inlines it (so the page is one response),
// and the server reads it from dist/inline at start (src/server/pages/relief-script.ts).
export const SCRIPT_TARGETS = {
  production: { entry: 'src/web/check-script/check.ts', file: 'check.js', name: 'crampwiseCheck' },
  offline: {
    entry: 'src/web/check-script/check-offline.ts',
    file: 'check-offline.js',
    name: 'crampwiseCheckOffline',
  },
  search: { entry: 'src/web/site-scripts/search.ts', file: 'search.js', name: 'crampwiseSearch' },
  theme: { entry: 'src/web/site-scripts/theme.ts', file: 'theme.js', name: 'crampwiseTheme' },
  sw: { entry: 'src/web/service-worker/sw.ts', file: 'sw.js', name: 'crampwiseServiceWorker' },
  relief: {
    entry: 'src/web/site-scripts/relief.ts',
    file: 'relief.js',
    name: 'crampwiseRelief',
    outDir: 'dist/inline',
    // Old phone browsers; and no source map comment in an inline script.
    target: 'es2015',
    sourcemap: false,
  },
} as const;

export type ScriptMode = keyof typeof SCRIPT_TARGETS;
type Target = {
  entry: string;
  file: string;
  name: string;
  outDir?: string;
  target?: string;
  sourcemap?: boolean;
};

export default defineConfig(({ mode }) => {
  if (!(mode in SCRIPT_TARGETS)) throw new Error(`No browser script is built in mode "${mode}"`);
  const target: Target = SCRIPT_TARGETS[mode as ScriptMode];
  return {
    publicDir: false,
    build: {
      outDir: target.outDir ?? 'dist/web',
      emptyOutDir: false,
      sourcemap: target.sourcemap ?? true,
      ...(target.target ? { target: target.target } : {}),
      lib: {
        entry: target.entry,
        formats: ['iife'],
        name: target.name,
        fileName: () => target.file,
      },
    },
  };
});
