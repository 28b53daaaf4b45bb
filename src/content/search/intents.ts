// What a question asks for, beyond its subject: "is it safe to take…" wants a safety verdict, "stop it now"
// wants relief, "when should I worry" wants the warning signs. Trigger words lift the items of that kind.
import type { ItemKind } from '../schema.js';

export type Intent = {
  name:
    | 'safety'
    | 'relief'
    | 'red-flag'
    | 'prevention'
    | 'food'
    | 'cause'
    | 'test'
    | 'acupuncture'
    | 'reassurance';
  triggers: readonly string[];
  /** How much an item gains when it answers this intent. */
  boost: number;
  kinds?: readonly ItemKind[];
  /** Items with a safety verdict answer the intent (whatever their kind). */
  withSafety?: boolean;
  /** The trigger words are also a subject to search for ("blood test"), not only a hint ("is it safe"). */
  searched?: boolean;
};

export const INTENTS: readonly Intent[] = [
  {
    name: 'safety',
    triggers: [
      'safe',
      'safely',
      'safety',
      'unsafe',
      'take',
      'taking',
      'can i',
      'ok to',
      'okay to',
      'allowed',
      'harm',
      'harmful',
      'risky',
      'is it ok',
      'use',
    ],
    boost: 1.6,
    withSafety: true,
  },
  {
    name: 'relief',
    triggers: [
      'stop',
      'now',
      'right now',
      'get rid',
      'relieve',
      'ease',
      'quick',
      'quickly',
      'fast',
      'instant',
      'immediately',
      'what to do',
      'what do i do',
      'what can i do',
      'what should i do',
      'make it go away',
    ],
    boost: 2.2,
    kinds: ['relief'],
  },
  {
    name: 'red-flag',
    triggers: [
      'when to call',
      'call',
      'worried',
      'worry',
      'worrying',
      'concerned',
      'emergency',
      'serious',
      'dangerous',
      'danger',
      'warning',
      'red flag',
      'hospital',
      'urgent',
      'doctor',
      'midwife',
      'see a doctor',
    ],
    boost: 2.2,
    kinds: ['red-flag'],
  },
  {
    name: 'prevention',
    triggers: [
      'prevent',
      'prevention',
      'preventing',
      'stop getting',
      'stop them',
      'avoid getting',
      'keep getting',
      'reduce',
      'fewer',
      'less often',
    ],
    boost: 1.8,
    kinds: ['prevention'],
  },
  {
    name: 'food',
    triggers: ['eat', 'eating', 'food', 'diet', 'rich in', 'snack', 'meal', 'source of'],
    boost: 1.7,
    kinds: ['food', 'nutrient'],
    searched: true,
  },
  {
    // "Is this normal?" wants the overview pages (how common, when, the outlook), not a list of remedies.
    name: 'reassurance',
    triggers: ['normal', 'is it normal', 'is this normal', 'common', 'usual', 'typical', 'harmless'],
    boost: 1.7,
    kinds: ['overview'],
    searched: true,
  },
  { name: 'cause', triggers: ['why', 'cause', 'causing', 'caused', 'reason'], boost: 1.7, kinds: ['cause'] },
  {
    name: 'test',
    triggers: ['test', 'blood test', 'check for', 'diagnose', 'diagnosis'],
    boost: 1.6,
    kinds: ['test'],
    searched: true,
  },
  {
    name: 'acupuncture',
    triggers: ['point', 'acupoint', 'pressure point'],
    boost: 1.6,
    kinds: ['acupoint'],
    searched: true,
  },
];

export function intentBoost(
  intents: readonly Intent[],
  item: { kind: ItemKind; hasSafety: boolean },
): number {
  let boost = 1;
  for (const intent of intents) {
    const answers =
      (intent.kinds?.includes(item.kind) ?? false) || (intent.withSafety === true && item.hasSafety);
    if (answers) boost *= intent.boost;
  }
  return boost;
}
