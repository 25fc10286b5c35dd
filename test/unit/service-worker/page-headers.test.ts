import { describe, expect, it } from 'vitest';
import { withHeaders } from '../../../src/service-worker/page-headers';

describe('headers added to the page the service worker serves', () => {
  it('are set beside the response’s own headers, with its status and body unchanged', async () => {
    const page = new Response('<!doctype html>', { status: 200, statusText: 'OK', headers: { 'content-type': 'text/html' } });
    const served = withHeaders(page, { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' });
    expect(served.status).toBe(200);
    expect(served.statusText).toBe('OK');
    expect(served.headers.get('content-type')).toBe('text/html');
    expect(served.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(served.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(await served.text()).toBe('<!doctype html>');
  });

  it('replace a header the response already had', () => {
    const page = new Response('', { headers: { 'Cross-Origin-Opener-Policy': 'unsafe-none' } });
    expect(withHeaders(page, { 'Cross-Origin-Opener-Policy': 'same-origin' }).headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('leave the response untouched when there are none to add', () => {
    const page = new Response('unchanged');
    expect(withHeaders(page, {})).toBe(page);
  });
});
