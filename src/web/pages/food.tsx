// The food check: pick what was eaten today (search, recent, favourites), with servings, the diet and any
// supplements; the server adds it up against the pregnancy targets for her age. Recent foods, favourites
// and the diet stay on this device only.
import { type FormEvent, useMemo, useState } from 'react';
import { FormattedMessage, type IntlShape, useIntl } from 'react-intl';
import { Link } from 'wouter';
import type {
  FoodLog,
  NutritionDayRequest,
  NutritionDayResponse,
  NutritionFood,
  NutritionFoodsResponse,
} from '../../contract/nutrition';
import { DAY_NUTRIENTS, type DayNutrient, SERVINGS_RANGE } from '../../core/nutrition/day';
import { DIET_CHOICES, type DietChoice } from '../../core/nutrition/food-facts';
import { ApiError, api, type Profile } from '../api';
import { AccountLinks } from '../components/account-links';
import { CitedSources } from '../components/cited-sources';
import { FormError, fieldId } from '../components/field';
import { useApiForm } from '../components/use-api-form';
import { useResource } from '../components/use-resource';
import { CheckChips, Stepper } from '../diary/components/choices';
import { todayIn } from '../diary/diary-time';
import { readDeviceList, writeDeviceList } from '../food-device';
import { matchesFood } from '../food-search';
import { useSession } from '../session';

const nutrientName = (intl: IntlShape, nutrient: DayNutrient) =>
  intl.formatMessage({ id: 'food.nutrient' }, { nutrient });
/** Unit labels are words in some languages (мг, МЕ); the value is what the API takes. */
const unitName = (intl: IntlShape, unit: 'mg' | 'µg' | 'IU') =>
  intl.formatMessage({ id: 'food.unit' }, { unit: unit === 'µg' ? 'ug' : unit });
/** ICU select keys cannot hold a hyphen. */
const dietName = (intl: IntlShape, diet: DietChoice) =>
  intl.formatMessage({ id: 'food.diet' }, { diet: diet === 'no-dairy' ? 'noDairy' : diet });
const SUPPLEMENT_UNITS: Record<DayNutrient, readonly ('mg' | 'µg' | 'IU')[]> = {
  calcium: ['mg'],
  magnesium: ['mg'],
  potassium: ['mg'],
  vitaminD: ['µg', 'IU'],
};
const SERVING_STEP = 0.5;
const RECENT_MAX = 8;
const SEARCH_MAX = 8;

type Eaten = { food: string; servings: number };
type SupplementRow = { key: number; nutrient: DayNutrient; amount: string; unit: 'mg' | 'µg' | 'IU' };
let nextSupplementKey = 1;

export function FoodPage() {
  const { profile, loading } = useSession();
  if (loading)
    return (
      <p className="muted" role="status">
        <FormattedMessage id="food.page.loading" />
      </p>
    );
  if (!profile) return <SignedOut />;
  return <FoodCheck profile={profile} />;
}

function SignedOut() {
  return (
    <>
      <h1>
        <FormattedMessage id="food.page.title" />
      </h1>
      <p className="lead">
        <FormattedMessage id="food.page.signedOutLead" />
      </p>
      <AccountLinks />
    </>
  );
}

/** A figure to one decimal in the locale's decimal sign (2,9 in Russian), ungrouped so 1000 reads as before. */
const fmt = (intl: IntlShape, n: number) =>
  intl.formatNumber(n, { maximumFractionDigits: 1, useGrouping: false });

/** One string per day's entry, whatever key order the store gave back (jsonb sorts keys). */
function canonical(log: {
  items: Eaten[];
  supplements?: { nutrient: string; amount: number; unit: string }[];
  diet?: string[];
}) {
  return JSON.stringify([
    log.items.map((i) => [i.food, i.servings]),
    (log.supplements ?? []).map((x) => [x.nutrient, x.amount, x.unit]),
    log.diet ?? [],
  ]);
}

/** Today's saved log, or null when there is none (a 404 is an answer here, not a failure). */
async function loadLog(path: string): Promise<FoodLog | null> {
  try {
    return await api<FoodLog>('GET', path);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

function FoodCheck({ profile }: { profile: Profile }) {
  const intl = useIntl();
  const today = todayIn(profile.timezone, new Date());
  const foods = useResource<NutritionFoodsResponse>(
    '/api/nutrition/foods',
    intl.formatMessage({ id: 'food.page.foodsFailed' }),
  );
  const saved = useResource<FoodLog | null>(
    `/api/nutrition/log/${today}`,
    intl.formatMessage({ id: 'food.page.logFailed' }),
    loadLog,
  );
  const failed = foods.error ?? saved.error;
  if (failed)
    return (
      <>
        <h1>
          <FormattedMessage id="food.page.title" />
        </h1>
        <p className="form-error" role="alert">
          {failed}
        </p>
      </>
    );
  if (!foods.data || saved.loading)
    return (
      <>
        <h1>
          <FormattedMessage id="food.page.title" />
        </h1>
        <p className="muted" role="status">
          <FormattedMessage id="food.page.loadingFoods" />
        </p>
      </>
    );
  return <FoodForm catalogue={foods.data} saved={saved.data} today={today} />;
}

const SUPPLEMENT_NUTRIENTS: readonly string[] = DAY_NUTRIENTS;
const isUnit = (unit: string): unit is SupplementRow['unit'] =>
  unit === 'mg' || unit === 'µg' || unit === 'IU';

/** A saved log back into the form: anything the page no longer knows is left out rather than guessed. */
function rowsOf(saved: FoodLog): SupplementRow[] {
  return saved.supplements.flatMap((s) =>
    SUPPLEMENT_NUTRIENTS.includes(s.nutrient) && isUnit(s.unit)
      ? [
          {
            key: nextSupplementKey++,
            nutrient: s.nutrient as DayNutrient,
            amount: String(s.amount),
            unit: s.unit,
          },
        ]
      : [],
  );
}

function FoodForm({
  catalogue,
  saved,
  today,
}: {
  catalogue: NutritionFoodsResponse;
  saved: FoodLog | null;
  today: string;
}) {
  const intl = useIntl();
  const byId = useMemo(() => new Map(catalogue.foods.map((food) => [food.id, food])), [catalogue]);
  const [eaten, setEaten] = useState<Eaten[]>(() => saved?.items.filter((i) => byId.has(i.food)) ?? []);
  const [query, setQuery] = useState('');
  const [recent, setRecent] = useState<string[]>(() => readDeviceList('recent'));
  const [favourites, setFavourites] = useState<string[]>(() => readDeviceList('favourites'));
  const [diet, setDiet] = useState<DietChoice[]>(() =>
    (saved?.diet ?? readDeviceList('diet')).filter((d): d is DietChoice =>
      (DIET_CHOICES as readonly string[]).includes(d),
    ),
  );
  const [supplements, setSupplements] = useState<SupplementRow[]>(() => (saved ? rowsOf(saved) : []));
  const [result, setResult] = useState<NutritionDayResponse | null>(null);
  // What the diary holds for today, as sent: "Saved" shows only while the form still says the same.
  const [savedBody, setSavedBody] = useState<string | null>(() => (saved ? canonical(saved) : null));
  const form = useApiForm();
  const saving = useApiForm();

  const requestBody = (): NutritionDayRequest => ({
    items: eaten,
    supplements: supplements.map((s) => ({ nutrient: s.nutrient, amount: Number(s.amount), unit: s.unit })),
    diet,
  });
  async function saveLog() {
    const body = requestBody();
    await saving.run(async () => {
      const stored = await api<FoodLog>('PUT', `/api/nutrition/log/${today}`, body);
      setSavedBody(canonical(stored));
    });
  }

  function add(id: string) {
    setEaten((list) =>
      list.some((e) => e.food === id)
        ? list.map((e) =>
            e.food === id ? { ...e, servings: Math.min(SERVINGS_RANGE.max, e.servings + 1) } : e,
          )
        : [...list, { food: id, servings: 1 }],
    );
    const nextRecent = [id, ...recent.filter((r) => r !== id)].slice(0, RECENT_MAX);
    setRecent(nextRecent);
    writeDeviceList('recent', nextRecent);
    setQuery('');
  }
  function toggleFavourite(id: string) {
    const next = favourites.includes(id) ? favourites.filter((f) => f !== id) : [...favourites, id];
    setFavourites(next);
    writeDeviceList('favourites', next);
  }
  function changeDiet(next: DietChoice[]) {
    setDiet(next);
    writeDeviceList('diet', next);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = requestBody();
    await form.run(async () => {
      setResult(await api<NutritionDayResponse>('POST', '/api/nutrition/day', body));
    });
  }

  const found = catalogue.foods.filter((food) => matchesFood(food, query)).slice(0, SEARCH_MAX);
  const quick = (ids: string[]) =>
    ids.map((id) => byId.get(id)).filter((f): f is NutritionFood => f !== undefined);
  const labels: Record<string, string> = {};
  eaten.forEach((e, i) => {
    const name = byId.get(e.food)?.title ?? e.food;
    labels[`items.${i}.servings`] = intl.formatMessage({ id: 'food.field.servings' }, { name });
    labels[`items.${i}.food`] = name;
  });
  supplements.forEach((s, i) => {
    const values = { n: i + 1, nutrient: nutrientName(intl, s.nutrient) };
    labels[`supplements.${i}.amount`] = intl.formatMessage({ id: 'food.field.supplementAmount' }, values);
    labels[`supplements.${i}.unit`] = intl.formatMessage({ id: 'food.field.supplementUnit' }, values);
  });
  const cited = eaten
    .map((e) => byId.get(e.food))
    .filter((f): f is NutritionFood => f !== undefined)
    .map((f) => intl.formatMessage({ id: 'food.citation.entry' }, { name: f.title, id: String(f.fdcId) }))
    .join(intl.locale === 'zh-Hans' || intl.locale === 'ja' ? '；' : '; ');

  return (
    <div className="food-check">
      <h1>
        <FormattedMessage id="food.page.title" />
      </h1>
      <p className="lead">
        <FormattedMessage id="food.page.lead" />
      </p>

      <form onSubmit={submit} noValidate>
        <div className="field food-search">
          <label htmlFor="food-search">
            <FormattedMessage id="food.search.label" />
          </label>
          <input
            id="food-search"
            type="search"
            autoComplete="off"
            placeholder={intl.formatMessage({ id: 'food.search.placeholder' })}
            value={query}
            aria-describedby="food-search-count"
            onChange={(event) => setQuery(event.target.value)}
          />
          <p id="food-search-count" className="visually-hidden" aria-live="polite">
            {query.trim() ? intl.formatMessage({ id: 'food.search.count' }, { count: found.length }) : ''}
          </p>
          {found.length > 0 && (
            <ul className="food-results" aria-label={intl.formatMessage({ id: 'food.search.results' })}>
              {found.map((food) => (
                <li key={food.id}>
                  <button type="button" className="food-pick" onClick={() => add(food.id)}>
                    <span className="food-pick-title">
                      <FormattedMessage id="food.search.add" values={{ name: food.title }} />
                    </span>
                    <span className="food-pick-serving">{food.serving}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {query.trim() !== '' && found.length === 0 && (
            <p className="muted">
              <FormattedMessage id="food.search.none" />
            </p>
          )}
        </div>

        <QuickList
          title={intl.formatMessage({ id: 'food.quick.favourites' })}
          foods={quick(favourites)}
          onAdd={add}
        />
        <QuickList
          title={intl.formatMessage({ id: 'food.quick.recent' })}
          foods={quick(recent)}
          onAdd={add}
        />

        <section aria-labelledby="eaten-title" className="food-eaten">
          <h2 id="eaten-title">
            <FormattedMessage id="food.eaten.title" />
          </h2>
          {eaten.length === 0 ? (
            <p className="muted">
              <FormattedMessage id="food.eaten.empty" />
            </p>
          ) : (
            <ul className="eaten-list">
              {eaten.map((entry, index) => {
                const food = byId.get(entry.food);
                const title = food?.title ?? entry.food;
                return (
                  <li key={entry.food} className="eaten-row">
                    <div className="eaten-head">
                      <span className="eaten-title">{title}</span>
                      <button
                        type="button"
                        className="button ghost"
                        aria-pressed={favourites.includes(entry.food)}
                        onClick={() => toggleFavourite(entry.food)}
                      >
                        <FormattedMessage
                          id="food.eaten.favourite"
                          values={{ on: favourites.includes(entry.food) ? 'yes' : 'no' }}
                        />
                        <span className="visually-hidden">: {title}</span>
                      </button>
                    </div>
                    {food && (
                      <p className="hint">
                        <FormattedMessage id="food.eaten.serving" values={{ serving: food.serving }} />
                      </p>
                    )}
                    <Stepper
                      label={intl.formatMessage({ id: 'food.eaten.servingsOf' }, { name: title })}
                      field={`items.${index}.servings`}
                      value={entry.servings}
                      min={SERVINGS_RANGE.min}
                      max={SERVINGS_RANGE.max}
                      step={SERVING_STEP}
                      lessLabel={intl.formatMessage({ id: 'food.eaten.fewer' })}
                      moreLabel={intl.formatMessage({ id: 'food.eaten.more' })}
                      error={form.fields[`items.${index}.servings`]}
                      onChange={(servings) =>
                        servings !== null &&
                        setEaten((list) => list.map((e) => (e.food === entry.food ? { ...e, servings } : e)))
                      }
                    />
                    <button
                      type="button"
                      className="button secondary"
                      onClick={() => setEaten((list) => list.filter((e) => e.food !== entry.food))}
                    >
                      <FormattedMessage id="food.eaten.remove" />
                      <span className="visually-hidden"> {title}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <CheckChips
          legend={intl.formatMessage({ id: 'food.diet.legend' })}
          hint={intl.formatMessage({ id: 'food.diet.hint' })}
          name="diet"
          field="diet"
          values={diet}
          onChange={changeDiet}
          options={DIET_CHOICES.map((value) => ({
            value,
            label: dietName(intl, value),
          }))}
        />

        <section aria-labelledby="supplements-title" className="food-supplements">
          <h2 id="supplements-title">
            <FormattedMessage id="food.supplements.title" />
          </h2>
          <p className="hint">
            <FormattedMessage id="food.supplements.hint" />
          </p>
          {supplements.map((row, index) => (
            <SupplementEditor
              key={row.key}
              index={index}
              row={row}
              errors={form.fields}
              onChange={(next) => setSupplements((rows) => rows.map((r, i) => (i === index ? next : r)))}
              onRemove={() => setSupplements((rows) => rows.filter((_, i) => i !== index))}
            />
          ))}
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              setSupplements((rows) => [
                ...rows,
                { key: nextSupplementKey++, nutrient: 'vitaminD', amount: '', unit: 'µg' },
              ])
            }
          >
            <FormattedMessage id="food.supplements.add" />
          </button>
        </section>

        <FormError message={form.error} fields={form.fields} labels={labels} />
        <div className="form-actions">
          <button type="submit" className="button block" disabled={form.busy}>
            <FormattedMessage id={form.busy ? 'food.submitBusy' : 'food.submit'} />
          </button>
        </div>
      </form>

      {result && <DayResult result={result} byId={byId} onAdd={add} />}

      <section className="food-log" aria-labelledby="food-log-title">
        <h2 id="food-log-title">
          <FormattedMessage id="food.log.title" />
        </h2>
        <p className="hint">
          <FormattedMessage id="food.log.hint" />
        </p>
        <FormError message={saving.error} fields={saving.fields} labels={labels} />
        <div className="form-actions">
          <button type="button" className="button secondary" disabled={saving.busy} onClick={saveLog}>
            <FormattedMessage id={saving.busy ? 'food.log.saving' : 'food.log.save'} />
          </button>
          <p role="status" className="muted">
            {savedBody !== null && savedBody === canonical(requestBody())
              ? intl.formatMessage({ id: 'food.log.saved' })
              : ''}
          </p>
        </div>
      </section>

      <p className="citation" data-testid="food-citation">
        <FormattedMessage
          id="food.citation"
          values={{
            // The database's name is a name: it stays as USDA writes it, marked as English.
            source: catalogue.source.url ? (
              <a href={catalogue.source.url} lang="en">
                USDA FoodData Central
              </a>
            ) : (
              <span lang="en">USDA FoodData Central</span>
            ),
            hasList: cited === '' ? 'no' : 'yes',
            list: cited,
          }}
        />
      </p>
      <details className="food-sources">
        <summary>
          <FormattedMessage id="food.sources.summary" />
        </summary>
        <ul>
          {catalogue.foods.map((food) => (
            <li key={food.id}>
              {food.title}: {food.serving} — FDC {food.fdcId} “<span lang="en">{food.fdcDescription}</span>”
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

function QuickList({
  title,
  foods,
  onAdd,
}: {
  title: string;
  foods: NutritionFood[];
  onAdd: (id: string) => void;
}) {
  if (foods.length === 0) return null;
  return (
    <section className="food-quick" aria-label={title}>
      <h2 className="food-quick-title">{title}</h2>
      <div className="chips">
        {foods.map((food) => (
          <button
            key={food.id}
            type="button"
            className="button secondary food-chip"
            onClick={() => onAdd(food.id)}
          >
            <FormattedMessage id="food.quick.add" values={{ name: food.title }} />
          </button>
        ))}
      </div>
    </section>
  );
}

function SupplementEditor({
  index,
  row,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  row: SupplementRow;
  errors: Record<string, string>;
  onChange: (row: SupplementRow) => void;
  onRemove: () => void;
}) {
  const intl = useIntl();
  const n = index + 1;
  const units = SUPPLEMENT_UNITS[row.nutrient];
  return (
    <fieldset className="supplement-row">
      <legend>
        <FormattedMessage id="food.supplement.legend" values={{ n }} />
      </legend>
      <div className="field">
        <label htmlFor={fieldId(`supplements.${index}.nutrient`)}>
          <FormattedMessage id="food.supplement.nutrient" />
        </label>
        <select
          id={fieldId(`supplements.${index}.nutrient`)}
          value={row.nutrient}
          onChange={(event) => {
            const nutrient = event.target.value as DayNutrient;
            onChange({ ...row, nutrient, unit: SUPPLEMENT_UNITS[nutrient][0]! });
          }}
        >
          {DAY_NUTRIENTS.map((nutrient) => (
            <option key={nutrient} value={nutrient}>
              {nutrientName(intl, nutrient)}
            </option>
          ))}
        </select>
      </div>
      <div className="supplement-amount">
        <div className="field">
          <label htmlFor={fieldId(`supplements.${index}.amount`)}>
            <FormattedMessage id="food.supplement.amount" />
          </label>
          <input
            id={fieldId(`supplements.${index}.amount`)}
            type="number"
            inputMode="decimal"
            min={0}
            value={row.amount}
            aria-invalid={errors[`supplements.${index}.amount`] ? true : undefined}
            onChange={(event) => onChange({ ...row, amount: event.target.value })}
          />
          {errors[`supplements.${index}.amount`] && (
            <p className="error">{errors[`supplements.${index}.amount`]}</p>
          )}
        </div>
        <div className="field">
          <label htmlFor={fieldId(`supplements.${index}.unit`)}>
            <FormattedMessage id="food.supplement.unit" />
          </label>
          <select
            id={fieldId(`supplements.${index}.unit`)}
            value={row.unit}
            onChange={(event) => onChange({ ...row, unit: event.target.value as SupplementRow['unit'] })}
          >
            {units.map((unit) => (
              <option key={unit} value={unit}>
                {unitName(intl, unit)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="button" className="button secondary" onClick={onRemove}>
        <FormattedMessage id="food.supplement.remove" values={{ n }} />
      </button>
    </fieldset>
  );
}

const AGE_BAND_TEXT = { '14-18': '14–18', '19-30': '19–30', '31-50': '31–50' } as const;

function DayResult({
  result,
  byId,
  onAdd,
}: {
  result: NutritionDayResponse;
  byId: Map<string, NutritionFood>;
  onAdd: (id: string) => void;
}) {
  const intl = useIntl();
  const f = (n: number) => fmt(intl, n);
  return (
    <section className="food-result" aria-labelledby="food-result-title" aria-live="polite">
      <h2 id="food-result-title">
        <FormattedMessage id="food.result.title" />
      </h2>
      {result.warnings.length > 0 && (
        <div className="food-warnings" role="alert">
          {result.warnings.map((warning) => (
            <p key={warning.nutrient} className="food-warning">
              <strong>
                <FormattedMessage
                  id="food.result.overLimit"
                  values={{ nutrient: nutrientName(intl, warning.nutrient) }}
                />
              </strong>{' '}
              {warning.message}
            </p>
          ))}
        </div>
      )}
      <ul className="nutrient-bars">
        {DAY_NUTRIENTS.map((nutrient) => {
          const target = result.targets[nutrient];
          const total = result.totals[nutrient];
          const gap = result.gaps.find((g) => g.nutrient === nutrient);
          const percent = Math.round((total / target.daily) * 100);
          const barId = `bar-${nutrient}`;
          const unit = unitName(intl, target.unit);
          return (
            <li key={nutrient} className="nutrient" data-nutrient={nutrient}>
              <div className="nutrient-head">
                <span id={`${barId}-label`} className="nutrient-name">
                  {nutrientName(intl, nutrient)}
                </span>
                <span className="nutrient-figure" data-testid={`total-${nutrient}`}>
                  <FormattedMessage
                    id="food.result.figure"
                    values={{ total: f(total), target: f(target.daily), unit, percent }}
                  />
                </span>
              </div>
              <meter
                id={barId}
                aria-labelledby={`${barId}-label`}
                min={0}
                max={target.daily}
                low={target.daily * 0.5}
                high={target.daily * 0.99}
                optimum={target.daily}
                value={Math.min(total, target.daily)}
              >
                {percent}%
              </meter>
              {result.fromSupplements[nutrient] > 0 && (
                <p className="hint">
                  <FormattedMessage
                    id="food.result.split"
                    values={{
                      food: f(result.fromFood[nutrient]),
                      supplements: f(result.fromSupplements[nutrient]),
                      unit,
                    }}
                  />
                </p>
              )}
              {gap ? (
                <div className="nutrient-gap">
                  <p>
                    <FormattedMessage
                      id="food.result.toGo"
                      values={{
                        missing: f(gap.missing),
                        unit: unitName(intl, gap.unit),
                        any: gap.foods.length > 0 ? 'yes' : 'no',
                      }}
                    />
                  </p>
                  {gap.foods.length > 0 && (
                    <ul>
                      {gap.foods.map((food) => (
                        <li key={food.food}>
                          <FormattedMessage
                            id="food.result.closer"
                            values={{
                              servings: food.servings,
                              name: food.title,
                              per: f(food.perServing),
                              unit: unitName(intl, gap.unit),
                              serving: byId.get(food.food)?.serving ?? food.serving,
                            }}
                          />{' '}
                          <button type="button" className="button ghost" onClick={() => onAdd(food.food)}>
                            <FormattedMessage id="food.result.add" />
                            <span className="visually-hidden"> {food.title}</span>
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                  {gap.note && <p className="muted">{gap.note}</p>}
                </div>
              ) : (
                <p className="nutrient-met">
                  <FormattedMessage id="food.result.met" />
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <p className="muted">
        <FormattedMessage
          id="food.result.targets"
          values={{
            table: result.targetsTable,
            band: AGE_BAND_TEXT[result.ageBand],
            from: result.ageBandFrom === 'default' ? 'default' : 'birthYear',
            link: (chunks) => <Link href="/profile">{chunks}</Link>,
          }}
        />
      </p>
      {result.cited && result.cited.length > 0 && (
        <p className="muted">
          <FormattedMessage
            id="food.result.sources"
            values={{
              list: <CitedSources cited={result.cited} />,
            }}
          />
        </p>
      )}
    </section>
  );
}
