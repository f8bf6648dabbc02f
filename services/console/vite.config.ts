// The console's build: React, one entry, each page its own chunk (React.lazy
// in src/router.tsx). `npm run dev` proxies the API to a running gateway
// (KW_CONSOLE_API, default the gateway of `npm start`), so pages reload on
// save while talking to the real platform.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const gateway = process.env['KW_CONSOLE_API'] ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The first load is budgeted (300 KB of JavaScript gzipped): warn well before it.
    chunkSizeWarningLimit: 400,
    // Vite's preload helper is bundled (no inline script), which the CSP (script-src 'self') needs.
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // Icons in one chunk: split per icon, a first load asked for a dozen tiny files, and a browser
        // opens only six connections to the gateway, so the session refresh and the data queued behind them.
        manualChunks: (id) => (id.includes('/node_modules/lucide-react/') ? 'icons' : undefined),
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: gateway, changeOrigin: false },
      '/webhook': { target: gateway, changeOrigin: false },
      '/.well-known': { target: gateway, changeOrigin: false },
    },
  },
});
