// The markdown Adaptive Cards allow in a TextBlock (bold, italic, links, lists, code), rendered safely:
// everything is HTML-escaped first, and only the few tags below are made afterwards, so no text in a card
// or a message can become markup or script. Links keep only http, https and mailto targets.

const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => escapes[c]);
}

function emphasis(html) {
  return html
    .replace(/\*\*(?=\S)(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/__(?=\S)(.+?)__/g, '<strong>$1</strong>')
    .replace(/(^|[^\w*])\*(?=\S)(.+?)\*(?!\w)/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_(?=\S)(.+?)_(?!\w)/g, '$1<em>$2</em>');
}

// Links are set aside while emphasis is applied, so that an underscore in an address stays in the address.
function linksAndEmphasis(html) {
  const links = [];
  const marked = html.replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, (whole, label, url) => {
    if (!/^(https?:|mailto:)/i.test(url)) {
      return whole;
    }
    links.push(`<a href="${url}" target="_blank" rel="noopener noreferrer">${emphasis(label)}</a>`);
    return `\u0000${links.length - 1}\u0000`;
  });
  return emphasis(marked).replace(/\u0000(\d+)\u0000/g, (_, i) => links[Number(i)]);
}

// Code spans first, so that nothing inside them is read as emphasis.
function inline(text) {
  return text.split(/(`[^`\n]+`)/).map((part, i) =>
    i % 2 === 1 ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : linksAndEmphasis(escapeHtml(part.replace(/\u0000/g, '')))).join('');
}

const bullet = /^\s*[-*+]\s+(.*)$/;
const numbered = /^\s*(\d{1,3})[.)]\s+(.*)$/;

export function renderMarkdown(text) {
  const blocks = [];
  let list = null;
  let paragraph = [];
  const flushParagraph = () => {
    if (paragraph.length > 0) {
      blocks.push(`<p>${paragraph.map(inline).join('<br>')}</p>`);
      paragraph = [];
    }
  };
  const flushList = () => {
    if (list) {
      const start = list.tag === 'ol' && list.start !== 1 ? ` start="${list.start}"` : '';
      blocks.push(`<${list.tag}${start}>${list.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${list.tag}>`);
      list = null;
    }
  };
  for (const line of String(text ?? '').replace(/\r\n?/g, '\n').split('\n')) {
    const b = bullet.exec(line);
    const n = b ? null : numbered.exec(line);
    if (b || n) {
      flushParagraph();
      const tag = b ? 'ul' : 'ol';
      if (!list || list.tag !== tag) {
        flushList();
        list = { tag, start: n ? Number(n[1]) : 1, items: [] };
      }
      list.items.push(b ? b[1] : n[2]);
    } else if (line.trim() === '') {
      flushParagraph();
      flushList();
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return blocks.join('');
}
