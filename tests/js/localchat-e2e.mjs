// Drives the local chat page against the built bot host with the product's own bot: /vpn check in the IT
// channel (a card at once, the same card filled in place, then the re-run button), and /vpn help in Japanese.
// The card texts belong to the bot; this script judges structure (same activity, updated in place, a check.run
// button) and records what it saw for the .NET test. Usage: node localchat-e2e.mjs BASE_URL ENDPOINT SCREENSHOT_DIR

import { openPage, run, say } from './localchat-chromium.mjs';

const [base, endpoint, screenshots] = process.argv.slice(2);
const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

// Every text a bot message shows, in order, as it changes: installed before the command so nothing is missed.
async function recordBotMessages(page) {
  await page.evaluate(() => {
    window.seen = [];
    const note = (item) => {
      const text = item.querySelector('.bubble-body')?.innerText ?? '';
      const last = window.seen.findLast((entry) => entry.id === item.dataset.activityId);
      if (!last || last.text !== text) {
        window.seen.push({ id: item.dataset.activityId, text, updates: Number(item.dataset.updates) });
      }
    };
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        const item = mutation.target instanceof Element ? mutation.target.closest('#transcript > li.bot') : null;
        if (item) {
          note(item);
        }
        for (const node of mutation.addedNodes) {
          if (node instanceof Element && node.matches('#transcript > li.bot')) {
            note(node);
          }
        }
      }
    }).observe(document.getElementById('transcript'), { childList: true, subtree: true, characterData: true });
  });
}

const botItemsAfter = (page, id) => page.$$eval('#transcript > li.bot', (items, after) =>
  items.filter((item) => BigInt(item.dataset.activityId) > BigInt(after)).map((item) => item.dataset.activityId), id);

await run(async (browser, result) => {
  const { page, problems } = await openPage(browser, base);
  result.problems = problems;
  const checks = result.checks;

  await page.click('[data-conversation="channel"]');
  await recordBotMessages(page);

  // /vpn check: the first answer is a card, and that very card ends with the re-run button.
  await say(page, `/vpn check ${endpoint}`);
  const command = page.locator('#transcript > li.own').last();
  await command.waitFor();
  const commandId = await command.getAttribute('data-activity-id');
  const card = page.locator('#transcript > li.bot', { has: page.locator('.ac-adaptiveCard') }).last();
  await page.waitForFunction((after) => [...document.querySelectorAll('#transcript > li.bot')]
    .some((item) => BigInt(item.dataset.activityId) > BigInt(after) && item.querySelector('.ac-adaptiveCard')), commandId);
  checks.cardId = await card.getAttribute('data-activity-id');
  await card.evaluate((item) => { item.dataset.marker = 'first'; });
  const rerun = card.locator('button[data-verb="check.run"]');
  await rerun.waitFor({ timeout: 30000 });
  checks.finalCardId = await card.getAttribute('data-activity-id');
  checks.sameElement = await card.evaluate((item) => item.dataset.marker === 'first');
  checks.updates = Number(await card.getAttribute('data-updates'));
  checks.botRepliesToCheck = await botItemsAfter(page, commandId);
  checks.snapshots = (await page.evaluate(() => window.seen)).filter((entry) => entry.id === checks.cardId);
  checks.finalText = await card.locator('.bubble-body').innerText();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${screenshots}/localchat-check.png` });

  // The re-run button: the card is replaced in place (invoke response or update), or a new run's card
  // follows; either way a card ends again with the re-run button.
  const before = { text: checks.finalText, updates: checks.updates };
  const lastBotBefore = (await botItemsAfter(page, commandId)).at(-1);
  await rerun.first().click();
  await page.waitForFunction(({ id, updates, text, last }) => {
    const item = document.querySelector(`#transcript > li[data-activity-id="${id}"]`);
    const changed = item && (Number(item.dataset.updates) > updates || item.querySelector('.bubble-body').innerText !== text);
    const newer = [...document.querySelectorAll('#transcript > li.bot')].some((other) => BigInt(other.dataset.activityId) > BigInt(last));
    return changed || newer;
  }, { id: checks.cardId, updates: before.updates, text: before.text, last: lastBotBefore });
  await page.waitForFunction(() => {
    const cards = [...document.querySelectorAll('#transcript > li.bot')].filter((item) => item.querySelector('.ac-adaptiveCard'));
    return cards.at(-1)?.querySelector('button[data-verb="check.run"]') && !cards.at(-1).querySelector('.card.busy');
  }, undefined, { timeout: 30000 });
  checks.afterRerun = {
    sameCardText: await card.locator('.bubble-body').innerText(),
    sameCardUpdates: Number(await card.getAttribute('data-updates')),
    newBotMessages: (await botItemsAfter(page, lastBotBefore)).length,
    notices: await page.$$eval('.card-notice', (notices) => notices.map((notice) => notice.textContent)),
  };

  // /vpn help in Japanese.
  await page.click('[data-locale="ja-JP"]');
  const lastBeforeHelp = (await botItemsAfter(page, commandId)).at(-1);
  await say(page, '/vpn help');
  await page.waitForFunction((after) => [...document.querySelectorAll('#transcript > li.bot')]
    .some((item) => BigInt(item.dataset.activityId) > BigInt(after)), lastBeforeHelp);
  const help = page.locator('#transcript > li.bot').last();
  await help.locator('.bubble-body').waitFor();
  checks.helpText = await help.locator('.bubble-body').innerText();
  checks.helpIsJapanese = japanese.test(checks.helpText);
  checks.pageTitle = await page.textContent('#chat-title');
  await help.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${screenshots}/localchat-help-ja.png` });
});
