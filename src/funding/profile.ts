/**
 * A participant's profile in a plan or a budget question (declared income, sector, employer
 * status) as the BPU participant the contribution calculation prices.
 *
 * @module
 * @internal
 */
import { fail, type PathSegment } from '../core/errors';
import type { BpuParticipant, BpuProgram } from '../contributions/participant';
import type { FundingSource } from '../law/parameters/relief';
import type { ParsedProfile } from './plan/schema';

/**
 * Refuse an employer's profile where the programmes lack JHT: a BPU participant who is an
 * individual employer (*pemberi kerja perorangan*) must also pay JHT (Permenaker 5/2021 Art.
 * 31-32). `path` locates the profile. @internal
 */
export function requireJhtForEmployer(profile: ParsedProfile, programs: readonly BpuProgram[], path: readonly PathSegment[]): void {
  if (profile.isEmployer === true && !programs.includes('JHT')) {
    fail({ code: 'invalid_input', path: [...path, 'isEmployer'], message: 'A BPU participant who is an employer must also pay JHT (Permenaker 5/2021 Art. 31-32): add "JHT" to programs', reason: 'custom' });
  }
}

/** The BPU participant of a profile, the programmes and who pays. @internal */
export function participantOfProfile(profile: ParsedProfile, programs: readonly BpuProgram[], fundedBy: FundingSource): BpuParticipant {
  return {
    segment: 'BPU',
    income: profile.income,
    programs: [...programs],
    fundedBy,
    ...(profile.sector === undefined ? {} : { sector: profile.sector }),
    ...(profile.isEmployer === undefined ? {} : { isEmployer: profile.isEmployer }),
  };
}
