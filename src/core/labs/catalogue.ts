// The analyte list as a person meets it: each result's plain name, as it might be called at a clinic,
// and the units it may be printed in. The lab-results page and GET /api/labs/analytes read it.
import { ANALYTE_TABLE, ANALYTES, type Analyte } from './analytes.js';
import type { LabUnit } from './units.js';

/** What each result measures, in everyday words. */
export const PLAIN_NAMES: Record<Analyte, string> = {
  'calcium-total': 'Calcium in the blood (the usual calcium test)',
  'calcium-ionised': 'Free calcium in the blood (ionised calcium)',
  albumin: 'Albumin, the main protein in the blood',
  magnesium: 'Magnesium in the blood',
  potassium: 'Potassium in the blood',
  sodium: 'Sodium (salt) in the blood',
  'vitamin-d-25oh': 'Vitamin D level (25-OH vitamin D)',
  'glucose-fasting': 'Blood sugar before breakfast (fasting glucose)',
  'glucose-ogtt-2h': 'Blood sugar 2 hours into the sugar-drink test (OGTT)',
  haemoglobin: 'Haemoglobin, for anaemia (Hb)',
  platelets: 'Platelets, the cells that help blood clot',
  creatinine: 'Creatinine, a kidney test',
  'urine-pcr': 'Protein in urine (protein:creatinine ratio, PCR)',
  'urine-acr': 'Albumin in urine (albumin:creatinine ratio, ACR)',
};

export type CatalogueEntry = {
  id: Analyte;
  label: string;
  plain: string;
  units: LabUnit[];
  takesAlbumin: boolean;
};

export function labCatalogue(): { analytes: CatalogueEntry[]; albuminUnits: LabUnit[] } {
  return {
    analytes: ANALYTES.map((id) => ({
      id,
      label: ANALYTE_TABLE[id].label,
      plain: PLAIN_NAMES[id],
      units: [...ANALYTE_TABLE[id].units],
      takesAlbumin: id === 'calcium-total',
    })),
    albuminUnits: [...ANALYTE_TABLE.albumin.units],
  };
}
