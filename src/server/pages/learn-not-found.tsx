// The page for a Learn address that holds nothing: a way back in, in the reader's language.
import { renderPage } from './document.js';
import { LEARN_SCRIPTS } from './learn-index.js';
import { type LearnLanguage, learnLanguage } from './learn-language.js';
import { LiveSearchText } from './live-search-text.js';

export function renderLearnNotFound(path: string, lang: LearnLanguage = learnLanguage()): string {
  const { intl } = lang;
  const title = intl.formatMessage({ id: 'learn.notFound.title' });
  return renderPage({
    title,
    path,
    scripts: LEARN_SCRIPTS,
    head: <LiveSearchText intl={intl} />,
    locale: lang.locale,
    body: (
      <>
        <h1>{title}</h1>
        <p>{intl.formatMessage({ id: 'learn.notFound.message' })}</p>
        <p>
          {intl.formatMessage(
            { id: 'learn.notFound.help' },
            {
              learn: (chunks) => <a href="/learn">{chunks}</a>,
              relief: (chunks) => <a href="/relief">{chunks}</a>,
            },
          )}
        </p>
      </>
    ),
  });
}
