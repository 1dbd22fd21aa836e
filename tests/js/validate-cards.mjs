// Validates Adaptive Cards with the official parser (npm adaptivecards) as a host targeting schema 1.5
// (what Teams renders everywhere) would: every *.json file in the folder given as the only argument is
// parsed, its parse events and property validation events are collected, and properties the parser did
// not recognise are reported too (the parser drops them silently, so a misspelt property would
// otherwise pass). Prints one JSON object on standard output:
//   { "cards": { "<file name without .json>": [ { "severity": "error|warning", "event": "...", "message": "..." } ] } }
// Exit status: 0 when the report was written (whatever it says), 2 on bad usage or an unreadable card.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join, basename } from 'node:path';

const require = createRequire(import.meta.url);
// The UMD bundle: lib/ is ESM without file extensions and does not load under Node.
const AC = require('adaptivecards/dist/adaptivecards.js');

// Host-specific properties the Adaptive Card schema allows beside its own.
const HOST_PROPERTIES = new Set(['$schema', 'msteams']);

// Events that are advice rather than faults; still reported, and still failures for the tests.
const WARNING_EVENTS = new Set([AC.ValidationEvent.Hint, AC.ValidationEvent.Deprecated]);

function severity(event) {
  return WARNING_EVENTS.has(event) ? 'warning' : 'error';
}

function problem(event, message) {
  return { severity: severity(event), event: AC.ValidationEvent[event] ?? String(event), message };
}

/** Properties present in what we sent and absent from the parser's own serialization of the card. */
function droppedProperties(sent, parsed, path, out) {
  if (Array.isArray(sent)) {
    sent.forEach((item, i) => droppedProperties(item, Array.isArray(parsed) ? parsed[i] : undefined, `${path}[${i}]`, out));
    return;
  }
  if (sent === null || typeof sent !== 'object') {
    return;
  }
  for (const [key, value] of Object.entries(sent)) {
    if (HOST_PROPERTIES.has(key)) {
      continue;
    }
    const there = parsed !== null && typeof parsed === 'object' ? parsed[key] : undefined;
    if (there === undefined) {
      // The parser leaves out values equal to its defaults; those were understood.
      if (!isDefaultValue(key, value)) {
        out.push(`${path}.${key}`);
      }
      continue;
    }
    droppedProperties(value, there, `${path}.${key}`, out);
  }
}

function isDefaultValue(key, value) {
  if (Array.isArray(value) && value.length === 0) {
    return true;
  }
  const defaults = {
    wrap: false, isVisible: true, separator: false, spacing: 'default', isSubtle: false, isRequired: false,
    size: 'default', weight: 'default', color: 'default', style: 'default', fontType: 'default',
    horizontalAlignment: 'left', verticalContentAlignment: 'top', bleed: false, isMultiSelect: false,
  };
  return Object.prototype.hasOwnProperty.call(defaults, key) && defaults[key] === value;
}

function validate(json) {
  const problems = [];
  // The parser checks "lang" with a shared global-flag RegExp whose lastIndex survives from the previous card,
  // so every other card would fail; each card is checked as if it were the first one the host sees.
  AC.CardElement.langProperty.regEx.lastIndex = 0;
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(problem(e.event, e.message));
  }
  for (const e of card.validateProperties().validationEvents) {
    problems.push(problem(e.event, e.message));
  }
  if (json.version !== '1.5') {
    problems.push(problem(AC.ValidationEvent.UnsupportedCardVersion, `The card declares version ${json.version}; Teams needs 1.5.`));
  }
  const dropped = [];
  droppedProperties(json, card.toJSON(new AC.SerializationContext(AC.Versions.v1_5)), '$', dropped);
  for (const path of dropped) {
    problems.push(problem(AC.ValidationEvent.UnsupportedProperty, `The parser does not know ${path} (misspelt, misplaced, or newer than 1.5).`));
  }
  return problems;
}

function main() {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: node validate-cards.mjs FOLDER-OF-CARD-JSON');
    process.exit(2);
  }
  const cards = {};
  for (const file of readdirSync(folder).filter(f => f.endsWith('.json')).sort()) {
    let json;
    try {
      json = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    } catch (e) {
      console.error(`${file}: not JSON: ${e.message}`);
      process.exit(2);
    }
    cards[basename(file, '.json')] = validate(json);
  }
  process.stdout.write(JSON.stringify({ cards }));
}

main();
