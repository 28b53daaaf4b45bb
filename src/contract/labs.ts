// Request and response bodies of POST /api/labs/interpret. The analyte names are the closed list in
// core/labs/analytes.ts; units are as printed on a report and checked against the analyte by core.
import { z } from 'zod';
import { ANALYTES } from '../core/labs/analytes.js';
import { LAB_UNITS } from '../core/labs/units.js';
import { CitedSource } from './nutrition.js';

const printedUnit = z.string().trim().min(1).max(24);

export const LabInterpretRequest = z
  .strictObject({
    analyte: z.enum(ANALYTES),
    value: z.number(),
    unit: printedUnit,
    albumin: z.strictObject({ value: z.number(), unit: printedUnit }).optional(),
    /** The range printed on the report, in the same unit as the value. */
    labRange: z
      .strictObject({ low: z.number().nullable().optional(), high: z.number().nullable().optional() })
      .optional(),
  })
  .meta({ id: 'LabInterpretRequest' });
export type LabInterpretRequest = z.infer<typeof LabInterpretRequest>;

const unit = z.enum(LAB_UNITS);
const quantity = z.strictObject({ value: z.number(), unit });

export const LabInterpretResponse = z
  .strictObject({
    analyte: z.enum(ANALYTES),
    label: z.string(),
    value: z.number(),
    unit,
    conversions: z.array(quantity),
    corrected: z
      .strictObject({ value: z.number(), unit, conversions: z.array(quantity), formula: z.string() })
      .optional(),
    range: z.strictObject({
      low: z.number().nullable(),
      high: z.number().nullable(),
      unit,
      source: z.enum(['lab', 'pregnancy', 'default']),
      note: z.string(),
    }),
    flag: z.enum(['low', 'in-range', 'high']),
    /** Far outside the range: the advice says to contact the maternity team today. */
    contactToday: z.boolean(),
    advice: z.string(),
    askMidwife: z.array(z.string()),
    caveats: z.array(z.string()),
    sources: z.array(z.string()),
    /** The stage the result was judged for, from the profile. */
    stage: z
      .strictObject({
        kind: z.enum(['pregnant', 'postpartum', 'unknown']),
        week: z.number().int().optional(),
        weeksSinceBirth: z.number().int().optional(),
      })
      .optional(),
    /** The sources above, resolved for display. */
    cited: z.array(CitedSource).optional(),
  })
  .meta({ id: 'LabInterpretResponse' });
export type LabInterpretResponse = z.infer<typeof LabInterpretResponse>;

/** GET /api/labs/analytes: the closed list the explainer takes, with plain names and the units each fits. */
export const LabAnalytesResponse = z
  .strictObject({
    analytes: z.array(
      z.strictObject({
        id: z.enum(ANALYTES),
        label: z.string(),
        plain: z.string(),
        units: z.array(unit),
        /** Only total calcium takes an albumin from the same sample. */
        takesAlbumin: z.boolean(),
      }),
    ),
    albuminUnits: z.array(unit),
  })
  .meta({ id: 'LabAnalytesResponse' });
export type LabAnalytesResponse = z.infer<typeof LabAnalytesResponse>;
