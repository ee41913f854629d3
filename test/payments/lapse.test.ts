import { describe, expect, it } from 'vitest';
import { contributionSchedule } from '../../src/contributions/schedule';
import type { CalendarDate, YearMonth } from '../../src/core/calendar';
import { baselineLaw, withOverlay, type LawRegistry } from '../../src/law/registry';
import { valueAt } from '../../src/law/lookup';
import { earliestLapse, lapseRuleAt, runLapseDate, type LapseMonth } from '../../src/payments/lapse';
import { lawReader } from '../../src/payments/law';
import { applyPayments } from '../../src/payments/record';
import { membershipStatus } from '../../src/payments/status';

const rule = valueAt(baselineLaw.parameter('bpu.lapse'), '2026-01').value; // more than 3 months; arrears window 3 months
const due = (...dates: string[]) => dates.map((d) => ({ dueDate: d as CalendarDate }));
const m = (month: string, dueDate: string, paymentDate: string | null = null): LapseMonth => ({ month: month as YearMonth, dueDate: dueDate as CalendarDate, paymentDate: paymentDate as CalendarDate | null });

/** The lapse rule of a law, as the record reads it. */
const rules = (law: LawRegistry) => lapseRuleAt(lawReader({ law }), () => ['schedule']);

describe('runLapseDate: the later of the last due date of the run and the arrears window', () => {
  it('the 15th of every month: both halves of the rule fall on the same day', () => {
    // latest due 15 Apr → 16 Apr; 15 Jan + 3 months = 15 Apr → 16 Apr
    expect(runLapseDate(due('2026-01-15', '2026-02-15', '2026-03-15', '2026-04-15'), rule)).toBe('2026-04-16');
  });
  it('PP 49/2020: iuran months 2020-10 to 2021-01 (due the 30th, January on the last day of February)', () => {
    // latest due 2021-02-28 → 03-01; 2020-11-30 + 3 months = 2021-02-28 (no 30 February) → 03-01
    expect(runLapseDate(due('2020-11-30', '2020-12-30', '2021-01-30', '2021-02-28'), rule)).toBe('2021-03-01');
  });
  it('across the end of PP 49/2020 the arrears window decides: 2020-11 to 2021-02 ends on 31 March, not 16 February', () => {
    // 2021-02 (due 02-15) is due before 2021-01 (due 02-28): the last month's due date would end the
    // membership on 16 Feb, before 2021-01 was due. Latest due 02-28 → 03-01; 2020-12-30 + 3 months
    // = 2021-03-30 → 31 March, the later.
    expect(runLapseDate(due('2020-12-30', '2021-01-30', '2021-02-28', '2021-02-15'), rule)).toBe('2021-03-31');
  });
  it('a hand-made schedule whose latest due date is not the last month\'s', () => {
    // dues 02-05, 05-05, 04-07, 07-10: latest 07-10 → 07-11 (window: 02-05 + 3 months = 05-05 → 05-06)
    expect(runLapseDate(due('2026-02-05', '2026-05-05', '2026-04-07', '2026-07-10'), rule)).toBe('2026-07-11');
  });
  it('reads the arrears window from the law data', () => {
    const window1 = { ...rule, arrearsWindowMonths: 1 };
    // 15 Jan + 1 month = 15 Feb → 16 Feb, earlier than the latest due date (15 Apr → 16 Apr): 16 Apr
    expect(runLapseDate(due('2026-01-15', '2026-02-15', '2026-03-15', '2026-04-15'), window1)).toBe('2026-04-16');
    const window6 = { ...rule, arrearsWindowMonths: 6 };
    // 15 Jan + 6 months = 15 Jul → 16 Jul
    expect(runLapseDate(due('2026-01-15', '2026-02-15', '2026-03-15', '2026-04-15'), window6)).toBe('2026-07-16');
  });
});

describe('earliestLapse: the run whose lapse day comes first', () => {
  const upTo = '2026-05-31' as CalendarDate;
  it('a later run with an earlier day decides (a run ending after upTo does not stop the search)', () => {
    // Jan due 30 Jun: the run Jan–Apr ends on 1 Jul (after upTo); the run Feb–May ends on 11 May
    // (May due 10 May; 10 Feb + 3 months = 10 May).
    const months = [m('2026-01', '2026-06-30'), m('2026-02', '2026-02-10'), m('2026-03', '2026-03-10'), m('2026-04', '2026-04-10'), m('2026-05', '2026-05-10')];
    expect(earliestLapse((k) => months[k], months.length, upTo, rules(baselineLaw))).toMatchObject({ date: '2026-05-11', months: ['2026-02', '2026-03', '2026-04', '2026-05'] });
    expect(earliestLapse((k) => months[k], months.length, '2026-05-10' as CalendarDate, rules(baselineLaw))).toBeNull();
  });
  it('with no limit, the earliest day wins, whichever run starts first', () => {
    const months = [m('2026-01', '2026-01-15'), m('2026-02', '2026-02-15'), m('2026-03', '2026-03-15'), m('2026-04', '2026-04-15'), m('2026-05', '2026-05-15')];
    expect(earliestLapse((k) => months[k], months.length, null, rules(baselineLaw))?.months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    const lateJan = [m('2026-01', '2026-03-15'), m('2026-02', '2026-02-15'), m('2026-03', '2026-03-15'), m('2026-04', '2026-04-15'), m('2026-05', '2026-05-15')];
    // Jan–Apr: latest due 15 Apr, 15 Mar + 3 months = 15 Jun → 16 Jun; Feb–May: 16 May → Feb–May
    expect(earliestLapse((k) => lateJan[k], lateJan.length, null, rules(baselineLaw))).toMatchObject({ date: '2026-05-16', months: ['2026-02', '2026-03', '2026-04', '2026-05'] });
  });
  it('a run is broken by a month paid in full before its lapse day, not by one paid on it', () => {
    const run = (paymentDate: string) => [m('2026-01', '2026-01-15'), m('2026-02', '2026-02-15', paymentDate), m('2026-03', '2026-03-15'), m('2026-04', '2026-04-15')];
    expect(earliestLapse((k) => run('2026-04-16')[k], 4, upTo, rules(baselineLaw))?.date).toBe('2026-04-16');
    expect(earliestLapse((k) => run('2026-04-15')[k], 4, upTo, rules(baselineLaw))).toBeNull();
  });
  it('takes the rule of the run\'s first month', () => {
    const law = withOverlay(baselineLaw, {
      name: 'shorter lapse',
      values: { 'bpu.lapse': [{ from: '2026-02', value: { maxConsecutiveUnpaidMonths: 1, arrearsWindowMonths: 1, stateIfJhtClaimed: 'inactive' }, status: 'projected', citations: { instrument: 'Practice', number: 'lapse-test', year: 2026 } }] },
    });
    const months = [m('2026-01', '2026-01-15', '2026-01-10'), m('2026-02', '2026-02-15'), m('2026-03', '2026-03-15')];
    // Feb–Mar (rule: more than 1 month): latest due 15 Mar; 15 Feb + 1 month = 15 Mar → 16 Mar
    expect(earliestLapse((k) => months[k], months.length, upTo, rules(law))).toMatchObject({ date: '2026-03-16', months: ['2026-02', '2026-03'], rule: { maxConsecutiveUnpaidMonths: 1 } });
  });
});

describe('regressions of issue 13.1', () => {
  // PP 49/2020 (APBD, income 1,000,000): iuran months 2020-10 .. 2021-01 cost 1 % of JKK 10,000 + JKM
  // 6,800 = 168 and are due on the 30th of the following month (January: 2021-02-28); 2021-02 costs
  // 16,800 again and is due on 2021-02-15.
  const schedule = contributionSchedule({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, { from: '2020-10', to: '2021-02' });

  it('regression #13.1: a payment never moves the lapse earlier', () => {
    expect(schedule.months.map((x) => [x.month, x.totals.billed, x.dueDate])).toEqual([
      ['2020-10', 168, '2020-11-30'],
      ['2020-11', 168, '2020-12-30'],
      ['2020-12', 168, '2021-01-30'],
      ['2021-01', 168, '2021-02-28'],
      ['2021-02', 16_800, '2021-02-15'],
    ]);
    const payment = [{ amount: 20_000, paymentDate: '2021-02-18' }];
    const paid = applyPayments(schedule, payment, { asOf: '2021-03-31' });
    // 20,000 pays 4 × 168 + 16,800 = 17,472 on 18 Feb; 2,528 is credit; every month is paid before any lapse day.
    expect(paid.lapse).toBeNull();
    expect(paid.months.map((x) => x.paymentDate)).toEqual(Array(5).fill('2021-02-18'));
    expect([paid.credit, paid.unallocated]).toEqual([2_528, []]);
    const status = membershipStatus(schedule, payment, { asOf: '2021-02-28' });
    expect(status.months.map((x) => x.state)).toEqual(['paid_late', 'paid_late', 'paid_late', 'paid_on_time', 'paid_late']);
    expect(status.membership).toMatchObject({ state: 'active', reason: 'paid_up' });
    // Without the payment: the run 2020-10 .. 2021-01 ends on 1 March (latest due 2021-02-28;
    // 2020-11-30 + 3 months = 2021-02-28) — the payment cannot have made anything earlier.
    const unpaid = applyPayments(schedule, [], { asOf: '2021-03-31' });
    expect(unpaid.lapse).toMatchObject({ date: '2021-03-01', months: ['2020-10', '2020-11', '2020-12', '2021-01'] });
    expect(membershipStatus(schedule, [], { asOf: '2021-03-31' }).membership).toMatchObject({ state: 'ended', reason: 'lapsed', since: '2021-03-01' });
    // Paid on the lapse day itself: too late, unallocated with the reason.
    const late = applyPayments(schedule, [{ amount: 20_000, paymentDate: '2021-03-01' }], { asOf: '2021-03-31' });
    expect(late.unallocated.map((u) => [u.payment, u.amount, u.reason.en])).toEqual([[0, 20_000, 'Paid on 2021-03-01, after the BPU membership lapsed on 2021-03-01; not applied (re-registration is out of scope).']]);
  });

  it('regression #13.1 (property, seed 20260115): no lapse before every month of the run is due', () => {
    // Shrunk: BPU 2020-11 .. 2021-07 at 168, nothing paid, read on 2021-02-16. 2021-02 (due 02-15)
    // is past due, 2021-01 (due 02-28) is not: the membership had not lapsed on 16 Feb.
    const hand = { segment: 'BPU' as const, months: ['2020-11', '2020-12', '2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06', '2021-07'].map((month) => ({ month, amount: 168 })) };
    const early = membershipStatus(hand, [], { asOf: '2021-02-16' });
    expect(early.record.lapse).toBeNull();
    expect(early.months[2]).toMatchObject({ month: '2021-01', state: 'not_yet_due' });
    // 2020-11 .. 2021-02: latest due 02-28 → 03-01; 2020-12-30 + 3 months = 2021-03-30 → 31 March (the later)
    expect(early.membership).toMatchObject({ state: 'inactive', reason: 'in_arrears', since: '2020-12-31', lapseDate: '2021-03-31' });
    const later = applyPayments(hand, [], { asOf: '2021-03-31' });
    expect(later.lapse).toMatchObject({ date: '2021-03-31', months: ['2020-11', '2020-12', '2021-01', '2021-02'] });
  });

  it('regression #13.1 (property, seed 4): a month paid before the lapse day is never in the lapse run', () => {
    // Shrunk: 2021-01 costs nothing, so it counts as paid on its due date 2021-02-28; the old rule
    // ended the membership on 16 Feb with 2021-01 in the run.
    const hand = { segment: 'BPU' as const, months: [{ month: '2020-11', amount: 168 }, { month: '2020-12', amount: 168 }, { month: '2021-01', amount: 0 }, { month: '2021-02', amount: 168 }, { month: '2021-03', amount: 168 }] };
    const s = membershipStatus(hand, [], { asOf: '2021-03-31' });
    expect(s.record.lapse).toBeNull();
    expect(s.months.map((x) => x.state)).toEqual(['unpaid', 'unpaid', 'paid_on_time', 'unpaid', 'unpaid']);
    // The next run of 4 unpaid months is 2021-02 .. 2021-05 (past the schedule, due the 15th): 16 May.
    expect(s.membership).toMatchObject({ reason: 'in_arrears', lapseDate: '2021-05-16' });
  });

  it('regression #13.1 (property, seed 20260115 × 10 runs): a larger payment never brings a lapse', () => {
    // Shrunk, hand-made due dates. 1 rupiah on 1 Feb: the run Feb–May ends on 11 Jul (May due 07-10).
    // 33,600 pays Feb and Mar in advance: the run Apr–Jul ends on 9 Aug (Jun due 08-08). The old rule
    // stopped at the first run (after 5 Jul) for 1 rupiah, and for 33,600 ended it on 5 Jul, the day
    // after July's due date, while June was not yet due.
    const dues = ['2026-02-05', '2026-05-05', '2026-04-07', '2026-07-10', '2026-08-08', '2026-07-04', '2026-08-02', '2026-10-25', '2026-11-10', '2026-11-06', '2026-12-05'];
    const hand = { segment: 'BPU' as const, months: dues.map((dueDate, i) => ({ month: `2026-${String(i + 2).padStart(2, '0')}`, amount: 16_800, dueDate })) };
    const one = membershipStatus(hand, [{ amount: 1, paymentDate: '2026-02-01' }], { asOf: '2026-07-05' });
    const more = membershipStatus(hand, [{ amount: 33_600, paymentDate: '2026-02-01' }], { asOf: '2026-07-05' });
    expect([one.record.lapse, more.record.lapse]).toEqual([null, null]);
    expect([one.membership.lapseDate, more.membership.lapseDate]).toEqual(['2026-07-11', '2026-08-09']);
  });

  it('regression #13.1 (property, seed 20260115 × 10 runs): a payment before the lapse day is applied, and the lapse comes after it', () => {
    // Shrunk, hand-made due dates. Oct and Nov paid on 1 Oct; Dec paid on 6 Apr 2021. The old rule
    // applied the 6 Apr payment, then ended the membership on 6 Apr (the day after April's due date
    // 04-05, while March was due only on 05-09). Now Dec is paid; the run Jan–Apr ends on 10 May
    // (latest due 05-09; 25 Jan + 3 months = 25 Apr → 26 Apr).
    const dues = ['2020-10-05', '2021-01-15', '2021-02-06', '2021-01-25', '2021-02-25', '2021-05-09', '2021-04-05'];
    const hand = { segment: 'BPU' as const, months: ['2020-10', '2020-11', '2020-12', '2021-01', '2021-02', '2021-03', '2021-04'].map((month, i) => ({ month, amount: 36_800, dueDate: dues[i]! })) };
    const payments = [{ amount: 36_800, paymentDate: '2020-10-01' }, { amount: 36_800, paymentDate: '2020-10-01' }, { amount: 36_800, paymentDate: '2021-04-06' }];
    const s = membershipStatus(hand, payments, { asOf: '2021-05-10' });
    expect(s.record.unallocated).toEqual([]);
    expect(s.record.lapse).toMatchObject({ date: '2021-05-10', months: ['2021-01', '2021-02', '2021-03', '2021-04'] });
    expect(s.months.map((x) => x.state)).toEqual(['paid_on_time', 'paid_on_time', 'paid_late', 'lapsed', 'lapsed', 'lapsed', 'lapsed']);
  });

  it('regression #13.1 (property, seed 5): one more payment never brings the lapse forward', () => {
    // Shrunk (as far as it went), hand-made due dates. Before: the run Mar–Jun 2020 ends on 15 Aug
    // (latest due 08-14). With one more payment (Oct 2020 paid in advance) the allocation shifts and
    // the run is Apr–Jul: latest due 08-14 (June), so again 15 Aug. The old rule gave 27 Jul, the day
    // after July's due date (07-26), while June was due only on 08-14.
    const dues = ['2020-02-09', '2020-03-14', '2020-05-09', '2020-04-04', '2020-05-07', '2020-08-14', '2020-07-26', '2020-08-06', '2020-09-07', '2020-10-21', '2020-12-01', '2021-01-11', '2021-02-13', '2021-03-19'];
    const hand = { segment: 'BPU' as const, months: dues.map((dueDate, i) => ({ month: i < 12 ? `2020-${String(i + 1).padStart(2, '0')}` : `2021-0${i - 11}`, amount: 462_000, dueDate })) };
    const payments = [
      { amount: 462_000, paymentDate: '2020-02-29', months: ['2020-02', '2020-03', '2020-07', '2020-08', '2020-09', '2020-12'] },
      { amount: 487_956, paymentDate: '2020-01-03' },
      { amount: 462_000, paymentDate: '2020-12-23' },
      { amount: 1_225_900, paymentDate: '2021-07-14', kind: 'fine' as const },
      { amount: 1_108_849, paymentDate: '2021-02-26' },
      { amount: 443_950, paymentDate: '2020-09-03', months: ['2020-02', '2020-04', '2020-05', '2020-06', '2020-07', '2020-08', '2020-09', '2020-11', '2020-12', '2021-01', '2021-02'] },
    ];
    const before = applyPayments(hand, payments, { asOf: '2021-04-04' });
    const after = applyPayments(hand, [{ amount: 898_044, paymentDate: '2020-01-01', months: ['2020-10'] }, ...payments], { asOf: '2021-04-04' });
    expect(before.lapse).toMatchObject({ date: '2020-08-15', months: ['2020-03', '2020-04', '2020-05', '2020-06'] });
    expect(after.lapse).toMatchObject({ date: '2020-08-15', months: ['2020-04', '2020-05', '2020-06', '2020-07'] });
  });
});
