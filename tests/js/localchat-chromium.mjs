// Starts Debian's Chromium for the local chat page tests through playwright-core: never a downloaded browser,
// the flags that keep it off the network, and HOME/XDG_CONFIG_HOME in a scratch folder (set by the caller).

import { chromium } from 'playwright-core';

export const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

export async function launch() {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-default-apps', '--disable-extensions',
    ],
  });
}

// A page at a Teams-like desktop size that fails the test on any script error or console error.
export async function openPage(browser, url, { locale = 'en-US' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    dialog.dismiss();
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, problems };
}

// Types into the compose box and sends with Enter, as a person would.
export async function say(page, text) {
  await page.fill('#message', text);
  await page.press('#message', 'Enter');
}

// The text of every message item, newest last.
export async function transcript(page) {
  return page.$$eval('#transcript > li', (items) => items.map((item) => ({
    id: item.dataset.activityId,
    own: item.classList.contains('own'),
    updates: Number(item.dataset.updates),
    text: item.innerText,
  })));
}

// Runs the steps, prints one JSON object on stdout, and exits 0 (the .NET test judges the result).
export async function run(steps) {
  const result = { ok: false, checks: {}, problems: [] };
  let browser;
  try {
    browser = await launch();
    await steps(browser, result);
    result.ok = true;
  } catch (error) {
    result.error = String(error?.stack ?? error);
  } finally {
    await browser?.close();
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
