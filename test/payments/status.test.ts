import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { membershipStatus } from '../../src/payments/status';
import { expectError, months } from './helpers';

const BPU = 16_800;
const PU = 462_000; // brief §13.1 ex. 8

describe('membershipStatus: PU', () => {
  const schedule = { segment: 'PU' as const, months: months('2026-01', 3, PU) };

  it('on-time history: every month paid by the 15th of the next month; active, paid up', () => {
    const payments = [
      { amount: PU, paidOn: '2026-02-15', payer: 'PT Maju' },
      { amount: PU, paidOn: '2026-03-10', payer: 'PT Maju' },
      { amount: PU, paidOn: '2026-04-14', payer: 'PT Maju' },
    ];
    const s = membershipStatus(schedule, payments, { asOf: '2026-03-20' });
    expect(s.months.map((m) => m.state)).toEqual(['paidOnTime', 'paidOnTime', 'notYetDue']);
    expect(s.months.map((m) => m.dueDate)).toEqual(['2026-02-15', '2026-03-15', '2026-04-15']);
    expect(s.membership).toMatchObject({ state: 'active', reason: 'withinPaymentPeriod', parameter: 'pu.dueDate' });
    expect(s.record.ignoredAfterAsOf).toEqual([2]);
    expect(s.months[0]!.citations.length).toBeGreaterThan(0);
  });

  it('late history: days and started months late; the worker stays active while the employer is in arrears', () => {
    const payments = [{ amount: PU, paidOn: '2026-04-15' }]; // Jan, due 2026-02-15, paid 59 days later
    const s = membershipStatus({ segment: 'PU', months: months('2026-01', 4, PU) }, payments, { asOf: '2026-04-20' });
    expect(s.months[0]).toMatchObject({ state: 'paidLate', daysLate: 59, monthsLate: 2 }); // 13 (Feb) + 31 (Mar) + 15 (Apr) = 59
    expect(s.months[1]).toMatchObject({ state: 'unpaid', daysLate: 36, monthsLate: 2 }); // due 03-15, 16 + 20 = 36 days to 04-20
    expect(s.months[2]).toMatchObject({ state: 'unpaid', daysLate: 5, monthsLate: 1 }); // Mar due 04-15
    expect(s.membership).toMatchObject({ state: 'active', reason: 'employerInArrears', since: '2026-03-16', parameter: 'pu.lateFine' });
    expect(s.months[0]!.citations.some((c) => c.number === '44')).toBe(true);
  });

  it('PU never lapses, however long the arrears', () => {
    const s = membershipStatus({ segment: 'PU', months: months('2026-01', 8, PU) }, [], { asOf: '2026-08-20' });
    expect(s.record.lapse).toBeNull();
    expect(s.counts.unpaid).toBe(7); // Jan–Jul past due; Aug is due 2026-09-15
    expect(s.membership.state).toBe('active');
  });

  it('uses the PP 49/2020 due date (30th of the next month) for its months', () => {
    const s = membershipStatus({ segment: 'PU', months: months('2020-12', 2, PU) }, [{ amount: PU, paidOn: '2021-01-30' }], { asOf: '2021-03-01' });
    // Dec 2020 due 2021-01-30 (PP 49/2020 Art. 4(1)); Jan 2021 due the last day of Feb (2021-02-28)
    expect(s.months.map((m) => [m.dueDate, m.state])).toEqual([['2021-01-30', 'paidOnTime'], ['2021-02-28', 'unpaid']]);
  });
});

describe('membershipStatus: BPU', () => {
  const schedule = { segment: 'BPU' as const, months: months('2026-01', 6, BPU) };

  it('on-time history: due on the 15th of the iuran month itself; active and paid up', () => {
    const payments = months('2026-01', 4, BPU).map((m) => ({ amount: BPU, paidOn: `${m.month}-15` }));
    const s = membershipStatus(schedule, payments, { asOf: '2026-04-20' });
    expect(s.months.map((m) => m.state)).toEqual(['paidOnTime', 'paidOnTime', 'paidOnTime', 'paidOnTime', 'notYetDue', 'notYetDue']);
    expect(s.membership).toMatchObject({ state: 'active', reason: 'paidUp', parameter: 'bpu.dueDate' });
  });

  it('late history: unpaid past the due date is inactive, with the day it lapses if nothing is paid', () => {
    const payments = [{ amount: BPU, paidOn: '2026-01-10' }];
    const s = membershipStatus(schedule, payments, { asOf: '2026-03-20' });
    expect(s.months.map((m) => m.state)).toEqual(['paidOnTime', 'unpaid', 'unpaid', 'notYetDue', 'notYetDue', 'notYetDue']);
    // Feb, Mar, Apr, May unpaid → more than 3 consecutive months on the day after May's due date
    expect(s.membership).toMatchObject({ state: 'inactive', reason: 'inArrears', since: '2026-02-16', lapsesOn: '2026-05-16', parameter: 'bpu.lapse' });
    expect(s.membership.citations[0]!.number).toBe('22/PERDIR.02/072022');
  });

  it('paying the arrears within the window restores the membership; the months show as paid late', () => {
    const payments = [
      { amount: BPU, paidOn: '2026-01-10' },
      { amount: 3 * BPU, paidOn: '2026-04-20' }, // Feb, Mar, Apr, before May's due date passes
    ];
    const s = membershipStatus(schedule, payments, { asOf: '2026-04-25' });
    expect(s.months.slice(1, 4).map((m) => [m.state, m.daysLate])).toEqual([['paidLate', 64], ['paidLate', 36], ['paidLate', 5]]);
    expect(s.record.lapse).toBeNull();
    expect(s.membership).toMatchObject({ state: 'active', reason: 'paidUp' });
  });

  it('lapsed history: more than 3 consecutive unpaid months end the membership; a later payment is not applied', () => {
    const payments = [
      { amount: BPU, paidOn: '2026-01-10' },
      { amount: 4 * BPU, paidOn: '2026-05-16' }, // the lapse day itself: too late
    ];
    const s = membershipStatus(schedule, payments, { asOf: '2026-05-20' });
    expect(s.record.lapse).toMatchObject({ date: '2026-05-16', months: ['2026-02', '2026-03', '2026-04', '2026-05'] });
    expect(s.months.map((m) => m.state)).toEqual(['paidOnTime', 'lapsed', 'lapsed', 'lapsed', 'lapsed', 'lapsed']);
    expect(s.membership).toMatchObject({ state: 'ended', reason: 'lapsed', since: '2026-05-16' });
    expect(s.record.unallocated).toHaveLength(1);
    expect(s.record.unallocated[0]!.amount).toBe(67_200); // 4 × 16,800
  });

  it('after a JHT claim a lapsed membership is inactive (nonaktif), not ended', () => {
    const s = membershipStatus(schedule, [{ amount: BPU, paidOn: '2026-01-10' }], { asOf: '2026-05-20', jhtClaimed: true });
    expect(s.membership).toMatchObject({ state: 'inactive', reason: 'lapsedAfterJhtClaim' });
  });

  it('asOf outside the schedule: no contribution scheduled, inactive', () => {
    const paid = months('2026-01', 6, BPU).map((m) => ({ amount: BPU, paidOn: `${m.month}-01` }));
    const s = membershipStatus(schedule, paid, { asOf: '2026-07-02' });
    expect(s.membership).toMatchObject({ state: 'inactive', reason: 'notScheduled' });
  });

  it('property: a BPU membership lapses exactly when 4 consecutive months stay unpaid past the 4th due date', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (paidFlags) => {
        const sched = { segment: 'BPU' as const, months: months('2026-01', 8, BPU) };
        const payments = sched.months.filter((_, i) => paidFlags[i]).map((m) => ({ amount: BPU, paidOn: `${m.month}-05`, months: [m.month] }));
        const s = membershipStatus(sched, payments, { asOf: '2026-08-31' });
        let run = 0;
        let expected = false;
        for (const f of paidFlags) {
          run = f ? 0 : run + 1;
          if (run >= 4) expected = true;
        }
        // A run of 4 is only a lapse if it ends in the schedule; all 8 months are past due on 2026-08-31.
        expect(s.record.lapse !== null).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });
});

describe('membershipStatus: bad input', () => {
  it('reports typed errors with paths', () => {
    const schedule = { segment: 'BPU' as const, months: months('2026-01', 2, BPU) };
    expectError(() => membershipStatus(schedule, [{ amount: BPU, paidOn: '2025-12-01' }], { asOf: '2026-02-01' }), 'invalid_input', ['payments', 0, 'paidOn']);
    expectError(() => membershipStatus(schedule, [{ amount: '-5', paidOn: '2026-01-01' }], { asOf: '2026-02-01' }), 'invalid_input', ['payments', 0, 'amount']);
    expectError(() => membershipStatus(schedule, [{ amount: BPU, paidOn: '2026-01-01', months: ['2025-12'] }], { asOf: '2026-02-01' }), 'invalid_input', ['payments', 0, 'months', 0]);
    expectError(() => membershipStatus(schedule, [], { asOf: '2026-02-30' }), 'invalid_input', ['options', 'asOf']);
    expectError(() => membershipStatus(schedule, [], { asOf: '2026-02-01', extra: 1 } as never), 'invalid_input', ['options']);
  });
});
