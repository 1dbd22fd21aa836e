// Rasterizes the icon sources (color.svg, outline.svg) into the PNGs the Teams app package carries, in
// Debian's Chromium through playwright-core from tests/js (eng/test-node.sh installs it):
//   node manifest/icons/render.mjs
// The SVGs are the sources; the PNGs are committed so packaging needs neither Node nor a browser.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const manifestDir = dirname(here);
const require = createRequire(join(manifestDir, '..', 'tests', 'js', 'package.json'));
const { chromium } = require('playwright-core');

const icons = [
  // Teams: a 192x192 full-colour icon, and a 32x32 outline that is white on a transparent background.
  { source: 'color.svg', output: 'color.png', size: 192, whiteOnly: false },
  { source: 'outline.svg', output: 'outline.png', size: 32, whiteOnly: true },
];

const scratch = mkdtempSync(join(tmpdir(), 'vpnbot-icons-'));
process.env.HOME = scratch;
process.env.XDG_CONFIG_HOME = scratch;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-default-apps', '--disable-extensions'],
});
try {
  const page = await browser.newPage();
  for (const icon of icons) {
    const svg = readFileSync(join(here, icon.source), 'utf8');
    const dataUrl = await page.evaluate(async ({ svg, size, whiteOnly }) => {
      const image = new Image();
      image.src = 'data:image/svg+xml;base64,' + btoa(unescape(encodeURIComponent(svg)));
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0, size, size);
      if (whiteOnly) {
        // Anti-aliased edges keep their alpha but not a tinted colour: every visible pixel is pure white.
        const pixels = context.getImageData(0, 0, size, size);
        for (let i = 0; i < pixels.data.length; i += 4) {
          pixels.data[i] = pixels.data[i + 1] = pixels.data[i + 2] = 255;
        }
        context.putImageData(pixels, 0, 0);
      }
      return canvas.toDataURL('image/png');
    }, { svg, size: icon.size, whiteOnly: icon.whiteOnly });
    writeFileSync(join(manifestDir, icon.output), Buffer.from(dataUrl.split(',')[1], 'base64'));
    console.log(`${icon.output}: ${icon.size}x${icon.size}`);
  }
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}
