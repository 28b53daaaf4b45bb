import { defineConfig } from 'vite';

// The server-rendered pages' scripts, written in TypeScript and bundled to fixed names next to the web
// app (run after its build, which empties dist/web). /check.js is a classic deferred script: one IIFE.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/web',
    emptyOutDir: false,
    sourcemap: true,
    lib: {
      entry: 'src/web/check-script/check.ts',
      formats: ['iife'],
      name: 'crampwiseCheck',
      fileName: () => 'check.js',
    },
  },
});
