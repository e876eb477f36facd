import { fileURLToPath, URL } from 'node:url'

import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

import { CSP_META, SECURITY_HEADERS } from './scripts/lib/content-security-policy.ts'

/**
 * The Content-Security-Policy as the first element of the built index.html. Build only: the dev
 * server injects an inline script (React Fast Refresh) that the policy would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
        injectTo: 'head-prepend',
      },
    ],
  }
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    // Offline after the first visit: precache every build asset (the engine worker chunk included).
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false, // src/app/pwa.ts registers it
      manifest: {
        name: 'Inference Economics Lab',
        short_name: 'Inference Lab',
        description:
          'What will an AI token cost, and what energy will it take, 2026–2030? Cost and energy per token, lever by lever.',
        theme_color: '#0b1020',
        background_color: '#f5f6f8',
        display: 'standalone',
        start_url: '.',
        scope: '.',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,json,woff2}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Control the first visit too, so views opened later load from the cache when offline.
        clientsClaim: true,
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  // The production build as served: the same policy as a header (it then also covers the workers,
  // the service worker and framing) and the other security headers.
  preview: { port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  server: { port: 5173 },
})
