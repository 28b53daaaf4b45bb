import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { IntlProvider } from 'react-intl';
import { App } from './app';
import { formattingLocale, initialLocale } from './i18n/locale';
import { ENGLISH, loadMessages } from './i18n/messages';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
const wanted = initialLocale();
// Rendered once the language's messages are here (English is in the bundle); never in a mix.
loadMessages(wanted)
  .catch(() => ENGLISH)
  .then((messages) => {
    const locale = messages === ENGLISH ? 'en' : wanted;
    document.documentElement.lang = locale;
    createRoot(root).render(
      <StrictMode>
        <IntlProvider locale={formattingLocale(locale)} defaultLocale="en" messages={messages}>
          <App />
        </IntlProvider>
      </StrictMode>,
    );
  });
