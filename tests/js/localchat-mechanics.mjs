// Drives the local chat page against a host whose bot is the tests' small card bot (VpnBot.Browser.Tests,
// CardTestBot): a card updated in place, an Action.Execute press carrying the card's input, markdown, hostile
// text, and the language switch. Usage: node localchat-mechanics.mjs BASE_URL SCREENSHOT_DIR

import { openPage, run, say, transcript } from './localchat-chromium.mjs';

const [base, screenshots] = process.argv.slice(2);

await run(async (browser, result) => {
  const { page, problems } = await openPage(browser, base);
  result.problems = problems;
  const checks = result.checks;

  await page.click('[data-conversation="channel"]');
  checks.title = await page.textContent('#chat-title');

  // A card, then the same card updated in place by the bot.
  await say(page, 'card');
  const card = page.locator('#transcript > li.bot', { hasText: 'Step 2 of 2' });
  await card.waitFor();
  checks.cardActivityId = await card.getAttribute('data-activity-id');
  checks.cardHasStrongMarkdown = await card.locator('.ac-textBlock strong', { hasText: 'second' }).count() === 1;
  checks.cardRenderedByAdaptiveCards = await card.locator('.ac-adaptiveCard').count() === 1;
  await card.evaluate((item) => { item.dataset.marker = 'before-press'; });
  await page.screenshot({ path: `${screenshots}/localchat-mechanics-card.png` });

  // The button: the input's value travels in the invoke, and the answer's card replaces this one.
  await card.locator('input.ac-textInput').fill('from the page');
  await card.locator('button.ac-pushButton', { hasText: 'Press' }).click();
  const pressed = page.locator('#transcript > li.bot', { hasText: 'Pressed press: from the page' });
  await pressed.waitFor();
  checks.pressedActivityId = await pressed.getAttribute('data-activity-id');
  checks.pressedSameElement = await pressed.evaluate((item) => item.dataset.marker === 'before-press');

  // Hostile text stays text.
  await say(page, '<img src=x onerror=alert(1)> **bold**');
  const echoed = page.locator('#transcript > li.bot', { hasText: 'Received: <img src=x onerror=alert(1)>' });
  await echoed.waitFor();
  checks.injectedImages = await page.locator('#transcript img').count();

  // Japanese: the page's words and the activity's locale.
  await page.click('[data-locale="ja-JP"]');
  checks.japaneseTitle = await page.textContent('#chat-title');
  await say(page, 'こんにちは');
  await page.locator('#transcript > li.bot', { hasText: '受け取りました: こんにちは' }).waitFor();
  checks.transcript = await transcript(page);
  await page.screenshot({ path: `${screenshots}/localchat-mechanics-ja.png` });

  // The personal chat is a separate conversation, welcomed on first open.
  await page.click('[data-conversation="personal"]');
  await page.locator('#transcript > li.bot', { hasText: 'Welcome' }).waitFor();
  checks.personalTranscript = await transcript(page);
});
