/**
 * The general "what would change the answer" lines, added below whatever level was reached so
 * every answer says what to do if things get worse. {number} is the local emergency number.
 */

import { levelRank, type TriageLevel } from './levels.js';

interface EscalationLine {
  /** The line is shown when the answer is below this level. */
  readonly below: TriageLevel;
  readonly text: string;
  /** Shown only before or only after the birth; both when absent. */
  readonly stage?: 'pregnant' | 'after-birth';
}

const ESCALATION_LINES: readonly EscalationLine[] = [
  {
    below: 'emergency',
    text: 'Sudden breathlessness, chest pain, coughing up blood, fainting or a fit → call {number} now.',
  },
  {
    below: 'urgent',
    text:
      'One leg starts to hurt, or becomes swollen, red, warm or tender, the pain does not ease or gets worse, ' +
      'walking becomes hard, or a cramp lasts more than 10 minutes → this becomes urgent: contact your ' +
      'maternity team today.',
  },
  {
    below: 'urgent',
    stage: 'pregnant',
    text:
      'A severe headache, blurred vision or flashing lights, pain just below the ribs, sudden swelling of the face ' +
      'or hands, new vomiting, bleeding, leaking fluid or the baby moving less → contact your maternity unit now.',
  },
  {
    below: 'urgent',
    stage: 'after-birth',
    text:
      'A severe headache, blurred vision or flashing lights, pain just below the ribs, sudden swelling of the face ' +
      'or hands, new vomiting or a fever → contact your maternity unit or doctor now.',
  },
  {
    below: 'emergency',
    text:
      'Heavy bleeding (soaking a pad within an hour, or clots), severe tummy pain that does not ease, or ' +
      'shivering fits, confusion or feeling very unwell → call {number} now.',
  },
  {
    below: 'soon',
    text: 'Numbness or tingling, or cramps that keep coming back despite home care → contact your midwife or doctor within a day or two.',
  },
];

const WHILE_WAITING =
  'If you are alone, unlock the door and keep your phone with you while you wait for help.';

/** Every escalation line's text, for the catalog that words them in other languages. */
export const ESCALATION_TEXTS: readonly string[] = [
  ...ESCALATION_LINES.map((line) => line.text),
  WHILE_WAITING,
];

/** Escalation lines for an answer at `level`, most urgent first. */
export function escalationLines(level: TriageLevel, afterBirth = false): string[] {
  if (level === 'emergency') return [WHILE_WAITING];
  const stage = afterBirth ? 'after-birth' : 'pregnant';
  return ESCALATION_LINES.filter(
    (line) => levelRank(level) < levelRank(line.below) && (line.stage === undefined || line.stage === stage),
  ).map((line) => line.text);
}
