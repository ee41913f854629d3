import { describe, expect, it } from 'vitest';
import { programmeProtection, type ProgrammeCohortInput } from '../../src/payments/programme';
import { membershipStatus } from '../../src/payments/status';
import { baselineLaw } from '../../src/law/registry';
import { valueAt } from '../../src/law/lookup';
import { expectError } from '../helpers';
import { months } from './helpers';

/** The first issue's message of the JamsostekError `fn` throws. */
function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as { issues: { message: string }[] }).issues[0]!.message;
  }
  throw new Error('expected an error');
}

const BPU = 16_800;
const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

const province: ProgrammeCohortInput = {
  id: 'ntt-prov',
  funder: 'Pemprov NTT',
  region: 'Kota Kupang',
  period: { from: '2026-01', to: '2026-12' },
  contributionPerParticipant: BPU,
  participants: ids(4, 'P'),
  payments: [
    { id: 'SP2D-1', paymentDate: '2026-01-12', months: ['2026-01'], amount: 4 * BPU },
    // February paid on 2026-03-05: 18 days after its due date 2026-02-15
    { id: 'SP2D-2', paymentDate: '2026-03-05', months: ['2026-02', '2026-03'], amount: 8 * BPU },
  ],
};
const regency: ProgrammeCohortInput = {
  id: 'kupang-kab',
  funder: 'Pemkab Kupang',
  region: 'Kabupaten Kupang',
  period: { from: '2026-01', to: '2026-12' },
  contributionPerParticipant: BPU,
  participants: ['R1', 'R2', { id: 'R3', jhtClaimed: true }],
  payments: [
    { paymentDate: '2026-01-10', months: ['2026-01'] },
    // Nothing for Feb–May: membership ends on 2026-05-16 (day after May's due date)
    { paymentDate: '2026-06-01', months: ['2026-02', '2026-03', '2026-04', '2026-05', '2026-06'], participants: ['R1'] },
  ],
};

describe('programmeProtection', () => {
  it('a province payment made after a due date makes that month late for every participant it covers', () => {
    const r = programmeProtection([province], { asOf: '2026-03-20' });
    const cohort = r.cohorts[0]!;
    expect(cohort.payments[1]).toMatchObject({ participantCount: 4, paidLate: [{ month: '2026-02', dueDate: '2026-02-15', daysLate: 18 }], expectedAmount: 134_400, amountMismatch: null });
    expect(cohort.groups).toHaveLength(1); // identical participants share one computation
    const group = cohort.groups[0]!;
    expect(group.participantIds).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(group.paidLate).toEqual([{ month: '2026-02', dueDate: '2026-02-15', paymentDate: '2026-03-05', daysLate: 18 }]);
    // Paid up on 03-20; April, due 04-15 (26 days later), falls within the 30-day warning window
    expect(group.risk).toBe('at_risk');
    expect(group.nextDueDate).toBe('2026-04-15');
    expect(group.jkmWaitingMet).toBe(true); // Jan, Feb, Mar paid
    // Each participant's own status agrees with the group's
    const single = membershipStatus(
      { segment: 'BPU', months: months('2026-01', 12, BPU) },
      [{ amount: BPU, paymentDate: '2026-01-12', months: ['2026-01'] }, { amount: 2 * BPU, paymentDate: '2026-03-05', months: ['2026-02', '2026-03'] }],
      { asOf: '2026-03-20' },
    );
    expect(single.months[1]).toMatchObject({ state: 'paid_late', daysLate: 18 });
    expect(group.membership).toEqual(single.membership);
  });

  it('between the due date and the late payment the whole cohort is unprotected', () => {
    const r = programmeProtection([province], { asOf: '2026-02-20' });
    expect(r.cohorts[0]!.byRisk).toEqual({ lost: 0, unprotected: 4, at_risk: 0, protected: 0 });
    expect(r.cohorts[0]!.groups[0]!.membership).toMatchObject({ reason: 'in_arrears', since: '2026-02-16', lapseDate: '2026-05-16' });
  });

  it('a regency that stops paying: lost or nonaktif after 3+ months; a participant it paid for before the lapse stays', () => {
    const r = programmeProtection([province, regency], { asOf: '2026-06-05', warningDays: 0 });
    const cohort = r.cohorts[1]!;
    // R1's arrears were paid on 2026-06-01 — after the lapse on 2026-05-16, so not applied: lost as well
    expect(cohort.byRisk).toEqual({ lost: 3, unprotected: 0, at_risk: 0, protected: 0 });
    const r3 = cohort.groups.find((g) => g.participantIds.includes('R3'))!;
    expect(r3.membership).toMatchObject({ state: 'inactive', reason: 'lapsed_after_jht_claim' });
    // The province's cohort: only Jan–Mar paid → Apr, May unpaid past due, not yet lapsed
    expect(r.cohorts[0]!.byRisk.unprotected).toBe(4);
    expect(r.byFunder.map((f) => [f.key, f.participantCount, f.byRisk.lost, f.byRisk.unprotected, f.participantMonthsPaidLate])).toEqual([
      ['Pemprov NTT', 4, 0, 4, 4],
      ['Pemkab Kupang', 3, 3, 0, 0],
    ]);
    expect(r.byRegion.map((x) => x.key)).toEqual(['Kota Kupang', 'Kabupaten Kupang']);
    expect(r.citations.some((c) => c.number === '22/PERDIR.02/072022')).toBe(true);
  });

  it('a payment for part of the roster, and an amount that does not match, are reported', () => {
    const cohort: ProgrammeCohortInput = {
      ...province,
      payments: [{ paymentDate: '2026-01-10', months: ['2026-01'], participants: ['P1', 'P2'], amount: 3 * BPU }],
    };
    const r = programmeProtection([cohort], { asOf: '2026-01-20' });
    expect(r.cohorts[0]!.payments[0]).toMatchObject({ participantCount: 2, expectedAmount: 33_600, amountMismatch: 50_400 });
    expect(r.cohorts[0]!.byRisk).toMatchObject({ unprotected: 2 }); // P3, P4: January unpaid past 01-15
    expect(r.cohorts[0]!.groups.map((g) => g.participantIds)).toEqual([['P1', 'P2'], ['P3', 'P4']]);
  });

  it('bad input: typed errors with paths', () => {
    expectError(() => programmeProtection([{ ...province, participants: ['A', 'A'] }], { asOf: '2026-03-01' }), 'invalid_input', ['cohorts', 0, 'participants', 1]);
    expectError(() => programmeProtection([{ ...province, payments: [{ paymentDate: '2026-01-10', months: ['2027-01'] }] }], { asOf: '2026-03-01' }), 'invalid_input', ['cohorts', 0, 'payments', 0, 'months', 0]);
    expectError(() => programmeProtection([{ ...province, payments: [{ paymentDate: '2026-01-10', months: ['2026-01'], participants: ['Z'] }] }], { asOf: '2026-03-01' }), 'invalid_input', ['cohorts', 0, 'payments', 0, 'participants', 0]);
    expectError(() => programmeProtection([{ ...province, payments: [{ paymentDate: '2025-12-10', months: ['2026-01'] }] }], { asOf: '2026-03-01' }), 'invalid_input', ['cohorts', 0, 'payments', 0, 'paymentDate']);
    expectError(() => programmeProtection([{ ...province, contributionPerParticipant: -1 }], { asOf: '2026-03-01' }), 'invalid_input', ['cohorts', 0, 'contributionPerParticipant']);
    expectError(() => programmeProtection([], { asOf: '2026-03-01' }), 'invalid_input', ['cohorts']);
  });
});

describe('programmeProtection: payments, profiles and errors in detail', () => {
  const base = (over: Partial<ProgrammeCohortInput>): ProgrammeCohortInput => ({ ...province, ...over });

  it('a payment on the due date itself is on time; one naming the last month of the cohort is accepted', () => {
    const r = programmeProtection([base({ payments: [{ paymentDate: '2026-01-15', months: ['2026-01'] }, { paymentDate: '2026-01-15', months: ['2026-12'] }] })], { asOf: '2026-01-20' });
    expect(r.cohorts[0]!.payments.map((p) => p.paidLate)).toEqual([[], []]);
    expect(r.cohorts[0]!.payments[1]!.expectedAmount).toBe(67_200); // 16,800 × 1 month × 4 participants
  });

  it('each payment effect carries its id when given, and amountMismatch null when no amount is stated', () => {
    const r = programmeProtection([base({ payments: [{ id: 'SP2D-1', paymentDate: '2026-01-12', months: ['2026-01'], amount: 4 * BPU }, { paymentDate: '2026-02-10', months: ['2026-02'] }] })], { asOf: '2026-02-20' });
    const [first, second] = r.cohorts[0]!.payments;
    expect(first).toEqual({ payment: 0, id: 'SP2D-1', paymentDate: '2026-01-12', participantCount: 4, paidLate: [], expectedAmount: 67_200, amountMismatch: null });
    expect(second).toEqual({ payment: 1, paymentDate: '2026-02-10', participantCount: 4, paidLate: [], expectedAmount: 67_200, amountMismatch: null });
    expect(Object.hasOwn(second!, 'id')).toBe(false);
  });

  it('participants with different registration dates are computed apart; an early registration admits an earlier payment', () => {
    const cohort = base({
      participants: [{ id: 'A', membershipStartDate: '2025-12-01' }, { id: 'B', membershipStartDate: '2025-12-15' }],
      payments: [{ paymentDate: '2025-12-20', months: ['2026-01'] }],
    });
    const r = programmeProtection([cohort], { asOf: '2026-01-10' });
    expect(r.cohorts[0]!.groups.map((g) => g.participantIds)).toEqual([['A'], ['B']]);
    expect(r.cohorts[0]!.byRisk).toEqual({ lost: 0, unprotected: 0, at_risk: 0, protected: 2 }); // Feb due 02-15: 21 + 15 = 36 days away, beyond 30
  });

  it('a lapsed participant without a JHT claim has ended (lapsed), not become nonaktif', () => {
    const r = programmeProtection([{ ...regency, participants: ['R1', { id: 'R4' }, { id: 'R3', jhtClaimed: true }] }], { asOf: '2026-06-05' });
    const reasons = r.cohorts[0]!.groups.map((g) => [g.participantIds, g.membership.reason]);
    expect(reasons).toEqual([[['R1'], 'lapsed'], [['R4'], 'lapsed'], [['R3'], 'lapsed_after_jht_claim']]);
  });

  it('JKM waiting period: counted per participant and summed per funder', () => {
    // benefit.jkm.bpuWaitingRule: 3 consecutive paid months. First cohort: only January paid by 03-20 (1 < 3): 4 not met.
    // Second cohort (the province's payments): Jan, Feb, Mar paid by 03-20 (3 ≥ 3): met.
    const r = programmeProtection([base({ payments: [{ paymentDate: '2026-01-12', months: ['2026-01'] }] }), { ...province, id: 'second' }], { asOf: '2026-03-20' });
    expect(valueAt(baselineLaw.parameter('benefit.jkm.bpuWaitingRule'), '2026-03-20').value.minConsecutivePaidMonths).toBe(3);
    expect(r.cohorts.map((c) => c.jkmWaitingNotMet)).toEqual([4, 0]);
    expect(r.cohorts.map((c) => c.groups[0]!.jkmWaitingMet)).toEqual([false, true]);
    expect(r.byFunder).toHaveLength(1);
    expect(r.byFunder[0]).toMatchObject({ key: 'Pemprov NTT', cohorts: ['ntt-prov', 'second'], participantCount: 8, jkmWaitingNotMet: 4 });
  });

  it('risk: a next due date exactly at the warning window is at risk, one day beyond is protected', () => {
    const cohort = base({ payments: [{ paymentDate: '2026-01-12', months: ['2026-01', '2026-02', '2026-03'] }] });
    // April due 04-15; asOf 03-16 is 30 days before, 03-15 is 31 days before
    expect(programmeProtection([cohort], { asOf: '2026-03-16' }).cohorts[0]!.groups[0]!.risk).toBe('at_risk');
    expect(programmeProtection([cohort], { asOf: '2026-03-15' }).cohorts[0]!.groups[0]!.risk).toBe('protected');
    expect(programmeProtection([cohort], { asOf: '2026-03-15', warningDays: 31 }).cohorts[0]!.groups[0]!.risk).toBe('at_risk');
    // every scheduled month paid: no next due date, protected whatever the window
    const all = base({ payments: [{ paymentDate: '2026-01-12', months: months('2026-01', 12, BPU).map((m) => m.month) }] });
    const g = programmeProtection([all], { asOf: '2026-11-20', warningDays: 366 }).cohorts[0]!.groups[0]!;
    expect(g).toMatchObject({ risk: 'protected', nextDueDate: null });
  });

  it('a PU cohort: no JKM waiting check (BPU only); PU due dates (15th of the next month)', () => {
    const pu = { ...province, id: 'pu', segment: 'PU' as const, contributionPerParticipant: 462_000, participants: ['W1'], payments: [{ paymentDate: '2026-02-10', months: ['2026-01'] }] };
    const g = programmeProtection([pu], { asOf: '2026-02-20' }).cohorts[0]!.groups[0]!;
    // February is due 2026-03-15, 8 + 15 = 23 days after 02-20: within the 30-day window
    expect(g).toMatchObject({ jkmWaitingMet: null, nextDueDate: '2026-03-15', risk: 'at_risk' });
    // nothing paid: January (due 02-15) is in arrears, the worker stays protected; the next due date is still February's
    const unpaid = programmeProtection([{ ...pu, payments: [] }], { asOf: '2026-02-20', warningDays: 0 }).cohorts[0]!.groups[0]!;
    expect(unpaid).toMatchObject({ nextDueDate: '2026-03-15', risk: 'protected', membership: { reason: 'employer_in_arrears' } });
  });

  it('citations: each once', () => {
    const r = programmeProtection([province, regency], { asOf: '2026-06-05' });
    expect(r.citations.length).toBeGreaterThan(0);
    expect(r.citations.every((c) => typeof c.instrument === 'string')).toBe(true);
    expect(new Set(r.citations).size).toBe(r.citations.length);
  });

  it('errors: a month outside the cohort names the cohort range; payment errors point at the cohort payment and the participant', () => {
    const outside = () => programmeProtection([base({ payments: [{ paymentDate: '2026-01-10', months: ['2025-12'] }] })], { asOf: '2026-03-01' });
    expectError(outside, 'invalid_input', ['cohorts', 0, 'payments', 0, 'months', 0]);
    expect(messageOf(outside)).toContain("outside the cohort's period 2026-01 to 2026-12");
    const after = () => programmeProtection([base({ payments: [{ paymentDate: '2026-01-10', months: ['2026-02', '2027-01'] }] })], { asOf: '2026-03-01' });
    expectError(after, 'invalid_input', ['cohorts', 0, 'payments', 0, 'months', 1]);
    expect(messageOf(after)).toContain("outside the cohort's period");
    // P1 is covered by payment 0 only, P2 by payment 1 only: the bad payment is the cohort's payment 1
    const second = () =>
      programmeProtection([base({ participants: ['P1', 'P2'], payments: [{ paymentDate: '2026-01-10', months: ['2026-01'], participants: ['P1'] }, { id: 'SP2D-9', paymentDate: '2025-12-10', months: ['2026-01'], participants: ['P2'] }] })], { asOf: '2026-03-01' });
    expectError(second, 'invalid_input', ['cohorts', 0, 'payments', 1, 'paymentDate']);
    expect(messageOf(second)).toMatch(/^Payment SP2D-9 on 2025-12-10 is before the membership start date 2026-01-01.* \(participant P2\)$/);
    expect(messageOf(second)).not.toContain('(at payments');
    // a registration date after the cohort's first month is the participant's error, an early review date the options'
    const late = [{ paymentDate: '2026-02-10', months: ['2026-02'] }];
    expectError(() => programmeProtection([base({ participants: ['P1', { id: 'P2', membershipStartDate: '2026-02-01' }], payments: late })], { asOf: '2026-03-01' }), 'invalid_input', ['cohorts', 0, 'participants', 1, 'membershipStartDate']);
    expectError(() => programmeProtection([base({ participants: ['P1', { id: 'P2', membershipStartDate: '2026-01-20' }], payments: late })], { asOf: '2026-01-10' }), 'invalid_input', ['options', 'asOf']);
    // law not in force is rooted at the cohort's period (BPU due dates start in 2015)
    expectError(() => programmeProtection([base({ period: { from: '2014-01', to: '2014-02' }, payments: [] })], { asOf: '2014-03-01' }), 'parameter_not_in_force', ['cohorts', 0, 'period']);
    expectError(() => programmeProtection([base({ contributionPerParticipant: 16_800.5 })], { asOf: '2026-03-01' }), 'invalid_input', ['cohorts', 0, 'contributionPerParticipant']);
    expectError(() => programmeProtection([province], { asOf: 'tomorrow' }), 'invalid_input', ['options', 'asOf']);
  });
});
