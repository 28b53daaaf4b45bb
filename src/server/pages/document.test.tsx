import { describe, expect, it } from 'vitest';
import { renderPage } from './document.js';

describe('renderPage', () => {
  it('renders a complete document with the title, disclaimer and search form', () => {
    const html = renderPage({ title: 'Learn', path: '/learn', body: <p>Body text</p> });
    expect(html.startsWith('<!doctype html><html lang="en"')).toBe(true);
    expect(html).toContain('<title>Learn · Crampwise</title>');
    expect(html).toContain('<p>Body text</p>');
    expect(html).toContain('action="/search"');
    expect(html).toContain('aria-current="page"');
    expect(html).toContain('not a diagnosis');
  });

  it('escapes text so content cannot inject markup', () => {
    const html = renderPage({
      title: '<script>x</script>',
      path: '/',
      body: <p>{'<img src=x onerror=alert(1)>'}</p>,
    });
    expect(html).not.toContain('<script>x</script>');
    expect(html).not.toContain('<img src=x');
  });
});
