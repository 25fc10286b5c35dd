/**
 * Headers the service worker adds to the page it serves for a navigation. None today. A static
 * host cannot send headers of our choosing, but the service worker answers every navigation after
 * the first visit, so this is where DuckDB's threaded build would get the cross-origin isolation
 * it needs (`Cross-Origin-Opener-Policy: same-origin`, `Cross-Origin-Embedder-Policy: require-corp`).
 */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {};

/** The same response with `headers` set; the body is passed through, not read. */
export function withHeaders(response: Response, headers: Readonly<Record<string, string>>): Response {
  const names = Object.keys(headers);
  if (names.length === 0) return response;
  const merged = new Headers(response.headers);
  for (const name of names) merged.set(name, headers[name]);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: merged });
}
