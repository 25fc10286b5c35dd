/**
 * The page's Content-Security-Policy: everything from the app's own origin, nothing from anywhere
 * else. `wasm-unsafe-eval` lets DuckDB compile its WebAssembly; `blob:` covers downloads and
 * workers, `data:` small inline images. The offline service worker and the web manifest come from
 * this origin too (`worker-src 'self'`, `manifest-src 'self'`). The dev server additionally needs
 * React's inline refresh preamble; the built site does not get that allowance.
 */
export function contentSecurityPolicy(mode: 'build' | 'serve'): string {
  const script = mode === 'serve' ? "'self' 'wasm-unsafe-eval' 'unsafe-inline'" : "'self' 'wasm-unsafe-eval'";
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "worker-src 'self' blob:",
    "connect-src 'self' blob: data:",
    "img-src 'self' blob: data:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
