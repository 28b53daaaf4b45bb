// Item facts shown as tables or blocks: a food's nutrients per serving, a nutrient's daily targets, where an
// acupuncture point is.
import type { KnowledgeItem } from '../../content/schema.js';
import {
  AGE_BANDS,
  DEFAULT_AGE_BAND,
  IU_PER_MICROGRAM_VITAMIN_D,
  PREGNANCY_TARGETS,
  percentOfTarget,
  TARGETS_TABLE_NAME,
  type TargetNutrient,
} from '../../core/nutrition/targets.js';

const BAND_LABEL = { '14-18': '14–18', '19-30': '19–30', '31-50': '31–50' } as const;

const NUTRIENT_OF_ITEM: Record<string, TargetNutrient> = {
  'nutrient.calcium': 'calcium',
  'nutrient.magnesium': 'magnesium',
  'nutrient.potassium': 'potassium',
  'nutrient.vitamin-b6': 'vitaminB6',
  'nutrient.vitamin-d': 'vitaminD',
};

const amount = (value: number, unit: string) => `${value.toLocaleString('en-GB')} ${unit}`;

function targetAmount(nutrient: TargetNutrient, value: number): string {
  const text = amount(value, PREGNANCY_TARGETS[nutrient].unit);
  return nutrient === 'vitaminD' ? `${text} (${amount(value * IU_PER_MICROGRAM_VITAMIN_D, 'IU')})` : text;
}

export function FoodNutrients({ item }: { item: KnowledgeItem }) {
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
      <h2 id="nutrients-heading">In one serving</h2>
      <div className="table-wrap">
        <table className="nutrients">
          <caption>
            {n.serving}. The % column is the share of the daily target in pregnancy for ages{' '}
            {BAND_LABEL[DEFAULT_AGE_BAND]} ({TARGETS_TABLE_NAME}); teenagers need more calcium and magnesium.
          </caption>
          <thead>
            <tr>
              <th scope="col">Nutrient</th>
              <th scope="col">Per serving</th>
              <th scope="col">% of daily target (ages {BAND_LABEL[DEFAULT_AGE_BAND]})</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([nutrient, value]) => (
              <tr key={nutrient}>
                <th scope="row">{PREGNANCY_TARGETS[nutrient].label}</th>
                <td>{amount(value, 'mg')}</td>
                <td>{percentOfTarget(value, nutrient)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {n.fdcId !== undefined && <p className="muted">USDA FoodData Central food ID {n.fdcId}.</p>}
    </section>
  );
}

export function NutrientTargets({ item }: { item: KnowledgeItem }) {
  const nutrient = NUTRIENT_OF_ITEM[item.id];
  if (!nutrient) return null;
  const target = PREGNANCY_TARGETS[nutrient];
  return (
    <section aria-labelledby="targets-heading">
      <h2 id="targets-heading">How much you need in pregnancy</h2>
      <div className="table-wrap">
        <table className="targets">
          <caption>{TARGETS_TABLE_NAME}. Other countries’ tables differ.</caption>
          <thead>
            <tr>
              <th scope="col">Age</th>
              <th scope="col">
                Daily target ({target.basis === 'RDA' ? 'recommended amount' : 'adequate intake'})
              </th>
              <th scope="col">Upper limit</th>
            </tr>
          </thead>
          <tbody>
            {AGE_BANDS.map((band) => {
              const limit = target.upperLimit[band];
              return (
                <tr key={band}>
                  <th scope="row">{BAND_LABEL[band]}</th>
                  <td>{targetAmount(nutrient, target.daily[band])}</td>
                  <td>{limit === null ? 'None set' : targetAmount(nutrient, limit)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {target.upperLimitNote && <p className="muted">{target.upperLimitNote}</p>}
    </section>
  );
}

export function AcupointLocation({ item }: { item: KnowledgeItem }) {
  const point = item.acupoint;
  if (!point) return null;
  return (
    <section className="card" aria-labelledby="location-heading">
      <h2 id="location-heading">Where it is</h2>
      <p>
        <strong>{point.code}</strong> · {point.names.join(' · ')}
      </p>
      <p>{point.location}</p>
    </section>
  );
}
