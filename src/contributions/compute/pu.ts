/**
 * The contributions of a wage earner (PU, *peserta penerima upah*) for one month: the monthly
 * wage, the programmes, then one line builder per programme (JKK, JKM, JHT, JP, JKP).
 *
 * @module
 * @internal
 */
import type { Rounding } from '../../core/money';
import type { MonthlyContribution } from '../lines';
import type { MonthLaw } from '../monthLaw';
import type { PuParticipant } from '../participant';
import { Builder } from './builder';
import { puProgrammes } from './programmes';
import { pp49Of } from './relief';
import { finish } from './result';
import { PARTICIPANT_ROOTS, type ErrorRoots } from './roots';
import type { PuLineContext } from './pu/context';
import { addPuJht } from './pu/jht';
import { addPuJkk } from './pu/jkk';
import { addPuJkm } from './pu/jkm';
import { addPuJkp } from './pu/jkp';
import { addPuJp } from './pu/jp';
import { puMonthlyWage } from './wage';

/** PU contributions for one month. @internal */
export function computePu(p: PuParticipant, m: MonthLaw, rounding: Rounding, roots: ErrorRoots = PARTICIPANT_ROOTS): MonthlyContribution {
  const b = new Builder(m, roots);
  const { sen: wage, derivation } = puMonthlyWage(p.wage, b, rounding);
  const programs = puProgrammes(p, b);
  const c: PuLineContext = { p, b, wage, rounding, pp49: pp49Of(b) };
  addPuJkk(c);
  addPuJkm(c);
  if (programs.includes('JHT')) addPuJht(c);
  if (programs.includes('JP')) addPuJp(c);
  addPuJkp(c);
  const due = b.need('pu.dueDate');
  return finish(b, 'PU', m.puDueDate ?? due.from, rounding, derivation);
}
