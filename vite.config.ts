import { parse } from '@formatjs/icu-messageformat-parser';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Message catalogs reach the browser already parsed (ICU syntax trees), so the bundle leaves out the ICU
 * parser (the alias below); the server and the tests read the same JSON as text. FormatJS documents this
 * as its precompiled-messages mode.
 */
function precompiledMessages(): Plugin {
  return {
    name: 'crampwise-precompiled-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]i18n[\\/]messages[\\/].+\.json$/.test(id)) return null;
      const messages = JSON.parse(code) as Record<string, string>;
      const trees = Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, parse(text)]));
      return { code: JSON.stringify(trees), map: null };
    },
  };
}

// The web app lives in src/web and builds to dist/web, which the server serves.
export default defineConfig({
  root: 'src/web',
  plugins: [precompiledMessages(), react()],
  resolve: {
    alias: [
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
      },
    ],
  },
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
