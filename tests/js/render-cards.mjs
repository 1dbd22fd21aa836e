// Renders Adaptive Cards to PNG with the official renderer (npm adaptivecards) in headless Chromium, the way
// Teams shows them: a Teams-like host configuration, 560 px wide, Segoe UI (Noto Sans CJK JP where it is
// missing). Usage:
//   node render-cards.mjs IN-FOLDER OUT-FOLDER [--expanded PREFIX,PREFIX…]
// Every IN-FOLDER/NAME.json becomes OUT-FOLDER/NAME.png. A card whose NAME starts with one of the prefixes
// after --expanded and that hides parts (details behind a toggle) is also rendered with everything shown,
// as OUT-FOLDER/NAME.expanded.png.
// Prints one JSON object on standard output:
//   { "cards": { "NAME": { "errors": [...], "png": "...", "width": N, "height": N } } }
// "errors" lists what went wrong while rendering: a renderer exception or console error, a card that renders
// to nothing, content wider than the card, text cut off. Exit status 2 on bad usage or when Chromium fails.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { hostConfig, pageCss } from './teams-host.mjs';

const require = createRequire(import.meta.url);
const bundle = require.resolve('adaptivecards/dist/adaptivecards.min.js');

const [input, output, ...flags] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node render-cards.mjs IN-FOLDER OUT-FOLDER [--expanded PREFIX,PREFIX…]');
  process.exit(2);
}
const expandedAt = flags.indexOf('--expanded');
const expanded = expandedAt < 0 ? [] : (flags[expandedAt + 1] ?? '').split(',').filter(p => p.length > 0);

/** The card with every element shown: what a reader sees after opening every toggle. */
function openAll(node) {
  if (Array.isArray(node)) {
    return node.map(openAll);
  }
  if (node === null || typeof node !== 'object') {
    return node;
  }
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    if (!(key === 'isVisible' && value === false)) {
      copy[key] = openAll(value);
    }
  }
  return copy;
}

function hasHidden(node) {
  if (Array.isArray(node)) {
    return node.some(hasHidden);
  }
  return node !== null && typeof node === 'object'
    && Object.entries(node).some(([key, value]) => (key === 'isVisible' && value === false) || hasHidden(value));
}

/** Runs in the page: renders one card into #card and reports what went wrong. */
function renderInPage([json, config]) {
  const AC = window.AdaptiveCards;
  const errors = [];
  const root = document.getElementById('card');
  root.replaceChildren();
  // The parser keeps the lang RegExp's lastIndex from card to card (a global-flag RegExp); start afresh.
  AC.CardElement.langProperty.regEx.lastIndex = 0;
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(config);
  card.onExecuteAction = () => {};
  card.parse(json, new AC.SerializationContext(AC.Versions.v1_5));
  let element;
  try {
    element = card.render();
  } catch (e) {
    errors.push(`renderer threw: ${e && e.message}`);
  }
  if (!element) {
    errors.push('the card rendered to nothing');
    return errors;
  }
  root.appendChild(element);

  const bounds = root.getBoundingClientRect();
  for (const node of root.querySelectorAll('*')) {
    const box = node.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) {
      continue;
    }
    if (box.right > bounds.right + 0.5 || box.left < bounds.left - 0.5) {
      errors.push(`<${node.tagName.toLowerCase()} class="${node.className}"> overflows the card by ${Math.round(box.right - bounds.right)} px: "${(node.textContent || '').slice(0, 60)}"`);
    }
    const style = getComputedStyle(node);
    if (style.textOverflow === 'ellipsis' && node.scrollWidth > node.clientWidth + 1 && node.childElementCount === 0) {
      errors.push(`text cut off: "${(node.textContent || '').slice(0, 60)}"`);
    }
  }
  return errors;
}

async function main() {
  const files = readdirSync(input).filter(f => f.endsWith('.json')).sort();
  mkdirSync(output, { recursive: true });

  // Chromium writes a profile and caches: keep them out of the user's home, and never let it phone home.
  const scratch = mkdtempSync(join(tmpdir(), 'vpnbot-chromium-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-default-apps', '--disable-extensions'],
    env: { ...process.env, HOME: scratch, XDG_CONFIG_HOME: scratch, XDG_CACHE_HOME: scratch },
  });
  const results = {};
  try {
    const page = await browser.newPage({ viewport: { width: 640, height: 900 }, deviceScaleFactor: 1, locale: 'en-US', timezoneId: 'UTC' });
    const pageErrors = [];
    page.on('pageerror', e => pageErrors.push(`page error: ${e.message}`));
    page.on('console', m => { if (m.type() === 'error') pageErrors.push(`console error: ${m.text()}`); });
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${pageCss}</style></head>`
      + '<body><div id="frame"><div id="card"></div></div></body></html>');
    await page.addScriptTag({ path: bundle });

    const jobs = [];
    for (const file of files) {
      const json = JSON.parse(readFileSync(join(input, file), 'utf8'));
      const name = basename(file, '.json');
      jobs.push([name, json]);
      if (expanded.some(prefix => name.startsWith(`${prefix}.`)) && hasHidden(json)) {
        jobs.push([`${name}.expanded`, openAll(json)]);
      }
    }

    for (const [name, json] of jobs) {
      pageErrors.length = 0;
      const errors = await page.evaluate(renderInPage, [json, hostConfig]);
      const png = join(output, `${name}.png`);
      const frame = page.locator('#frame');
      const box = await frame.boundingBox();
      await frame.screenshot({ path: png });
      results[name] = { errors: [...errors, ...pageErrors], png, width: Math.round(box.width), height: Math.round(box.height) };
    }
  } finally {
    await browser.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify({ cards: results }));
}

main().catch(e => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(2);
});
