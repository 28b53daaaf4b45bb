/**
 * Who to call when a check says "get seen today" (urgent) or "in the next day or two" (soon): the person's
 * own maternity unit or triage line when they saved one, else the region's non-emergency advice line, else
 * the emergency number with a note saying why. Pure: the /check result page and the offline page call it.
 */
import { emergencyNumberFor } from '../triage/emergency-numbers.js';
import { adviceLineFor } from './advice-lines.js';

export interface MaternityUnit {
  readonly name: string;
  readonly phone: string;
}

export type CallChoice =
  | {
      readonly kind: 'maternity-unit';
      readonly label: string;
      readonly number: string;
      readonly href: string;
    }
  | {
      readonly kind: 'advice-line';
      readonly label: string;
      readonly number: string;
      readonly href: string;
      readonly note?: string;
    }
  | {
      readonly kind: 'emergency';
      readonly label: string;
      readonly number: string;
      readonly href: string;
      readonly note: string;
    };

/**
 * A tel: link for a number as people write it: spaces, dots, dashes and brackets go; '#' is escaped so
 * codes such as #7119 dial instead of being read as a fragment.
 * @example telHref('+44 (0)20 7188 7188') // 'tel:+442071887188'
 */
export function telHref(number: string): string {
  let digits = number.replace(/[\s().\-/]/g, '');
  // "+44 (0)20…" is a common British way to write a number; the (0) is not dialled after the country code.
  if (/^\+\d+\(0\)/.test(number.replace(/[\s.\-/]/g, ''))) {
    digits = number.replace(/\(0\)/, '').replace(/[\s().\-/]/g, '');
  }
  return `tel:${digits.replaceAll('#', '%23')}`;
}

/** What to call for an urgent or soon result. */
export function whoToCall(input: {
  maternityUnit: MaternityUnit | null | undefined;
  region: string | null | undefined;
}): CallChoice {
  const unit = input.maternityUnit;
  if (unit && unit.phone.trim() !== '') {
    return {
      kind: 'maternity-unit',
      label: `Call ${unit.name}`,
      number: unit.phone,
      href: telHref(unit.phone),
    };
  }
  const line = adviceLineFor(input.region);
  if (line) {
    return {
      kind: 'advice-line',
      label: `Call ${line.name}`,
      number: line.number,
      href: telHref(line.number),
      ...(line.note ? { note: line.note } : {}),
    };
  }
  const emergency = emergencyNumberFor(input.region ?? undefined);
  return {
    kind: 'emergency',
    label: `Call ${emergency.number}`,
    number: emergency.number,
    href: telHref(emergency.number),
    note:
      'We know of no non-emergency advice line for your region. Call your midwife or maternity unit if you can; ' +
      `if you cannot reach them, call ${emergency.number}. Save your maternity unit's number in your profile so it shows here.`,
  };
}
