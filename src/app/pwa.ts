/// <reference types="vite-plugin-pwa/client" />
/**
 * Registers the service worker that vite-plugin-pwa generates (vite.config.ts): after the first
 * visit every build asset, the engine worker included, is cached, so the app loads and runs offline.
 * Updates install in the background and apply on the next load (registerType 'autoUpdate').
 */
import { registerSW } from 'virtual:pwa-register'

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  registerSW({
    immediate: true,
    onRegisterError: (error: unknown) => {
      // Offline use is an extra: the app works without it. Leave a trace for whoever debugs it.
      console.warn('Service worker registration failed; the app will not work offline.', error)
    },
  })
}
