import { describe, expect, it } from 'vitest';
import { programmeProtection, type ProgrammeCohortInput } from '../../src/payments/programme';
import { membershipStatus } from '../../src/payments/status';
import { expectError, months } from './helpers';

const BPU = 16_800;
const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

const province: ProgrammeCohortInput = {
  id: 'ntt-prov',
  funder: 'Pemprov NTT',
  region: 'Kota Kupang',
  months: { from: '2026-01', to: '2026-12' },
  contributionPerParticipant: BPU,
  participants: ids(4, 'P'),
  payments: [
    { id: 'SP2D-1', paidOn: '2026-01-12', months: ['2026-01'], amount: 4 * BPU },
    // February paid on 2026-03-05: 18 days after its due date 2026-02-15
    { id: 'SP2D-2', paidOn: '2026-03-05', months: ['2026-02', '2026-03'], amount: 8 * BPU },
  ],
};
const regency: ProgrammeCohortInput = {
  id: 'kupang-kab',
  funder: 'Pemkab Kupang',
  region: 'Kabupaten Kupang',
  months: { from: '2026-01', to: '2026-12' },
  contributionPerParticipant: BPU,
  participants: ['R1', 'R2', { id: 'R3', jhtClaimed: true }],
  payments: [
    { paidOn: '2026-01-10', months: ['2026-01'] },
    // Nothing for Feb–May: membership ends on 2026-05-16 (day after May's due date)
    { paidOn: '2026-06-01', months: ['2026-02', '2026-03', '2026-04', '2026-05', '2026-06'], participants: ['R1'] },
  ],
};

describe('programmeProtection', () => {
  it('a province payment made after a due date makes that month late for every participant it covers', () => {
    const r = programmeProtection([province], { asOf: '2026-03-20' });
    const cohort = r.cohorts[0]!;
    expect(cohort.payments[1]).toMatchObject({ participants: 4, lateMonths: [{ month: '2026-02', dueDate: '2026-02-15', daysLate: 18 }], expectedAmount: 134_400, amountMismatch: null });
    expect(cohort.groups).toHaveLength(1); // identical participants share one computation
    const group = cohort.groups[0]!;
    expect(group.participantIds).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(group.lateMonths).toEqual([{ month: '2026-02', dueDate: '2026-02-15', paidOn: '2026-03-05', daysLate: 18 }]);
    // Paid up on 03-20; April, due 04-15 (26 days later), falls within the 30-day warning window
    expect(group.risk).toBe('atRisk');
    expect(group.nextDueDate).toBe('2026-04-15');
    expect(group.jkmWaitingMet).toBe(true); // Jan, Feb, Mar paid
    // Each participant's own status agrees with the group's
    const single = membershipStatus(
      { segment: 'BPU', months: months('2026-01', 12, BPU) },
      [{ amount: BPU, paidOn: '2026-01-12', months: ['2026-01'] }, { amount: 2 * BPU, paidOn: '2026-03-05', months: ['2026-02', '2026-03'] }],
      { asOf: '2026-03-20' },
    );
    expect(single.months[1]).toMatchObject({ state: 'paidLate', daysLate: 18 });
    expect(group.membership).toEqual(single.membership);
  });

  it('between the due date and the late payment the whole cohort is unprotected', () => {
    const r = programmeProtection([province], { asOf: '2026-02-20' });
    expect(r.cohorts[0]!.byRisk).toEqual({ lost: 0, unprotected: 4, atRisk: 0, protected: 0 });
    expect(r.cohorts[0]!.groups[0]!.membership).toMatchObject({ reason: 'inArrears', since: '2026-02-16', lapsesOn: '2026-05-16' });
  });

  it('a regency that stops paying: lost or nonaktif after 3+ months; a participant it paid for before the lapse stays', () => {
    const r = programmeProtection([province, regency], { asOf: '2026-06-05', warningDays: 0 });
    const cohort = r.cohorts[1]!;
    // R1's arrears were paid on 2026-06-01 — after the lapse on 2026-05-16, so not applied: lost as well
    expect(cohort.byRisk).toEqual({ lost: 3, unprotected: 0, atRisk: 0, protected: 0 });
    const r3 = cohort.groups.find((g) => g.participantIds.includes('R3'))!;
    expect(r3.membership).toMatchObject({ state: 'inactive', reason: 'lapsedAfterJhtClaim' });
    // The province's cohort: only Jan–Mar paid → Apr, May unpaid past due, not yet lapsed
    expect(r.cohorts[0]!.byRisk.unprotected).toBe(4);
    expect(r.byFunder.map((f) => [f.key, f.participants, f.byRisk.lost, f.byRisk.unprotected, f.participantMonthsPaidLate])).toEqual([
      ['Pemprov NTT', 4, 0, 4, 4],
      ['Pemkab Kupang', 3, 3, 0, 0],
    ]);
    expect(r.byRegion.map((x) => x.key)).toEqual(['Kota Kupang', 'Kabupaten Kupang']);
    expect(r.citations.some((c) => c.number === '22/PERDIR.02/072022')).toBe(true);
  });

  it('a payment for part of the roster, and an amount that does not match, are reported', () => {
    const cohort: ProgrammeCohortInput = {
      ...province,
      payments: [{ paidOn: '2026-01-10', months: ['2026-01'], participants: ['P1', 'P2'], amount: 3 * BPU }],
    };
    const r = programmeProtection([cohort], { asOf: '2026-01-20' });
    expect(r.cohorts[0]!.payments[0]).toMatchObject({ participants: 2, expectedAmount: 33_600, amountMismatch: 50_400 });
    expect(r.cohorts[0]!.byRisk).toMatchObject({ unprotected: 2 }); // P3, P4: January unpaid past 01-15
    expect(r.cohorts[0]!.groups.map((g) => g.participantIds)).toEqual([['P1', 'P2'], ['P3', 'P4']]);
  });

  it('bad input: typed errors with paths', () => {
    expectError(() => programmeProtection([{ ...province, participants: ['A', 'A'] }], { asOf: '2026-03-01' }), 'invalid_input', ['cohorts', 0, 'participants', 1]);
    expectError(() => programmeProtection([{ ...province, payments: [{ paidOn: '2026-01-10', months: ['2027-01'] }] }], { asOf: '2026-03-01' }), 'invalid_input', ['cohorts', 0, 'payments', 0, 'months', 0]);
    expectError(() => programmeProtection([{ ...province, payments: [{ paidOn: '2026-01-10', months: ['2026-01'], participants: ['Z'] }] }], { asOf: '2026-03-01' }), 'invalid_input', ['cohorts', 0, 'payments', 0, 'participants', 0]);
    expectError(() => programmeProtection([{ ...province, payments: [{ paidOn: '2025-12-10', months: ['2026-01'] }] }], { asOf: '2026-03-01' }), 'invalid_input', ['cohorts', 0, 'payments', 0, 'paidOn']);
    expectError(() => programmeProtection([{ ...province, contributionPerParticipant: -1 }], { asOf: '2026-03-01' }), 'invalid_input', ['cohorts', 0, 'contributionPerParticipant']);
    expectError(() => programmeProtection([], { asOf: '2026-03-01' }), 'invalid_input', ['cohorts']);
  });
});
