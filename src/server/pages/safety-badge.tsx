// The safety verdict as a badge: colour from the status class, meaning from the words, which say what is
// graded (safety in pregnancy) so it is never read as the evidence grade beside it.
import type { IntlShape } from 'react-intl';
import type { Safety } from '../../content/schema.js';
import { safetyLabelIn } from './learn-labels.js';

export function SafetyBadge({
  safety,
  intl,
  prefix = true,
}: {
  safety: Safety | undefined;
  intl: IntlShape;
  prefix?: boolean;
}) {
  if (!safety) return null;
  return (
    <span className={`badge safety-badge ${safety.status}`}>
      {prefix && <span className="badge-what">{intl.formatMessage({ id: 'learn.badge.safety' })}</span>}{' '}
      {safetyLabelIn(intl, safety)}
    </span>
  );
}
