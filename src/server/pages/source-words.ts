// The words about a source in the page's language: its kind, and our appraisal of it. The appraisals are
// written in src/content/sources.yaml (English) and kept in the `learn` catalog for every language, keyed by
// the source's key; source-words.test.ts fails when the two drift apart or a source's appraisal has no message.
import type { IntlShape } from 'react-intl';
import type { Source } from '../../content/schema.js';

const KIND_MESSAGES: Record<Source['kind'], string> = {
  'consumer-article': 'learn.sourceKind.consumer-article',
  guideline: 'learn.sourceKind.guideline',
  review: 'learn.sourceKind.review',
  trial: 'learn.sourceKind.trial',
  study: 'learn.sourceKind.study',
  regulator: 'learn.sourceKind.regulator',
  database: 'learn.sourceKind.database',
};

/** The message of each source that carries an appraisal, by its key. */
export const APPRAISAL_MESSAGES: Readonly<Record<string, string>> = {
  webmd: 'learn.appraisal.webmd',
  apa: 'learn.appraisal.apa',
  ilive: 'learn.appraisal.ilive',
  cainiu: 'learn.appraisal.cainiu',
  fuji: 'learn.appraisal.fuji',
  'tsumura-68-insert': 'learn.appraisal.tsumura-68-insert',
  'magne-b6-label': 'learn.appraisal.magne-b6-label',
  'serov-magic': 'learn.appraisal.serov-magic',
  'cma-calcium-consensus-2021': 'learn.appraisal.cma-calcium-consensus-2021',
  'chinese-pharmacopoeia-2020': 'learn.appraisal.chinese-pharmacopoeia-2020',
};

export const sourceKindLabel = (intl: IntlShape, kind: Source['kind']): string =>
  intl.formatMessage({ id: KIND_MESSAGES[kind] });

/** Our appraisal of the source in the page's language; undefined for a source without one. */
export function appraisalIn(intl: IntlShape, source: Source): string | undefined {
  if (!source.appraisal) return undefined;
  const id = APPRAISAL_MESSAGES[source.key];
  return id ? intl.formatMessage({ id }) : source.appraisal;
}
