import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in src/web and builds to dist/web, which the server serves.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    assetsInlineLimit: 0,
    // Lists every built file (lazy pages too), so the service worker can keep them all for offline use.
    manifest: 'asset-manifest.json',
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/learn': 'http://127.0.0.1:3000',
      '/relief': 'http://127.0.0.1:3000',
      '/check': 'http://127.0.0.1:3000',
      // Built by vite.scripts.config.ts (npm run build), not by this bundle: the server has them.
      '/theme.js': 'http://127.0.0.1:3000',
      '/search.js': 'http://127.0.0.1:3000',
      '/sw.js': 'http://127.0.0.1:3000',
    },
  },
});
