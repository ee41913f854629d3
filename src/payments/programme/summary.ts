/**
 * Counts of a programme review summed per funder and per region.
 *
 * @module
 * @internal
 */
import type { CohortProtection, ProtectionRisk, ProtectionSummary } from './results';

/** Zero participants in every risk category. @internal */
export function emptyCounts(): Record<ProtectionRisk, number> {
  return { lost: 0, unprotected: 0, at_risk: 0, protected: 0 };
}

interface Sums {
  cohorts: string[];
  participantCount: number;
  byRisk: Record<ProtectionRisk, number>;
  jkmWaitingNotMet: number;
  participantMonthsPaidLate: number;
}

/** The cohorts' counts summed per key (a funder, a region), keys in first-seen order. @internal */
export function summarise(cohorts: readonly CohortProtection[], keyOf: (c: CohortProtection) => string): ProtectionSummary[] {
  const map = new Map<string, Sums>();
  for (const c of cohorts) {
    const key = keyOf(c);
    let s = map.get(key);
    if (s === undefined) {
      s = { cohorts: [], participantCount: 0, byRisk: emptyCounts(), jkmWaitingNotMet: 0, participantMonthsPaidLate: 0 };
      map.set(key, s);
    }
    s.cohorts.push(c.id);
    s.participantCount += c.participantCount;
    s.jkmWaitingNotMet += c.jkmWaitingNotMet;
    for (const r of Object.keys(s.byRisk) as ProtectionRisk[]) s.byRisk[r] += c.byRisk[r];
    for (const g of c.groups) s.participantMonthsPaidLate += g.participantIds.length * g.paidLate.length;
  }
  return [...map.entries()].map(([key, s]) => ({ key, ...s }));
}
