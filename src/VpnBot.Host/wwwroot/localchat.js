// The local chat page: the person's side of a Teams conversation with the bot. Messages and button presses go
// to /local/send, which posts them to this host's /api/messages as Teams would; the bot's replies and in-place
// updates come back over /local/events (Server-Sent Events) and are rendered with the official Adaptive Cards
// renderer, keyed by activity id so that an update replaces its card where it stands.

import { hostConfig } from './hostconfig.js';
import { escapeHtml, renderMarkdown } from './markdown.js';

const cardType = 'application/vnd.microsoft.card.adaptive';
const messageType = 'application/vnd.microsoft.activity.message';

const conversations = {
  channel: { icon: '#', name: 'ChannelName', description: 'ChannelDescription', placeholder: 'PlaceholderChannel', empty: 'EmptyChannel',
    suggestions: () => ['/vpn help', '/vpn check', '/vpn status', '/vpn explain 809'] },
  personal: { icon: 'VB', name: 'PersonalName', description: 'PersonalDescription', placeholder: 'PlaceholderPersonal', empty: 'EmptyPersonal',
    suggestions: () => [say('SuggestionPersonalProblem'), say('SuggestionPersonalCode'), '/vpn help'] },
};

const state = {
  words: null,
  renderer: null,
  locale: 'en-US',
  conversation: 'channel',
  events: null,
  shown: new Map(), // activity id -> { item, signature }
  pending: 0,
};

const $ = (id) => document.getElementById(id);

function language() {
  return state.locale.startsWith('ja') ? 'ja' : 'en';
}

function say(name, ...values) {
  const text = state.words?.[language()]?.[name] ?? state.words?.en?.[name] ?? name;
  return values.reduce((result, value, i) => result.replaceAll(`{${i}}`, String(value)), text);
}

// ---- page chrome ---------------------------------------------------------------------------------------------

function applyLanguage() {
  document.documentElement.lang = language();
  document.title = say('PageTitle');
  for (const element of document.querySelectorAll('[data-text]')) {
    element.textContent = say(element.dataset.text);
  }
  for (const element of document.querySelectorAll('[data-label]')) {
    element.setAttribute('aria-label', say(element.dataset.label));
    element.title = say(element.dataset.label);
  }
  for (const button of document.querySelectorAll('[data-locale]')) {
    button.setAttribute('aria-pressed', String(button.dataset.locale === state.locale));
  }
  showConversationChrome();
  rerenderTimes();
}

function showConversationChrome() {
  const definition = conversations[state.conversation];
  for (const button of document.querySelectorAll('[data-conversation]')) {
    button.setAttribute('aria-current', String(button.dataset.conversation === state.conversation));
  }
  const icon = $('chat-icon');
  icon.textContent = definition.icon;
  icon.className = `conversation-icon ${state.conversation}`;
  $('chat-title').textContent = say(definition.name);
  $('chat-description').textContent = say(definition.description);
  $('message').placeholder = say(definition.placeholder);
  $('empty').textContent = say(definition.empty);

  const suggestions = $('suggestions');
  for (const chip of suggestions.querySelectorAll('.chip')) {
    chip.remove();
  }
  for (const suggestion of definition.suggestions()) {
    const chip = document.createElement('button');
    chip.type = 'button';
    chip.className = 'chip';
    chip.textContent = suggestion;
    chip.addEventListener('click', () => {
      $('message').value = suggestion;
      $('message').focus();
      autosize();
    });
    suggestions.append(chip);
  }
}

function showStatus(text) {
  const status = $('status');
  const shown = text ?? (state.renderer ? null : say('RendererMissing'));
  status.textContent = shown ?? '';
  status.hidden = !shown;
}

function setTyping(on) {
  state.pending = Math.max(0, state.pending + (on ? 1 : -1));
  $('typing').hidden = state.pending === 0;
  if (on) {
    scrollToEnd();
  }
}

function scrollToEnd() {
  const scroller = $('scroller');
  scroller.scrollTop = scroller.scrollHeight;
}

function autosize() {
  const box = $('message');
  box.style.height = 'auto';
  box.style.height = `${Math.min(box.scrollHeight, 160)}px`;
}

function updateEmpty() {
  $('empty').hidden = state.shown.size > 0;
}

// ---- conversations and the event stream ----------------------------------------------------------------------

async function open(key) {
  state.conversation = key;
  localStorage.setItem('vpnbot.conversation', key);
  history.replaceState(null, '', `#${key}`);
  state.events?.close();
  state.shown.clear();
  state.pending = 0;
  $('typing').hidden = true;
  $('transcript').replaceChildren();
  $('empty').hidden = true;
  showStatus(null);
  showConversationChrome();

  // Listen first, so that the bot's welcome (answering the conversationUpdate below) is not missed.
  const events = new EventSource(`/local/events?conversation=${encodeURIComponent(key)}`);
  state.events = events;
  await new Promise((resolve) => {
    events.addEventListener('ready', () => {
      updateEmpty();
      scrollToEnd();
      resolve();
    }, { once: true });
    events.addEventListener('activity', (event) => {
      const { change, activity } = JSON.parse(event.data);
      if (change === 'deleted') {
        remove(activity.id);
      } else {
        show(activity);
      }
    });
    events.addEventListener('open', () => showStatus(null));
    events.addEventListener('error', () => {
      if (state.events === events) {
        showStatus(say('Reconnecting'));
      }
      resolve();
    });
  });

  if (state.events === events) {
    await post('/local/open', { conversation: key, locale: state.locale });
    $('message').focus();
  }
}

async function post(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = await response.json().catch(() => null);
  return { ok: response.ok, status: response.status, answer };
}

async function send(text) {
  setTyping(true);
  try {
    const { ok, status, answer } = await post('/local/send', { conversation: state.conversation, locale: state.locale, text });
    reportBotStatus(ok ? answer?.status : status);
  } catch {
    showStatus(say('BotUnreachable'));
  } finally {
    setTyping(false);
  }
}

function reportBotStatus(status) {
  if (status === 502 || status === undefined) {
    showStatus(say('BotUnreachable'));
  } else if (status >= 400) {
    showStatus(say('BotRefused', status));
  } else {
    showStatus(null);
  }
}

// ---- rendering activities ------------------------------------------------------------------------------------

// What makes two versions of an activity look different; an identical update is not rendered again.
function signatureOf(activity) {
  return JSON.stringify([activity.text ?? null, activity.attachments ?? null]);
}

// Teams user ids start with 29:, bot ids with 28:.
function isOwn(activity) {
  return (activity.from?.id ?? '').startsWith('29:');
}

function show(activity) {
  if (!activity?.id) {
    return;
  }
  const signature = signatureOf(activity);
  const existing = state.shown.get(activity.id);
  if (existing) {
    if (existing.signature !== signature) {
      existing.signature = signature;
      existing.activity = activity;
      existing.item.querySelector('.bubble-body').replaceChildren(...renderBody(activity));
      existing.item.dataset.updates = String(Number(existing.item.dataset.updates ?? '0') + 1);
      existing.item.querySelector('.edited').hidden = false;
    }
    return;
  }

  const own = isOwn(activity);
  const item = document.createElement('li');
  item.className = `message ${own ? 'own' : 'bot'}`;
  item.dataset.activityId = activity.id;
  item.dataset.updates = '0';

  if (!own) {
    const avatar = document.createElement('span');
    avatar.className = 'avatar';
    avatar.setAttribute('aria-hidden', 'true');
    avatar.textContent = 'VB';
    item.append(avatar);
  }

  const bubble = document.createElement('div');
  bubble.className = 'bubble';
  const header = document.createElement('div');
  header.className = 'bubble-header';
  const name = document.createElement('span');
  name.className = 'sender';
  name.dataset.own = String(own);
  name.textContent = own ? say('You') : (activity.from?.name || 'VpnBot');
  const time = document.createElement('time');
  time.dateTime = activity.timestamp ?? '';
  // Teams marks an edited message; a card the bot updated in place is one.
  const edited = document.createElement('span');
  edited.className = 'edited';
  edited.dataset.text = 'Updated';
  edited.textContent = say('Updated');
  edited.hidden = true;
  header.append(name, time, edited);
  const body = document.createElement('div');
  body.className = 'bubble-body';
  body.append(...renderBody(activity));
  bubble.append(header, body);
  item.append(bubble);

  state.shown.set(activity.id, { item, signature, activity });
  insertInOrder(item, activity);
  renderTime(item);
  updateEmpty();
  if (!own) {
    // The bot has started answering; the typing dots have done their job.
    $('typing').hidden = true;
  }
  scrollToEnd();
}

// Activities are shown in the order they were posted (ids are increasing numbers); a reconnect may replay.
function insertInOrder(item, activity) {
  const transcript = $('transcript');
  const id = BigInt(/^\d+$/.test(activity.id) ? activity.id : '0');
  const later = [...transcript.children].find((other) => /^\d+$/.test(other.dataset.activityId) && BigInt(other.dataset.activityId) > id);
  transcript.insertBefore(item, later ?? null);
}

function remove(id) {
  const existing = state.shown.get(id);
  if (existing) {
    existing.item.remove();
    state.shown.delete(id);
    updateEmpty();
  }
}

function renderBody(activity) {
  const parts = [];
  if (activity.text) {
    const text = document.createElement('div');
    text.className = 'text';
    text.innerHTML = isOwn(activity) ? ownText(activity.text) : renderMarkdown(activity.text);
    parts.push(text);
  }
  for (const attachment of activity.attachments ?? []) {
    if (attachment?.contentType === cardType && attachment.content) {
      parts.push(renderCard(attachment.content, activity));
    }
  }
  return parts;
}

// What the person typed, with Teams' <at>…</at> mention shown as a mention; everything else stays text.
function ownText(text) {
  return escapeHtml(text)
    .replace(/&lt;at&gt;(.*?)&lt;\/at&gt;/g, '<span class="mention">@$1</span>')
    .replace(/\n/g, '<br>');
}

function renderCard(json, activity) {
  const holder = document.createElement('div');
  holder.className = 'card';
  if (!state.renderer) {
    const pre = document.createElement('pre');
    pre.className = 'card-json';
    pre.textContent = JSON.stringify(json, null, 2);
    holder.append(pre);
    return holder;
  }

  const card = new AdaptiveCards.AdaptiveCard();
  card.hostConfig = state.renderer.hostConfig;
  card.onExecuteAction = (action) => execute(action, activity, holder);
  const context = new AdaptiveCards.SerializationContext();
  card.parse(json, context);
  const rendered = card.render();
  if (rendered) {
    // The verb on each Action.Execute button, for people inspecting the page and for its browser test.
    for (const action of card.getAllActions()) {
      if (action.getJsonTypeName() === 'Action.Execute' && action.renderedElement) {
        action.renderedElement.dataset.verb = action.verb ?? '';
      }
    }
    holder.append(rendered);
  }
  return holder;
}

async function execute(action, activity, holder) {
  const type = action.getJsonTypeName();
  if (type === 'Action.OpenUrl') {
    if (/^https?:/i.test(action.url ?? '')) {
      window.open(action.url, '_blank', 'noopener,noreferrer');
    }
    return;
  }
  if (type !== 'Action.Execute') {
    return;
  }

  holder.classList.add('busy');
  holder.querySelector('.card-notice')?.remove();
  try {
    const { ok, status, answer } = await post('/local/send', {
      conversation: state.conversation,
      locale: state.locale,
      action: { replyToId: activity.id, verb: action.verb ?? '', data: action.data ?? {}, id: action.id ?? null, title: action.title ?? null },
    });
    const botStatus = ok ? answer?.status : status;
    const invoke = answer?.body;
    if (botStatus === 200 && invoke?.statusCode === 200 && invoke.type === cardType && invoke.value) {
      // Universal Actions: the card in the invoke response takes the pressed card's place.
      show({ ...activity, attachments: [{ contentType: cardType, content: invoke.value }] });
    } else if (botStatus === 200 && invoke?.type === messageType && invoke.value) {
      notice(activity.id, String(invoke.value), false);
    } else if (botStatus !== 200 || (invoke?.statusCode ?? 200) >= 400) {
      notice(activity.id, say('ActionFailed', invoke?.statusCode ?? botStatus), true);
    }
  } catch {
    notice(activity.id, say('BotUnreachable'), true);
  } finally {
    holder.classList.remove('busy');
  }
}

function notice(activityId, text, isError) {
  const item = state.shown.get(activityId)?.item;
  const body = item?.querySelector('.bubble-body');
  if (!body) {
    return;
  }
  body.querySelector('.card-notice')?.remove();
  const line = document.createElement('p');
  line.className = `card-notice${isError ? ' error' : ''}`;
  line.textContent = text;
  body.append(line);
}

function renderTime(item) {
  const time = item.querySelector('time');
  if (!time?.dateTime) {
    return;
  }
  const when = new Date(time.dateTime);
  if (!Number.isNaN(when.getTime())) {
    time.textContent = new Intl.DateTimeFormat(state.locale, { hour: '2-digit', minute: '2-digit' }).format(when);
  }
}

function rerenderTimes() {
  for (const { item } of state.shown.values()) {
    renderTime(item);
    const sender = item.querySelector('.sender');
    if (sender?.dataset.own === 'true') {
      sender.textContent = say('You');
    }
  }
}

// ---- start ---------------------------------------------------------------------------------------------------

function setUpRenderer(words) {
  if (!words.renderer || typeof window.AdaptiveCards === 'undefined') {
    return null;
  }
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = renderMarkdown(text);
    result.didProcess = true;
  };
  return { hostConfig: new AdaptiveCards.HostConfig(hostConfig) };
}

async function start() {
  state.words = await (await fetch('/local/text')).json();
  state.renderer = setUpRenderer(state.words);
  const savedLocale = localStorage.getItem('vpnbot.locale');
  state.locale = savedLocale ?? ((navigator.language ?? '').toLowerCase().startsWith('ja') ? 'ja-JP' : 'en-US');
  const fromHash = location.hash.slice(1);
  const key = conversations[fromHash] ? fromHash : (conversations[localStorage.getItem('vpnbot.conversation')] ? localStorage.getItem('vpnbot.conversation') : 'channel');
  state.conversation = key;
  applyLanguage();

  for (const button of document.querySelectorAll('[data-locale]')) {
    button.addEventListener('click', () => {
      state.locale = button.dataset.locale;
      localStorage.setItem('vpnbot.locale', state.locale);
      applyLanguage();
    });
  }
  for (const button of document.querySelectorAll('[data-conversation]')) {
    button.addEventListener('click', () => {
      if (button.dataset.conversation !== state.conversation) {
        open(button.dataset.conversation);
      }
    });
  }

  const box = $('message');
  box.addEventListener('input', autosize);
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $('compose').requestSubmit();
    }
  });
  $('compose').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = box.value.trim();
    if (text) {
      box.value = '';
      autosize();
      send(text);
    }
  });

  await open(key);
  document.body.dataset.ready = 'true';
}

start();
