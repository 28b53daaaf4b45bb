// Where a person is: a week of pregnancy, weeks since birth, or not said. The plan and the lab
// explanations read it; the profile supplies it.
import { type Trimester, trimesterOf } from './gestational-age.js';

export type Stage =
  | { kind: 'pregnant'; week: number }
  | { kind: 'postpartum'; weeksSinceBirth: number }
  | { kind: 'unknown' };

export function trimesterOfStage(stage: Stage): Trimester | null {
  return stage.kind === 'pregnant' ? trimesterOf(stage.week * 7) : null;
}
