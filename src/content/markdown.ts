// Markdown of item details to HTML and to plain text. Raw HTML in the Markdown is shown as text, never
// passed through, and links may only point at our own pages or at https addresses.
import { Marked, type Token, type Tokens } from 'marked';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

function safeHref(href: string): string | null {
  if (/^https:\/\//i.test(href)) return href;
  if (/^(\/(?!\/)|#)/.test(href)) return href;
  return null;
}

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      const text = escapeHtml(token.text.trim());
      return 'block' in token && token.block ? `<p>${text}</p>\n` : text;
    },
    link({ href, title, tokens }: Tokens.Link) {
      const inner = this.parser.parseInline(tokens);
      const target = safeHref(href);
      if (!target) return inner;
      const external = target.startsWith('https:');
      const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
      const rel = external ? ' rel="noopener noreferrer"' : '';
      return `<a href="${escapeHtml(target)}"${titleAttr}${rel}>${inner}</a>`;
    },
    image({ text }: Tokens.Image) {
      return escapeHtml(text);
    },
  },
});

/** HTML for trusted-but-escaped Markdown: the item files are ours, yet no raw HTML goes through. */
export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

function collectText(tokens: Token[], out: string[]): void {
  for (const token of tokens) {
    if ('tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0) {
      collectText(token.tokens, out);
    } else if (token.type === 'list') {
      for (const item of (token as Tokens.List).items) {
        collectText(item.tokens, out);
        out.push('\n');
      }
    } else if (token.type === 'table') {
      const table = token as Tokens.Table;
      for (const cell of table.header) collectText(cell.tokens, out);
      for (const row of table.rows) for (const cell of row) collectText(cell.tokens, out);
    } else if ('text' in token && typeof token.text === 'string') {
      out.push(token.text.replace(/\s+/g, ' '));
    }
    const block =
      token.type === 'paragraph' || token.type === 'heading' || (token.type === 'html' && token.block);
    if (block) out.push('\n');
  }
}

/** The words of a Markdown text without its markup, for search and snippets. */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  collectText(marked.lexer(markdown), out);
  return out
    .join('')
    .replace(
      /&(amp|lt|gt|quot|#39);/g,
      (m) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" })[m]!,
    )
    .replace(/ *\n[ \n]*/g, '\n')
    .replace(/ {2,}/g, ' ')
    .trim();
}
