import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { launchWithProfile, openApp, useBrowser } from '../support/browser';
import { waitForServiceWorker } from '../support/service-worker';

const browser = useBrowser();

interface ManifestIcon {
  src: string;
  sizes: string;
  purpose?: string;
}

describe('installing the app', () => {
  it('links a web manifest that parses, scoped to the folder it is served from, with icons that load', async () => {
    const { page, errors, violations } = await openApp(browser());
    const href = await page.getAttribute('link[rel="manifest"]', 'href');
    const manifestUrl = new URL(href!, page.url()).href;
    const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), manifestUrl);
    expect(manifest).toMatchObject({ name: 'Retention Engine', short_name: 'Retention', display: 'standalone' });
    expect(new URL(manifest.start_url, manifestUrl).href).toBe(inject('appUrl'));
    expect(new URL(manifest.scope, manifestUrl).href).toBe(inject('appUrl'));
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);

    const icons = manifest.icons as ManifestIcon[];
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of icons) {
      const drawn = await page.evaluate(async (url) => {
        const image = new Image();
        image.src = url;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, new URL(icon.src, manifestUrl).href);
      expect(drawn, icon.src).toBe(icon.sizes);
    }
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
  });

  it("meets Chromium's own installability checks", async () => {
    const profile = mkdtempSync(join(tmpdir(), 'retention-profile-'));
    const context = await launchWithProfile(profile);
    try {
      const page = await context.newPage();
      await page.goto(inject('appUrl'));
      await waitForServiceWorker(page);
      const devtools = await context.newCDPSession(page);
      const { errors: manifestErrors } = await devtools.send('Page.getAppManifest');
      expect(manifestErrors).toEqual([]);
      const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
