import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { membershipStatus } from '../../src/payments/status';
import { lapseIfUnpaid } from '../../src/payments/membership';
import { lawReader } from '../../src/payments/law';
import { parseSchedule } from '../../src/payments/record';
import { baselineLaw, type ParameterId } from '../../src/law/registry';
import { valueAt } from '../../src/law/lookup';
import { expectError } from '../helpers';
import { months } from './helpers';

const BPU = 16_800;
const PU = 462_000; // brief §13.1 ex. 8

describe('membershipStatus: PU', () => {
  const schedule = { segment: 'PU' as const, months: months('2026-01', 3, PU) };

  it('on-time history: every month paid by the 15th of the next month; active, paid up', () => {
    const payments = [
      { amount: PU, paymentDate: '2026-02-15', payer: 'PT Maju' },
      { amount: PU, paymentDate: '2026-03-10', payer: 'PT Maju' },
      { amount: PU, paymentDate: '2026-04-14', payer: 'PT Maju' },
    ];
    const s = membershipStatus(schedule, payments, { asOf: '2026-03-20' });
    expect(s.months.map((m) => m.state)).toEqual(['paid_on_time', 'paid_on_time', 'not_yet_due']);
    expect(s.months.map((m) => m.dueDate)).toEqual(['2026-02-15', '2026-03-15', '2026-04-15']);
    expect(s.membership).toMatchObject({ state: 'active', reason: 'within_payment_period', parameter: 'pu.dueDate' });
    expect(s.record.ignoredAfterAsOf).toEqual([2]);
    expect(s.months[0]!.citations.length).toBeGreaterThan(0);
  });

  it('late history: days and started months late; the worker stays active while the employer is in arrears', () => {
    const payments = [{ amount: PU, paymentDate: '2026-04-15' }]; // Jan, due 2026-02-15, paid 59 days later
    const s = membershipStatus({ segment: 'PU', months: months('2026-01', 4, PU) }, payments, { asOf: '2026-04-20' });
    expect(s.months[0]).toMatchObject({ state: 'paid_late', daysLate: 59, monthsLate: 2 }); // 13 (Feb) + 31 (Mar) + 15 (Apr) = 59
    expect(s.months[1]).toMatchObject({ state: 'unpaid', daysLate: 36, monthsLate: 2 }); // due 03-15, 16 + 20 = 36 days to 04-20
    expect(s.months[2]).toMatchObject({ state: 'unpaid', daysLate: 5, monthsLate: 1 }); // Mar due 04-15
    expect(s.membership).toMatchObject({ state: 'active', reason: 'employer_in_arrears', since: '2026-03-16', parameter: 'pu.lateFine' });
    expect(s.months[0]!.citations.some((c) => c.number === '44')).toBe(true);
  });

  it('PU never lapses, however long the arrears', () => {
    const s = membershipStatus({ segment: 'PU', months: months('2026-01', 8, PU) }, [], { asOf: '2026-08-20' });
    expect(s.record.lapse).toBeNull();
    expect(s.counts.unpaid).toBe(7); // Jan–Jul past due; Aug is due 2026-09-15
    expect(s.membership.state).toBe('active');
  });

  it('uses the PP 49/2020 due date (30th of the next month) for its months', () => {
    const s = membershipStatus({ segment: 'PU', months: months('2020-12', 2, PU) }, [{ amount: PU, paymentDate: '2021-01-30' }], { asOf: '2021-03-01' });
    // Dec 2020 due 2021-01-30 (PP 49/2020 Art. 4(1)); Jan 2021 due the last day of Feb (2021-02-28)
    expect(s.months.map((m) => [m.dueDate, m.state])).toEqual([['2021-01-30', 'paid_on_time'], ['2021-02-28', 'unpaid']]);
  });
});

describe('membershipStatus: BPU', () => {
  const schedule = { segment: 'BPU' as const, months: months('2026-01', 6, BPU) };

  it('on-time history: due on the 15th of the iuran month itself; active and paid up', () => {
    const payments = months('2026-01', 4, BPU).map((m) => ({ amount: BPU, paymentDate: `${m.month}-15` }));
    const s = membershipStatus(schedule, payments, { asOf: '2026-04-20' });
    expect(s.months.map((m) => m.state)).toEqual(['paid_on_time', 'paid_on_time', 'paid_on_time', 'paid_on_time', 'not_yet_due', 'not_yet_due']);
    expect(s.membership).toMatchObject({ state: 'active', reason: 'paid_up', parameter: 'bpu.dueDate' });
  });

  it('late history: unpaid past the due date is inactive, with the day it lapses if nothing is paid', () => {
    const payments = [{ amount: BPU, paymentDate: '2026-01-10' }];
    const s = membershipStatus(schedule, payments, { asOf: '2026-03-20' });
    expect(s.months.map((m) => m.state)).toEqual(['paid_on_time', 'unpaid', 'unpaid', 'not_yet_due', 'not_yet_due', 'not_yet_due']);
    // Feb, Mar, Apr, May unpaid → more than 3 consecutive months on the day after May's due date
    expect(s.membership).toMatchObject({ state: 'inactive', reason: 'in_arrears', since: '2026-02-16', lapseDate: '2026-05-16', parameter: 'bpu.lapse' });
    expect(s.membership.citations[0]!.number).toBe('22/PERDIR.02/072022');
  });

  it('paying the arrears within the window restores the membership; the months show as paid late', () => {
    const payments = [
      { amount: BPU, paymentDate: '2026-01-10' },
      { amount: 3 * BPU, paymentDate: '2026-04-20' }, // Feb, Mar, Apr, before May's due date passes
    ];
    const s = membershipStatus(schedule, payments, { asOf: '2026-04-25' });
    expect(s.months.slice(1, 4).map((m) => [m.state, m.daysLate])).toEqual([['paid_late', 64], ['paid_late', 36], ['paid_late', 5]]);
    expect(s.record.lapse).toBeNull();
    expect(s.membership).toMatchObject({ state: 'active', reason: 'paid_up' });
  });

  it('lapsed history: more than 3 consecutive unpaid months end the membership; a later payment is not applied', () => {
    const payments = [
      { amount: BPU, paymentDate: '2026-01-10' },
      { amount: 4 * BPU, paymentDate: '2026-05-16' }, // the lapse day itself: too late
    ];
    const s = membershipStatus(schedule, payments, { asOf: '2026-05-20' });
    expect(s.record.lapse).toMatchObject({ date: '2026-05-16', months: ['2026-02', '2026-03', '2026-04', '2026-05'] });
    expect(s.months.map((m) => m.state)).toEqual(['paid_on_time', 'lapsed', 'lapsed', 'lapsed', 'lapsed', 'lapsed']);
    expect(s.membership).toMatchObject({ state: 'ended', reason: 'lapsed', since: '2026-05-16' });
    expect(s.record.unallocated).toHaveLength(1);
    expect(s.record.unallocated[0]!.amount).toBe(67_200); // 4 × 16,800
  });

  it('after a JHT claim a lapsed membership is inactive (nonaktif), not ended', () => {
    const s = membershipStatus(schedule, [{ amount: BPU, paymentDate: '2026-01-10' }], { asOf: '2026-05-20', jhtClaimed: true });
    expect(s.membership).toMatchObject({ state: 'inactive', reason: 'lapsed_after_jht_claim' });
  });

  it('asOf outside the schedule: no contribution scheduled, inactive', () => {
    const paid = months('2026-01', 6, BPU).map((m) => ({ amount: BPU, paymentDate: `${m.month}-01` }));
    const s = membershipStatus(schedule, paid, { asOf: '2026-07-02' });
    expect(s.membership).toMatchObject({ state: 'inactive', reason: 'not_scheduled' });
  });

  it('property: a BPU membership lapses exactly when 4 consecutive months stay unpaid past the 4th due date', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (paidFlags) => {
        const sched = { segment: 'BPU' as const, months: months('2026-01', 8, BPU) };
        const payments = sched.months.filter((_, i) => paidFlags[i]).map((m) => ({ amount: BPU, paymentDate: `${m.month}-05`, months: [m.month] }));
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
    expectError(() => membershipStatus(schedule, [{ amount: BPU, paymentDate: '2025-12-01' }], { asOf: '2026-02-01' }), 'invalid_input', ['payments', 0, 'paymentDate']);
    expectError(() => membershipStatus(schedule, [{ amount: '-5', paymentDate: '2026-01-01' }], { asOf: '2026-02-01' }), 'invalid_input', ['payments', 0, 'amount']);
    expectError(() => membershipStatus(schedule, [{ amount: BPU, paymentDate: '2026-01-01', months: ['2025-12'] }], { asOf: '2026-02-01' }), 'invalid_input', ['payments', 0, 'months', 0]);
    expectError(() => membershipStatus(schedule, [], { asOf: '2026-02-30' }), 'invalid_input', ['options', 'asOf']);
    expectError(() => membershipStatus(schedule, [], { asOf: '2026-02-01', extra: 1 } as never), 'invalid_input', ['options']);
  });
});

const cites = (id: ParameterId, month: string) => valueAt(baselineLaw.parameter(id), month).citations;

describe('membershipStatus: rules, citations and texts of each state', () => {
  it('PU: a part payment past due is partlyPaid; the employer is in arrears for it; late months cite the fine rule', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 4, PU) };
    const payments = [
      { amount: PU, paymentDate: '2026-02-20', months: ['2026-01'] }, // Jan, due 02-15: 5 days late
      { amount: 100_000, paymentDate: '2026-03-10', months: ['2026-02'] }, // Feb: part only
    ];
    const s = membershipStatus(schedule, payments, { asOf: '2026-04-20' });
    expect(s.months.map((m) => m.state)).toEqual(['paid_late', 'partly_paid', 'unpaid', 'not_yet_due']);
    expect(s.months[1]).toMatchObject({ paid: 100_000, outstanding: 362_000, daysLate: 36 }); // 462,000 − 100,000; 03-15 → 04-20
    expect(s.months[0]!.citations).toEqual([...cites('pu.dueDate', '2026-01'), ...cites('pu.lateFine', '2026-01')]);
    expect(s.months[0]!.rule.en).toBe('Paid in full on 2026-02-20, 5 days after the due date 2026-02-15 (1 started months of delay).');
    expect(s.months[1]!.rule.en).toBe('Due on 2026-03-15; on 2026-04-20 362000 rupiah is still outstanding (36 days late).');
    expect(s.membership).toMatchObject({ state: 'active', reason: 'employer_in_arrears', since: '2026-03-16' });
    expect(s.membership.rule.en).toBe('The worker stays protected; the employer is in arrears for 2 months (2026-02, 2026-03) and owes the fine.');
    expect(s.membership.rule.id).toContain('menunggak 2 bulan (2026-02, 2026-03)');
  });

  it('BPU: late and unpaid months say there is no protection meanwhile, and cite the lapse rule', () => {
    const schedule = { segment: 'BPU' as const, months: months('2026-01', 6, BPU) };
    const s = membershipStatus(schedule, [{ amount: BPU, paymentDate: '2026-01-20' }], { asOf: '2026-02-20' });
    expect(s.months[0]!.rule.en).toBe('Paid in full on 2026-01-20, 5 days after the due date 2026-01-15 (1 started months of delay). No protection while it was unpaid.');
    expect(s.months[0]!.rule.id).toContain('Tanpa perlindungan selama menunggak.');
    expect(s.months[0]!.citations).toEqual([...cites('bpu.dueDate', '2026-01'), ...cites('bpu.lapse', '2026-01')]);
    expect(s.months[1]!.rule.en).toBe('Due on 2026-02-15; on 2026-02-20 16800 rupiah is still outstanding (5 days late). No protection until paid.');
    expect(s.months[1]!.rule.id).toContain('Tanpa perlindungan sampai dibayar.');
    // Feb–May unpaid: more than 3 months after May's due date 05-15
    expect(s.membership.rule.en).toBe('Contributions for 2026-02 are past due and unpaid: no protection until the arrears are paid; the membership ends on 2026-05-16 if they stay unpaid.');
    expect(s.membership.rule.id).toContain('Iuran 2026-02 lewat jatuh tempo');
  });

  it('BPU: a part payment still leaves the month overdue (no protection, lapse date counted from it)', () => {
    const schedule = { segment: 'BPU' as const, months: months('2026-01', 6, BPU) };
    const s = membershipStatus(schedule, [{ amount: BPU, paymentDate: '2026-01-10' }, { amount: 10_000, paymentDate: '2026-02-10', months: ['2026-02'] }], { asOf: '2026-03-01' });
    expect(s.months[1]).toMatchObject({ state: 'partly_paid', outstanding: 6_800 }); // 16,800 − 10,000
    expect(s.membership).toMatchObject({ state: 'inactive', reason: 'in_arrears', since: '2026-02-16', lapseDate: '2026-05-16' });
  });

  it('asOf outside the schedule: the rule of the nearest scheduled month is cited', () => {
    // PU months 2020-09 .. 2021-03: the first months fall under PP 49/2020 (due the 30th), the last not
    const schedule = { segment: 'PU' as const, months: months('2020-09', 7, PU) };
    expect(cites('pu.dueDate', '2020-09')).not.toEqual(cites('pu.dueDate', '2021-03'));
    const before = membershipStatus(schedule, [], { asOf: '2020-08-20', membershipStartDate: '2020-08-01' });
    expect(before.membership).toMatchObject({ state: 'inactive', reason: 'not_scheduled', parameter: 'pu.dueDate' });
    expect(before.membership.citations).toEqual(cites('pu.dueDate', '2020-09'));
    const after = membershipStatus(schedule, [], { asOf: '2021-05-20' });
    expect(after.membership).toMatchObject({ reason: 'not_scheduled', parameter: 'pu.dueDate' });
    expect(after.membership.citations).toEqual(cites('pu.dueDate', '2021-03'));
    const bpu = membershipStatus({ segment: 'BPU', months: months('2026-01', 2, BPU) }, [], { asOf: '2025-12-20', membershipStartDate: '2025-12-01' });
    expect(bpu.membership).toMatchObject({ reason: 'not_scheduled', parameter: 'bpu.lapse' });
  });
});

describe('membershipStatus: the day a BPU membership in arrears lapses (lapseDate)', () => {
  const schedule = { segment: 'BPU' as const, months: months('2026-01', 12, BPU) };

  it('the first month itself overdue: its run of 4 months ends after the 4th due date', () => {
    const s = membershipStatus(schedule, [], { asOf: '2026-01-20' });
    expect(s.membership).toMatchObject({ reason: 'in_arrears', since: '2026-01-16', lapseDate: '2026-04-16' }); // Jan–Apr, Apr due 04-15
  });

  it('a month paid in advance breaks the run; the lapse comes from the next run of 4 unpaid months', () => {
    const payments = [
      { amount: BPU, paymentDate: '2026-01-10', months: ['2026-01'] },
      { amount: BPU, paymentDate: '2026-02-10', months: ['2026-05'] }, // May paid in advance
      { amount: BPU, paymentDate: '2026-02-10', months: ['2026-11'] }, // November paid in advance
    ];
    const s = membershipStatus(schedule, payments, { asOf: '2026-03-01' });
    // Feb–Apr is a run of 3 only; Jun–Sep are the next 4 unpaid months: Sep due 09-15 → ends 09-16
    expect(s.membership).toMatchObject({ reason: 'in_arrears', since: '2026-02-16', lapseDate: '2026-09-16' });
  });

  it('a paid month right after a run of 3 (at the 4th place) also breaks it', () => {
    const payments = [
      { amount: BPU, paymentDate: '2026-01-10', months: ['2026-01'] },
      { amount: BPU, paymentDate: '2026-02-10', months: ['2026-05'] },
    ];
    // Feb, Mar, Apr unpaid, May paid: Jun–Sep decide → 09-16
    expect(membershipStatus(schedule, payments, { asOf: '2026-02-20' }).membership.lapseDate).toBe('2026-09-16');
    // every month after the overdue one paid in advance up to the end of a 4-month schedule: no lapse in sight
    const short = { segment: 'BPU' as const, months: months('2026-01', 4, BPU) };
    const paid = [
      { amount: BPU, paymentDate: '2026-01-10', months: ['2026-01'] },
      { amount: 2 * BPU, paymentDate: '2026-02-10', months: ['2026-03', '2026-04'] },
    ];
    const s = membershipStatus(short, paid, { asOf: '2026-02-20' });
    expect(s.membership).toMatchObject({ reason: 'in_arrears', lapseDate: null });
    expect(s.membership.rule.en).toBe('Contributions for 2026-02 are past due and unpaid: no protection until the arrears are paid.');
  });

  it('a run reaching past the end of the schedule uses the law\'s due date of the month after it', () => {
    const short = { segment: 'BPU' as const, months: months('2026-01', 4, BPU) };
    // Feb, Mar, Apr scheduled and unpaid; the 4th month (May) is not scheduled: due 05-15 by law → 05-16
    expect(membershipStatus(short, [{ amount: BPU, paymentDate: '2026-01-10' }], { asOf: '2026-03-01' }).membership.lapseDate).toBe('2026-05-16');
  });

  it('a scheduled due date (not the law\'s) decides the day', () => {
    const withDue = { segment: 'BPU' as const, months: months('2026-01', 6, BPU).map((m) => (m.month === '2026-05' ? { ...m, dueDate: '2026-05-20' } : m)) };
    expect(membershipStatus(withDue, [{ amount: BPU, paymentDate: '2026-01-10' }], { asOf: '2026-03-01' }).membership.lapseDate).toBe('2026-05-21');
  });

  it('lapseIfUnpaid: nothing overdue, no lapse date', () => {
    const s = membershipStatus(schedule, [{ amount: BPU, paymentDate: '2026-01-10' }], { asOf: '2026-01-20' });
    expect(lapseIfUnpaid(s.record, s.months, parseSchedule(schedule), lawReader({ law: baselineLaw }))).toBeNull();
  });
});
