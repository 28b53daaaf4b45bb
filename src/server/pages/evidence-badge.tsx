// The evidence verdict as a badge. It grades how sure we are of what the page says, not whether the thing
// works or is safe, so it says so in words and looks unlike the safety badge: square, neutral in colour
// (no green "go"), with a small meter for the grade.
import type { IntlShape } from 'react-intl';
import type { EvidenceVerdict } from '../../content/schema.js';
import { verdictWords } from './learn-labels.js';

const BARS: Record<EvidenceVerdict, number> = {
  established: 4,
  consensus: 3,
  limited: 2,
  unproven: 1,
  contradicted: 1,
};

export function EvidenceBadge({ verdict, intl }: { verdict: EvidenceVerdict; intl: IntlShape }) {
  const bars = BARS[verdict];
  return (
    <span className={`badge evidence-badge ${verdict}`}>
      <svg viewBox="0 0 16 12" aria-hidden="true" className="meter">
        {[0, 1, 2, 3].map((i) => (
          <rect key={i} x={i * 4} y={9 - i * 3} width="3" height={3 + i * 3} opacity={i < bars ? 1 : 0.25} />
        ))}
      </svg>
      <span className="badge-what">{intl.formatMessage({ id: 'learn.badge.evidence' })}</span>{' '}
      {verdictWords(intl, verdict).label}
    </span>
  );
}
