import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/content-security-policy';

describe('content security policy', () => {
  it('allows only this origin in the built site', () => {
    const policy = contentSecurityPolicy('build');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policy).not.toMatch(/https?:|\*/);
    expect(policy).not.toContain("'unsafe-inline' 'self'");
  });

  it('lets the page register its service worker and read its web manifest from this origin only', () => {
    const policy = contentSecurityPolicy('build');
    expect(policy).toMatch(/worker-src 'self'[^;]*;/);
    expect(policy).toContain("manifest-src 'self';");
    expect(policy).toContain("connect-src 'self' blob: data:;");
  });

  it('adds only the inline refresh preamble for the dev server', () => {
    expect(contentSecurityPolicy('serve')).toContain("script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'");
    expect(contentSecurityPolicy('build')).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
