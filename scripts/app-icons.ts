/**
 * `npx tsx scripts/app-icons.ts`: draws the install icons in public/icons/ from public/favicon.svg,
 * in Debian's Chromium. Run it again only when the favicon changes; the PNGs are committed.
 *
 * The plain icons are the favicon as it is. The maskable one fills the whole square with the
 * favicon's background and shrinks the bars into the central circle (40% of the size from the
 * centre) that every platform's mask keeps.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../test/support/browser';

const PUBLIC = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');
const FAVICON_BACKGROUND = /<rect width="32" height="32" rx="6" fill="(#[0-9a-f]{6})"\/>/;

function maskable(favicon: string): string {
  const background = FAVICON_BACKGROUND.exec(favicon);
  if (!background) throw new Error('public/favicon.svg no longer starts with its rounded background square');
  const bars = favicon.replace(FAVICON_BACKGROUND, '').replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${background[1]}"/><g transform="translate(16 16) scale(0.8) translate(-16 -16)">${bars}</g></svg>`;
}

async function main(): Promise<void> {
  const favicon = readFileSync(join(PUBLIC, 'favicon.svg'), 'utf8');
  const icons = [
    { file: 'icon-192.png', size: 192, svg: favicon },
    { file: 'icon-512.png', size: 512, svg: favicon },
    { file: 'icon-maskable-512.png', size: 512, svg: maskable(favicon) },
  ];
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    for (const { file, size, svg } of icons) {
      await page.setViewportSize({ width: size, height: size });
      const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(`<body style="margin:0"><img src="${source}" width="${size}" height="${size}" style="display:block"></body>`);
      writeFileSync(join(PUBLIC, 'icons', file), await page.screenshot({ omitBackground: true }));
      console.log(`public/icons/${file}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
