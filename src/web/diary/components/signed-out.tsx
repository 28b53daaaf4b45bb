// The diary for a visitor without an account: what it does, and the way in.
import { FormattedMessage, useIntl } from 'react-intl';
import { AccountLinks } from '../../components/account-links';

export function DiarySignedOut({ loggingNow = false }: { loggingNow?: boolean }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <>
      <h1>{t('diary.title')}</h1>
      {loggingNow && <p className="notice">{t('diary.signedOut.loggingNow')}</p>}
      <p className="lead">{t('diary.signedOut.lead')}</p>
      <ul className="diary-promises">
        <li>{t('diary.signedOut.oneTap')}</li>
        <li>{t('diary.signedOut.offline')}</li>
        <li>{t('diary.signedOut.honest')}</li>
        <li>{t('diary.signedOut.yours')}</li>
      </ul>
      <AccountLinks />
      <p className="muted">
        <FormattedMessage
          id="diary.signedOut.relief"
          values={{ link: (chunks) => <a href="/relief">{chunks}</a> }}
        />
      </p>
    </>
  );
}

export function DiaryLoading() {
  const intl = useIntl();
  return (
    <p className="muted" role="status">
      {intl.formatMessage({ id: 'diary.loading' })}
    </p>
  );
}
