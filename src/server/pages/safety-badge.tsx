// The safety verdict as a badge: colour from the status class, meaning from the words, which say what is
// graded (safety in pregnancy) so it is never read as the evidence grade beside it.
import { safetyLabel } from '../../content/safety-label.js';
import type { Safety } from '../../content/schema.js';

export function SafetyBadge({ safety, prefix = true }: { safety: Safety | undefined; prefix?: boolean }) {
  if (!safety) return null;
  return (
    <span className={`badge safety-badge ${safety.status}`}>
      {prefix && <span className="badge-what">Safety in pregnancy:</span>} {safetyLabel(safety)}
    </span>
  );
}
