/**
 * The programmes of a PU participant: as given, or by the employer's scale (Perpres 109/2013
 * Art. 6); with neither, a `missing_fact` error.
 *
 * @module
 * @internal
 */
import { fail } from '../../core/errors';
import { formatCitation } from '../../law/citation';
import { memo } from '../monthLaw';
import { programmeTexts } from '../messages';
import type { PuParticipant } from '../participant';
import { noteOf, type Builder } from './builder';

/** The programmes a PU participant contributes to this month, with a note saying why. @internal */
export function puProgrammes(p: PuParticipant, b: Builder): readonly string[] {
  const m = b.m;
  if (p.programs !== undefined) {
    const programs = p.programs;
    b.notes.push(memo(m, `note:programs:${programs.join(',')}`, () => noteOf(programmeTexts.given(programs))));
    return programs;
  }
  const scale = p.employerScale;
  if (scale === undefined) {
    fail({
      code: 'missing_fact',
      path: [...b.roots.participant, 'employerScale'],
      message: 'Give employerScale (micro, small, medium, large) or programs: the programme set depends on it (Perpres 109/2013 Art. 6)',
      fact: 'employerScale',
    });
  }
  const byScale = b.need('pu.programsByScale');
  const programs = byScale.value[scale];
  b.notes.push(
    memo(m, `note:scale:${scale}`, () => noteOf(programmeTexts.byScale(scale, programs, formatCitation(byScale.citations[0]!)), byScale.citations)),
  );
  return programs;
}
