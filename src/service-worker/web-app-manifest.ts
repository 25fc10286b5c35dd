import type { ManifestOptions } from 'vite-plugin-pwa';

/**
 * What the browser needs to install the app: names, colours and icons. Start URL and scope are
 * relative to the manifest, so the app installs from whatever folder it is served from.
 */
export function webAppManifest(): Partial<ManifestOptions> {
  return {
    name: 'Retention Engine',
    short_name: 'Retention',
    description: 'Customer tiers, revenue at risk and loyal champions from your order export, computed in your browser.',
    start_url: '.',
    scope: '.',
    id: '.',
    display: 'standalone',
    theme_color: '#1f3a5f',
    background_color: '#f4f6f9',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
