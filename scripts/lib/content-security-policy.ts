/**
 * The app's Content-Security-Policy, in one place: vite.config.ts puts it in the built index.html
 * (a <meta> tag, so it holds on any static host) and sends it as a header from `vite preview`
 * (where it also covers the workers, the service worker and frame-ancestors, which a <meta> tag
 * cannot); the browser tests (tests/e2e/security.spec.ts) check that nothing violates it.
 *
 * No 'unsafe-inline' and no 'unsafe-eval' anywhere: scripts and style sheets come only from the
 * app's own origin. React sets style properties through the CSSOM, which a policy does not block;
 * chart exports draw images from blob: and data: URLs; the engine runs in same-origin workers.
 */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
]

/** Directives a <meta> element cannot carry (the browser ignores them there, with a console warning). */
const HEADER_ONLY: readonly (readonly [string, string])[] = [['frame-ancestors', "'none'"]]

const join = (directives: readonly (readonly [string, string])[]): string =>
  directives.map(([name, value]) => `${name} ${value}`).join('; ')

/** For `<meta http-equiv="Content-Security-Policy">` in index.html. */
export const CSP_META = join(DIRECTIVES)

/** For the `Content-Security-Policy` response header. */
export const CSP_HEADER = join([...DIRECTIVES, ...HEADER_ONLY])

/** Other security headers the preview server sends with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
}
