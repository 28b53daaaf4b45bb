// Explains one lab result as printed: the value in the other units, albumin-corrected calcium, the
// range it is compared with (the lab's own first), low / in range / high, what to ask the midwife, and
// when to contact the maternity team today. It never names a diagnosis.
import type { Stage } from '../pregnancy/stage.js';
import { ANALYTE_TABLE, ANALYTES, type Analyte, type AnalyteDef, isAnalyte } from './analytes.js';
import { convert, type LabUnit, parseLabUnit, roundTo } from './units.js';

export type LabRequest = {
  analyte: string;
  value: number;
  unit: string;
  /** For total calcium: the albumin from the same sample. */
  albumin?: { value: number; unit: string };
  /** The range printed on the report, in the same unit as the value; one side may be missing. */
  labRange?: { low?: number | null; high?: number | null };
};

export type LabErrorCode =
  | 'unknown-analyte'
  | 'unit-mismatch'
  | 'impossible-value'
  | 'not-applicable'
  | 'bad-lab-range';
export type LabError = { code: LabErrorCode; field: string; message: string };

export type LabFlag = 'low' | 'in-range' | 'high';
export type Quantity = { value: number; unit: LabUnit };
export type LabInterpretation = {
  analyte: Analyte;
  label: string;
  value: number;
  unit: LabUnit;
  conversions: Quantity[];
  corrected?: Quantity & { conversions: Quantity[]; formula: string };
  range: {
    low: number | null;
    high: number | null;
    unit: LabUnit;
    source: 'lab' | 'pregnancy' | 'default';
    note: string;
  };
  flag: LabFlag;
  contactToday: boolean;
  advice: string;
  askMidwife: string[];
  caveats: string[];
  sources: string[];
};
export type LabResult = { ok: true; value: LabInterpretation } | { ok: false; errors: LabError[] };

export const NOT_A_DIAGNOSIS = 'This explains a number; it is not a diagnosis.';
/** Corrected calcium (mmol/L) = measured + 0.02 × (40 − albumin g/L). */
const CORRECTION = { reference: 40, perGram: 0.02 } as const;

const listUnits = (def: AnalyteDef) => def.units.join(', ');
/** A label inside a sentence: only its first letter goes lower case, so "Vitamin D" stays "vitamin D". */
const inSentence = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

function checkUnit(def: AnalyteDef, text: string, field: string, errors: LabError[]): LabUnit | null {
  const unit = parseLabUnit(text);
  if (unit === null || !def.units.includes(unit)) {
    errors.push({
      code: 'unit-mismatch',
      field,
      message: `${def.label} is reported in ${listUnits(def)}; '${text}' does not fit it.`,
    });
    return null;
  }
  return unit;
}

function checkValue(def: AnalyteDef, value: number, unit: LabUnit, field: string, errors: LabError[]) {
  const bounds = def.plausible;
  const canonical = Number.isFinite(value) ? toCanonical(def, value, unit) : Number.NaN;
  if (!(canonical >= bounds.min && canonical <= bounds.max)) {
    const low = roundTo(convert(bounds.min, def.canonical, unit, def), def.decimals[unit] ?? 2);
    const high = roundTo(convert(bounds.max, def.canonical, unit, def), def.decimals[unit] ?? 2);
    errors.push({
      code: 'impossible-value',
      field,
      message: `A ${inSentence(def.label)} result is between ${low} and ${high} ${unit}; check the number on the report.`,
    });
    return false;
  }
  return true;
}

const toCanonical = (def: AnalyteDef, value: number, unit: LabUnit) =>
  convert(value, unit, def.canonical, def);
const shown = (def: AnalyteDef, value: number, unit: LabUnit) => roundTo(value, def.decimals[unit] ?? 2);

function conversionsOf(def: AnalyteDef, canonicalValue: number, except: LabUnit): Quantity[] {
  return def.units
    .filter((unit) => unit !== except)
    .map((unit) => ({ unit, value: shown(def, convert(canonicalValue, def.canonical, unit, def), unit) }));
}

function checkLabRange(range: NonNullable<LabRequest['labRange']>, errors: LabError[]) {
  const low = range.low ?? null;
  const high = range.high ?? null;
  for (const [side, value] of [
    ['low', low],
    ['high', high],
  ] as const)
    if (value !== null && !(Number.isFinite(value) && value >= 0))
      errors.push({
        code: 'bad-lab-range',
        field: `labRange.${side}`,
        message: 'A range limit is a number of 0 or more.',
      });
  if (low === null && high === null)
    errors.push({
      code: 'bad-lab-range',
      field: 'labRange',
      message: 'Give the low end, the high end or both.',
    });
  else if (low !== null && high !== null && low >= high)
    errors.push({
      code: 'bad-lab-range',
      field: 'labRange',
      message: 'The low end must be below the high end.',
    });
}

/**
 * @example interpretLab({ analyte: 'calcium-total', value: 9.0, unit: 'mg/dL', albumin: { value: 30, unit: 'g/L' } }, { kind: 'pregnant', week: 30 })
 */
export function interpretLab(request: LabRequest, stage: Stage): LabResult {
  if (!isAnalyte(request.analyte))
    return {
      ok: false,
      errors: [
        {
          code: 'unknown-analyte',
          field: 'analyte',
          message: `Crampwise explains these results: ${ANALYTES.join(', ')}.`,
        },
      ],
    };
  const def = ANALYTE_TABLE[request.analyte];
  const errors: LabError[] = [];
  const unit = checkUnit(def, request.unit, 'unit', errors);
  if (unit !== null) checkValue(def, request.value, unit, 'value', errors);

  let albuminGramsPerLitre: number | null = null;
  if (request.albumin !== undefined) {
    if (def.id !== 'calcium-total')
      errors.push({
        code: 'not-applicable',
        field: 'albumin',
        message: 'Albumin is used only to correct a total calcium result.',
      });
    else {
      const albuminDef = ANALYTE_TABLE.albumin;
      const albuminUnit = checkUnit(albuminDef, request.albumin.unit, 'albumin.unit', errors);
      if (
        albuminUnit !== null &&
        checkValue(albuminDef, request.albumin.value, albuminUnit, 'albumin.value', errors)
      )
        albuminGramsPerLitre = toCanonical(albuminDef, request.albumin.value, albuminUnit);
    }
  }
  if (request.labRange !== undefined) checkLabRange(request.labRange, errors);
  if (errors.length > 0 || unit === null) return { ok: false, errors };

  const canonical = toCanonical(def, request.value, unit);
  let judgedCanonical = canonical;
  let corrected: LabInterpretation['corrected'];
  if (albuminGramsPerLitre !== null) {
    judgedCanonical = canonical + CORRECTION.perGram * (CORRECTION.reference - albuminGramsPerLitre);
    corrected = {
      value: shown(def, convert(judgedCanonical, def.canonical, unit, def), unit),
      unit,
      conversions: conversionsOf(def, judgedCanonical, unit),
      formula: 'corrected calcium (mmol/L) = measured calcium + 0.02 × (40 − albumin in g/L)',
    };
  }

  const defaults = def.range(stage);
  const fromLab = request.labRange !== undefined;
  const inUnit = (x: number | null) =>
    x === null ? null : shown(def, convert(x, def.canonical, unit, def), unit);
  const range = fromLab
    ? {
        low: request.labRange!.low ?? null,
        high: request.labRange!.high ?? null,
        unit,
        source: 'lab' as const,
        note: 'The range printed on your report.',
      }
    : {
        low: inUnit(defaults.low),
        high: inUnit(defaults.high),
        unit,
        source: defaults.kind,
        note: defaults.note,
      };

  // Judge the figure as shown, against the range as shown, so 8.8 mg/dL is never "below 8.8".
  const judged = corrected?.value ?? shown(def, request.value, unit);
  const flag: LabFlag =
    range.low !== null && judged < range.low
      ? 'low'
      : range.high !== null && judged > range.high
        ? 'high'
        : 'in-range';
  const limits = def.contactToday;
  // The same rule for the contact-today limits: compared as shown, in the unit the person entered.
  const below = inUnit(limits.below);
  const above = inUnit(limits.above);
  const contactToday = (below !== null && judged < below) || (above !== null && judged > above);

  const caveats = def.caveats(stage);
  if (fromLab && defaults.kind === 'pregnancy') caveats.push(defaults.note);
  return {
    ok: true,
    value: {
      analyte: def.id,
      label: def.label,
      value: request.value,
      unit,
      conversions: conversionsOf(def, canonical, unit),
      ...(corrected === undefined ? {} : { corrected }),
      range,
      flag,
      contactToday,
      advice: advice(def, flag, contactToday, range.source, corrected),
      askMidwife: flag === 'in-range' ? def.ask.inRange : def.ask[flag],
      caveats,
      sources: [...new Set([...defaults.sources, ...limits.sources])],
    },
  };
}

const RANGE_NAME = {
  lab: 'the range your lab printed',
  pregnancy: 'the range for pregnancy',
  default: 'the usual range',
};

function advice(
  def: AnalyteDef,
  flag: LabFlag,
  contactToday: boolean,
  source: keyof typeof RANGE_NAME,
  corrected: LabInterpretation['corrected'],
): string {
  const parts: string[] = [];
  if (corrected) parts.push(`Corrected for your albumin, this is ${corrected.value} ${corrected.unit}.`);
  const where = flag === 'in-range' ? 'inside' : flag === 'low' ? 'below' : 'above';
  parts.push(`Your ${inSentence(def.label)} result is ${where} ${RANGE_NAME[source]}.`);
  if (contactToday)
    parts.push(
      'It is far enough outside the range that it should not wait: contact your maternity team (your midwife or the maternity unit) today and tell them this result.',
    );
  else if (flag !== 'in-range')
    parts.push(
      'One result outside a range often has a simple reason. Ask your midwife or doctor what it means for you; the questions below may help.',
    );
  else parts.push('Keep to the plan you agreed with your midwife.');
  parts.push(NOT_A_DIAGNOSIS);
  return parts.join(' ');
}
