import { defineConfig } from 'vite';

// The server-rendered pages' scripts, written in TypeScript and bundled to fixed names next to the web
// app (run after its build, which empties dist/web). Each is a classic deferred script: one IIFE. Vite's
// lib mode builds one IIFE per run, so `--mode offline` builds /check-offline.js (the offline
// questionnaire with the triage engine) and the default mode /check.js.
const ENTRIES = {
  production: { entry: 'src/web/check-script/check.ts', file: 'check.js', name: 'crampwiseCheck' },
  offline: {
    entry: 'src/web/check-script/check-offline.ts',
    file: 'check-offline.js',
    name: 'crampwiseCheckOffline',
  },
} as const;

export default defineConfig(({ mode }) => {
  const target = ENTRIES[mode === 'offline' ? 'offline' : 'production'];
  return {
    publicDir: false,
    build: {
      outDir: 'dist/web',
      emptyOutDir: false,
      sourcemap: true,
      lib: {
        entry: target.entry,
        formats: ['iife'],
        name: target.name,
        fileName: () => target.file,
      },
    },
  };
});
