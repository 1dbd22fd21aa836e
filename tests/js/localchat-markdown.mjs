// Renders each markdown text given as a JSON array on stdin with the local chat page's markdown (the one the
// page gives the Adaptive Cards renderer) and prints {ok, html: [...]}. Usage: node localchat-markdown.mjs < texts.json

import { readFileSync } from 'node:fs';
import { renderMarkdown } from '../../src/VpnBot.Host/wwwroot/markdown.js';

const texts = JSON.parse(readFileSync(0, 'utf8'));
process.stdout.write(`${JSON.stringify({ ok: true, html: texts.map((text) => renderMarkdown(text)) })}\n`);
