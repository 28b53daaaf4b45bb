// The words of the web app's shell and of its install manifest in the request's language: the page
// description, the <noscript> note and the manifest link in the shell the server writes per request, and
// a manifest per language at /manifest/<locale>.webmanifest. English keeps the shell and the manifest as built.
import type { Locale } from '../../i18n/locales.js';
import { serverIntl } from '../../i18n/server-intl.js';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Where the manifest in a language is served. */
export const manifestPathIn = (locale: Locale) => `/manifest/${locale}.webmanifest`;

/** The <noscript> note: the sentence, then the three server pages that need no JavaScript, as links. */
function noscriptIn(locale: Locale): string {
  const intl = serverIntl(locale, ['shell']);
  const links = {
    relief: `<a href="/relief">${escapeHtml(intl.formatMessage({ id: 'shell.reliefNow' }))}</a>`,
    check: `<a href="/check">${escapeHtml(intl.formatMessage({ id: 'shell.noscript.check' }))}</a>`,
    learn: `<a href="/learn">${escapeHtml(intl.formatMessage({ id: 'shell.noscript.learn' }))}</a>`,
  };
  // Formatted with markers, escaped, then the links put in: the catalog's text is never taken as HTML.
  const marked = intl.formatMessage(
    { id: 'shell.noscript.works' },
    { relief: '[[relief]]', check: '[[check]]', learn: '[[learn]]' },
  );
  const works = escapeHtml(marked).replace(
    /\[\[(relief|check|learn)\]\]/g,
    (_, name: keyof typeof links) => links[name],
  );
  const lead = escapeHtml(intl.formatMessage({ id: 'shell.noscript.lead' }));
  return `<noscript><p class="noscript">${lead} ${works}</p></noscript>`;
}

/** The shell's own words in `locale`; the built English shell is returned as it is. */
export function shellWordsIn(shell: string, locale: Locale): string {
  if (locale === 'en') return shell;
  const intl = serverIntl(locale, ['shell']);
  const description = escapeHtml(intl.formatMessage({ id: 'shell.description' }));
  return shell
    .replace(
      /<meta name="description" content="[^"]*"\s*\/?>/,
      `<meta name="description" content="${description}" />`,
    )
    .replace(/<noscript>[\s\S]*?<\/noscript>/, noscriptIn(locale))
    .replace(
      /<link rel="manifest" href="[^"]*"\s*\/?>/,
      `<link rel="manifest" href="${manifestPathIn(locale)}" />`,
    );
}

type Manifest = {
  description?: string;
  shortcuts?: { name?: string; url?: string }[];
  [key: string]: unknown;
};

/** The built manifest in `locale`: its description and shortcut names, and its language. */
export function manifestIn(manifest: Manifest, locale: Locale): Manifest {
  const intl = serverIntl(locale, ['shell']);
  const shortcutName = (url: string | undefined, name: string | undefined) => {
    if (url === '/relief') return intl.formatMessage({ id: 'shell.reliefNow' });
    if (url?.startsWith('/diary?log=')) return intl.formatMessage({ id: 'shell.manifest.logCramp' });
    return name;
  };
  return {
    ...manifest,
    lang: locale,
    dir: 'ltr',
    description: intl.formatMessage({ id: 'shell.manifest.description' }),
    ...(manifest.shortcuts
      ? { shortcuts: manifest.shortcuts.map((s) => ({ ...s, name: shortcutName(s.url, s.name) })) }
      : {}),
  };
}
