// Item facts shown as tables or blocks: a food's nutrients per serving, a nutrient's daily targets, where an
// acupuncture point is.
import type { IntlShape } from 'react-intl';
import type { KnowledgeItem } from '../../content/schema.js';
import {
  AGE_BANDS,
  DEFAULT_AGE_BAND,
  IU_PER_MICROGRAM_VITAMIN_D,
  PREGNANCY_TARGETS,
  percentOfTarget,
  type TargetNutrient,
} from '../../core/nutrition/targets.js';
import { formatMass } from '../../i18n/format.js';

const BAND_LABEL = { '14-18': '14–18', '19-30': '19–30', '31-50': '31–50' } as const;

const NUTRIENT_OF_ITEM: Record<string, TargetNutrient> = {
  'nutrient.calcium': 'calcium',
  'nutrient.magnesium': 'magnesium',
  'nutrient.potassium': 'potassium',
  'nutrient.vitamin-b6': 'vitaminB6',
  'nutrient.vitamin-d': 'vitaminD',
};

/** The nutrients' names, the table's name and its note in the page's language (core keeps English). */
const NUTRIENT_NAMES: Record<TargetNutrient, string> = {
  calcium: 'learn.nutrient.calcium',
  magnesium: 'learn.nutrient.magnesium',
  potassium: 'learn.nutrient.potassium',
  vitaminB6: 'learn.nutrient.vitaminB6',
  vitaminD: 'learn.nutrient.vitaminD',
};
export const UPPER_LIMIT_NOTES: Partial<Record<TargetNutrient, string>> = {
  magnesium: 'learn.targets.magnesiumNote',
};
const nutrientName = (intl: IntlShape, nutrient: TargetNutrient) =>
  intl.formatMessage({ id: NUTRIENT_NAMES[nutrient] });
const tableName = (intl: IntlShape) => intl.formatMessage({ id: 'learn.targets.table' });

function targetAmount(intl: IntlShape, nutrient: TargetNutrient, value: number): string {
  const text = formatMass(intl, value, PREGNANCY_TARGETS[nutrient].unit);
  if (nutrient !== 'vitaminD') return text;
  const iu = intl.formatMessage({ id: 'learn.unit.iu' }, { amount: value * IU_PER_MICROGRAM_VITAMIN_D });
  return `${text} (${iu})`;
}

export function FoodNutrients({ item, intl }: { item: KnowledgeItem; intl: IntlShape }) {
  const n = item.nutrients;
  if (!n) return null;
  const rows: [TargetNutrient, number][] = [
    ['calcium', n.calciumMg],
    ['magnesium', n.magnesiumMg],
    ['potassium', n.potassiumMg],
    ['vitaminB6', n.vitaminB6Mg],
  ];
  return (
    <section aria-labelledby="nutrients-heading">
      <h2 id="nutrients-heading">{intl.formatMessage({ id: 'learn.food.heading' })}</h2>
      <div className="table-wrap">
        <table className="nutrients">
          <caption>
            {intl.formatMessage(
              { id: 'learn.food.caption' },
              { serving: n.serving, band: BAND_LABEL[DEFAULT_AGE_BAND], table: tableName(intl) },
            )}
          </caption>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage({ id: 'learn.food.nutrient' })}</th>
              <th scope="col">{intl.formatMessage({ id: 'learn.food.perServing' })}</th>
              <th scope="col">
                {intl.formatMessage({ id: 'learn.food.percent' }, { band: BAND_LABEL[DEFAULT_AGE_BAND] })}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([nutrient, value]) => (
              <tr key={nutrient}>
                <th scope="row">{nutrientName(intl, nutrient)}</th>
                <td>{formatMass(intl, value, 'mg')}</td>
                <td>{intl.formatNumber(percentOfTarget(value, nutrient) / 100, { style: 'percent' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {n.fdcId !== undefined && (
        <p className="muted">{intl.formatMessage({ id: 'learn.food.fdc' }, { id: String(n.fdcId) })}</p>
      )}
    </section>
  );
}

export function NutrientTargets({ item, intl }: { item: KnowledgeItem; intl: IntlShape }) {
  const nutrient = NUTRIENT_OF_ITEM[item.id];
  if (!nutrient) return null;
  const target = PREGNANCY_TARGETS[nutrient];
  return (
    <section aria-labelledby="targets-heading">
      <h2 id="targets-heading">{intl.formatMessage({ id: 'learn.targets.heading' })}</h2>
      <div className="table-wrap">
        <table className="targets">
          <caption>{intl.formatMessage({ id: 'learn.targets.caption' }, { table: tableName(intl) })}</caption>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage({ id: 'learn.targets.age' })}</th>
              <th scope="col">
                {target.basis === 'RDA'
                  ? intl.formatMessage({ id: 'learn.targets.dailyRda' })
                  : intl.formatMessage({ id: 'learn.targets.dailyAi' })}
              </th>
              <th scope="col">{intl.formatMessage({ id: 'learn.targets.upper' })}</th>
            </tr>
          </thead>
          <tbody>
            {AGE_BANDS.map((band) => {
              const limit = target.upperLimit[band];
              return (
                <tr key={band}>
                  <th scope="row">{BAND_LABEL[band]}</th>
                  <td>{targetAmount(intl, nutrient, target.daily[band])}</td>
                  <td>
                    {limit === null
                      ? intl.formatMessage({ id: 'learn.targets.none' })
                      : targetAmount(intl, nutrient, limit)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {UPPER_LIMIT_NOTES[nutrient] && (
        <p className="muted">{intl.formatMessage({ id: UPPER_LIMIT_NOTES[nutrient] })}</p>
      )}
    </section>
  );
}

export function AcupointLocation({ item, intl }: { item: KnowledgeItem; intl: IntlShape }) {
  const point = item.acupoint;
  if (!point) return null;
  return (
    <section className="card" aria-labelledby="location-heading">
      <h2 id="location-heading">{intl.formatMessage({ id: 'learn.acupoint.heading' })}</h2>
      <p>
        <strong>{point.code}</strong> · {point.names.join(' · ')}
      </p>
      <p>{point.location}</p>
    </section>
  );
}
