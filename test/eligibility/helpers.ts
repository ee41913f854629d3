import type { EligibilityResult, IneligibleResult, UndeterminedResult } from '../../src/index';

/** `r`, which must be ineligible (the test fails otherwise, naming the outcome it got). */
export function ineligible(r: EligibilityResult): IneligibleResult {
  if (r.outcome !== 'ineligible') throw new Error(`expected an ineligible result, got ${r.outcome}`);
  return r;
}

/** `r`, which must be undetermined (the test fails otherwise, naming the outcome it got). */
export function undetermined(r: EligibilityResult): UndeterminedResult {
  if (r.outcome !== 'undetermined') throw new Error(`expected an undetermined result, got ${r.outcome}`);
  return r;
}

/** The English lines of a result's explanation. */
export function lines(r: EligibilityResult, language: 'id' | 'en' = 'en'): string[] {
  return r.explanation.map((step) => step.text[language]);
}
