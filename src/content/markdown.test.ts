import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders headings, lists and emphasis', () => {
    const html = renderMarkdown('## How\n\n- one **two**\n- three');
    expect(html).toContain('<h2>How</h2>');
    expect(html).toContain('<li>one <strong>two</strong></li>');
  });

  it('shows raw HTML as text instead of passing it through', () => {
    const html = renderMarkdown(
      'Hi <script>alert(1)</script>\n\n<div onclick="x">y</div>\n\n<img src=x onerror=alert(1)>',
    );
    expect(html).not.toMatch(/<script|<div|<img/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;div onclick=&quot;x&quot;&gt;');
  });

  it('keeps https and same-site links, drops other schemes and images', () => {
    const html = renderMarkdown(
      '[a](javascript:alert(1)) [b](https://www.nhs.uk) [c](/learn) [d](//evil.example) ![i](https://x/y.png)',
    );
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('//evil.example');
    expect(html).not.toContain('<img');
    expect(html).toContain('<a href="https://www.nhs.uk" rel="noopener noreferrer">b</a>');
    expect(html).toContain('<a href="/learn">c</a>');
  });
});

describe('markdownToText', () => {
  it('keeps the words and drops the markup, one line per block', () => {
    expect(markdownToText('## Title\n\nSome **bold** and `code`, Tom &amp; Jerry.\n\n1. one\n2. two')).toBe(
      'Title\nSome bold and code, Tom & Jerry.\none\ntwo',
    );
  });
});
