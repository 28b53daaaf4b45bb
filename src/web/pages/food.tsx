// The food check: pick what was eaten today (search, recent, favourites), with servings, the diet and any
// supplements; the server adds it up against the pregnancy targets for her age. Recent foods, favourites
// and the diet stay on this device only.
import { type FormEvent, useMemo, useState } from 'react';
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
import { FormError, fieldId } from '../components/field';
import { useApiForm } from '../components/use-api-form';
import { useResource } from '../components/use-resource';
import { CheckChips, Stepper } from '../diary/components/choices';
import { todayIn } from '../diary/diary-time';
import { readDeviceList, writeDeviceList } from '../food-device';
import { useSession } from '../session';

const NUTRIENT_NAMES: Record<DayNutrient, string> = {
  calcium: 'Calcium',
  magnesium: 'Magnesium',
  potassium: 'Potassium',
  vitaminD: 'Vitamin D',
};
const DIET_NAMES: Record<DietChoice, string> = {
  vegetarian: 'Vegetarian',
  vegan: 'Vegan',
  'no-dairy': 'No dairy',
  'lactose-free': 'Lactose-free',
};
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
        Loading…
      </p>
    );
  if (!profile) return <SignedOut />;
  return <FoodCheck profile={profile} />;
}

function SignedOut() {
  return (
    <>
      <h1>Food check</h1>
      <p className="lead">
        Add up the calcium, magnesium, potassium and vitamin D in what you ate today, against the pregnancy
        targets for your age, and see which foods would close a gap.
      </p>
      <AccountLinks />
    </>
  );
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const servingsText = (n: number) => `${fmt(n)} ${n === 1 ? 'serving' : 'servings'}`;

function matches(food: NutritionFood, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q.length === 0) return false;
  return [food.title, ...food.aliases].some((name) => name.toLowerCase().includes(q));
}

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
  const today = todayIn(profile.timezone, new Date());
  const foods = useResource<NutritionFoodsResponse>('/api/nutrition/foods', 'Could not load the foods.');
  const saved = useResource<FoodLog | null>(
    `/api/nutrition/log/${today}`,
    'Could not load today’s food log.',
    loadLog,
  );
  const failed = foods.error ?? saved.error;
  if (failed)
    return (
      <>
        <h1>Food check</h1>
        <p className="form-error" role="alert">
          {failed}
        </p>
      </>
    );
  if (!foods.data || saved.loading)
    return (
      <>
        <h1>Food check</h1>
        <p className="muted" role="status">
          Loading the foods…
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

  const found = catalogue.foods.filter((food) => matches(food, query)).slice(0, SEARCH_MAX);
  const quick = (ids: string[]) =>
    ids.map((id) => byId.get(id)).filter((f): f is NutritionFood => f !== undefined);
  const labels: Record<string, string> = {};
  eaten.forEach((e, i) => {
    labels[`items.${i}.servings`] = `${byId.get(e.food)?.title ?? e.food}: servings`;
    labels[`items.${i}.food`] = byId.get(e.food)?.title ?? e.food;
  });
  supplements.forEach((s, i) => {
    labels[`supplements.${i}.amount`] = `Supplement ${i + 1} (${NUTRIENT_NAMES[s.nutrient]}): amount`;
    labels[`supplements.${i}.unit`] = `Supplement ${i + 1} (${NUTRIENT_NAMES[s.nutrient]}): unit`;
  });

  return (
    <div className="food-check">
      <h1>Food check</h1>
      <p className="lead">
        What did you eat today? Add foods and servings to see your calcium, magnesium, potassium and vitamin D
        against the pregnancy targets for your age.
      </p>

      <form onSubmit={submit} noValidate>
        <div className="field food-search">
          <label htmlFor="food-search">Find a food</label>
          <input
            id="food-search"
            type="search"
            autoComplete="off"
            placeholder="e.g. milk, banana, tofu"
            value={query}
            aria-describedby="food-search-count"
            onChange={(event) => setQuery(event.target.value)}
          />
          <p id="food-search-count" className="visually-hidden" aria-live="polite">
            {query.trim() ? `${found.length} ${found.length === 1 ? 'food' : 'foods'} found` : ''}
          </p>
          {found.length > 0 && (
            <ul className="food-results" aria-label="Matching foods">
              {found.map((food) => (
                <li key={food.id}>
                  <button type="button" className="food-pick" onClick={() => add(food.id)}>
                    <span className="food-pick-title">Add {food.title}</span>
                    <span className="food-pick-serving">{food.serving}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {query.trim() !== '' && found.length === 0 && (
            <p className="muted">No food of that name yet. Try another word.</p>
          )}
        </div>

        <QuickList title="Favourites" foods={quick(favourites)} onAdd={add} />
        <QuickList title="Recent" foods={quick(recent)} onAdd={add} />

        <section aria-labelledby="eaten-title" className="food-eaten">
          <h2 id="eaten-title">Eaten today</h2>
          {eaten.length === 0 ? (
            <p className="muted">Nothing yet: find a food above.</p>
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
                        {favourites.includes(entry.food) ? '★ Favourite' : '☆ Favourite'}
                        <span className="visually-hidden">: {title}</span>
                      </button>
                    </div>
                    {food && <p className="hint">1 serving = {food.serving}</p>}
                    <Stepper
                      label={`Servings of ${title}`}
                      field={`items.${index}.servings`}
                      value={entry.servings}
                      min={SERVINGS_RANGE.min}
                      max={SERVINGS_RANGE.max}
                      step={SERVING_STEP}
                      lessLabel="Fewer"
                      moreLabel="More"
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
                      Remove<span className="visually-hidden"> {title}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <CheckChips
          legend="My diet"
          hint="The foods suggested for a gap will fit these choices."
          name="diet"
          field="diet"
          values={diet}
          onChange={changeDiet}
          options={DIET_CHOICES.map((value) => ({ value, label: DIET_NAMES[value] }))}
        />

        <section aria-labelledby="supplements-title" className="food-supplements">
          <h2 id="supplements-title">Supplements today</h2>
          <p className="hint">
            Supplements count against the upper limits. For magnesium the 350 mg limit counts supplements
            only.
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
            Add a supplement
          </button>
        </section>

        <FormError message={form.error} fields={form.fields} labels={labels} />
        <div className="form-actions">
          <button type="submit" className="button block" disabled={form.busy}>
            {form.busy ? 'Adding up…' : 'Check my day'}
          </button>
        </div>
      </form>

      {result && <DayResult result={result} byId={byId} onAdd={add} />}

      <section className="food-log" aria-labelledby="food-log-title">
        <h2 id="food-log-title">Keep it in your diary</h2>
        <p className="hint">
          Optional: save today’s foods in today’s check-in, so they are here when you come back and in your
          export. Recent foods and favourites stay on this phone only.
        </p>
        <FormError message={saving.error} fields={saving.fields} labels={labels} />
        <div className="form-actions">
          <button type="button" className="button secondary" disabled={saving.busy} onClick={saveLog}>
            {saving.busy ? 'Saving…' : 'Save to today’s diary'}
          </button>
          <p role="status" className="muted">
            {savedBody !== null && savedBody === canonical(requestBody()) ? 'Saved in today’s check-in.' : ''}
          </p>
        </div>
      </section>

      <p className="citation" data-testid="food-citation">
        Food figures are per serving from{' '}
        {catalogue.source.url ? (
          <a href={catalogue.source.url}>USDA FoodData Central</a>
        ) : (
          'USDA FoodData Central'
        )}{' '}
        (SR Legacy){eaten.length > 0 ? ': ' : '.'}
        {eaten
          .map((e) => byId.get(e.food))
          .filter((f): f is NutritionFood => f !== undefined)
          .map((f) => `${f.title}, FDC ${f.fdcId}`)
          .join('; ')}
        {eaten.length > 0 ? '.' : ''}
      </p>
      <details className="food-sources">
        <summary>Every food and its FoodData Central entry</summary>
        <ul>
          {catalogue.foods.map((food) => (
            <li key={food.id}>
              {food.title}: {food.serving} — FDC {food.fdcId} “{food.fdcDescription}”
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
            + {food.title}
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
  const n = index + 1;
  const units = SUPPLEMENT_UNITS[row.nutrient];
  return (
    <fieldset className="supplement-row">
      <legend>Supplement {n}</legend>
      <div className="field">
        <label htmlFor={fieldId(`supplements.${index}.nutrient`)}>Nutrient</label>
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
              {NUTRIENT_NAMES[nutrient]}
            </option>
          ))}
        </select>
      </div>
      <div className="supplement-amount">
        <div className="field">
          <label htmlFor={fieldId(`supplements.${index}.amount`)}>Amount</label>
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
          <label htmlFor={fieldId(`supplements.${index}.unit`)}>Unit</label>
          <select
            id={fieldId(`supplements.${index}.unit`)}
            value={row.unit}
            onChange={(event) => onChange({ ...row, unit: event.target.value as SupplementRow['unit'] })}
          >
            {units.map((unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="button" className="button secondary" onClick={onRemove}>
        Remove supplement {n}
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
  return (
    <section className="food-result" aria-labelledby="food-result-title" aria-live="polite">
      <h2 id="food-result-title">Your day</h2>
      {result.warnings.length > 0 && (
        <div className="food-warnings" role="alert">
          {result.warnings.map((warning) => (
            <p key={warning.nutrient} className="food-warning">
              <strong>Over the upper limit: {NUTRIENT_NAMES[warning.nutrient]}.</strong> {warning.message}
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
          return (
            <li key={nutrient} className="nutrient" data-nutrient={nutrient}>
              <div className="nutrient-head">
                <span id={`${barId}-label`} className="nutrient-name">
                  {NUTRIENT_NAMES[nutrient]}
                </span>
                <span className="nutrient-figure" data-testid={`total-${nutrient}`}>
                  {fmt(total)} of {fmt(target.daily)} {target.unit} ({percent}%)
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
                  {fmt(result.fromFood[nutrient])} {target.unit} from food,{' '}
                  {fmt(result.fromSupplements[nutrient])} {target.unit} from supplements.
                </p>
              )}
              {gap ? (
                <div className="nutrient-gap">
                  <p>
                    {fmt(gap.missing)} {gap.unit} to go.
                    {gap.foods.length > 0 && ' Any one of these would close it:'}
                  </p>
                  {gap.foods.length > 0 && (
                    <ul>
                      {gap.foods.map((f) => (
                        <li key={f.food}>
                          {servingsText(f.servings)} of {f.title} ({fmt(f.perServing)} {gap.unit} each, a
                          serving is {byId.get(f.food)?.serving ?? f.serving}){' '}
                          <button type="button" className="button ghost" onClick={() => onAdd(f.food)}>
                            Add<span className="visually-hidden"> {f.title}</span>
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                  {gap.note && <p className="muted">{gap.note}</p>}
                </div>
              ) : (
                <p className="nutrient-met">Target reached.</p>
              )}
            </li>
          );
        })}
      </ul>
      <p className="muted">
        Targets: {result.targetsTable}, age {AGE_BAND_TEXT[result.ageBand]}
        {result.ageBandFrom === 'default' ? (
          <>
            {' '}
            (add your birth year in your <Link href="/profile">profile</Link> to match your age)
          </>
        ) : (
          ' (from your birth year)'
        )}
        . Potassium and the others are guides, not exact needs. Other countries set different targets.
      </p>
      {result.cited && result.cited.length > 0 && (
        <p className="muted">
          Sources:{' '}
          {result.cited.map((source, i) => (
            <span key={source.key}>
              {i > 0 ? '; ' : ''}
              {source.url ? <a href={source.url}>{source.title}</a> : source.title} ({source.publisher})
            </span>
          ))}
          .
        </p>
      )}
    </section>
  );
}
