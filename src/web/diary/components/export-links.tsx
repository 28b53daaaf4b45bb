// The person's data is theirs: download all of it, or delete the account (from the profile).
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { EXPORT_CSV_URL, EXPORT_JSON_URL } from '../diary-api';

export function ExportLinks() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <section className="diary-section" aria-labelledby="your-data">
      <h2 id="your-data">{t('diary.export.title')}</h2>
      <p className="muted">{t('diary.export.lead')}</p>
      <div className="export-links">
        <a className="button secondary" href={EXPORT_JSON_URL} download>
          {t('diary.export.json')}
        </a>
        <a className="button secondary" href={EXPORT_CSV_URL} download>
          {t('diary.export.csv')}
        </a>
      </div>
      <p className="muted">
        <FormattedMessage
          id="diary.export.delete"
          values={{ link: (chunks) => <Link href="/profile">{chunks}</Link> }}
        />
      </p>
    </section>
  );
}
