// The safety verdict as a badge: colour from the status class, meaning from the words.
import { safetyLabel } from '../../content/safety-label.js';
import type { Safety } from '../../content/schema.js';

export function SafetyBadge({ safety }: { safety: Safety | undefined }) {
  if (!safety) return null;
  return <span className={`badge ${safety.status}`}>{safetyLabel(safety)}</span>;
}
