// Switches between dark and light; the choice is kept on this device only.
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { THEME_STORAGE_KEY } from '../site-scripts/names';

type Theme = 'dark' | 'light';

function currentTheme(): Theme {
  return document.documentElement.getAttribute('data-theme') === 'light' ? 'light' : 'dark';
}

export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(currentTheme);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  const label = useIntl().formatMessage({ id: 'common.theme.switchTo' }, { theme: next });
  return (
    <button
      type="button"
      className="button ghost"
      aria-label={label}
      title={label}
      onClick={() => {
        document.documentElement.setAttribute('data-theme', next);
        try {
          localStorage.setItem(THEME_STORAGE_KEY, next);
        } catch {
          // Private mode: the choice lasts for this page only.
        }
        setTheme(next);
      }}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀︎' : '☾'}</span>
    </button>
  );
}
