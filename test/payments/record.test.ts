import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyPayments, findLapse } from '../../src/payments/record';
import { lapseRuleAt } from '../../src/payments/lapse';
import { lawReader } from '../../src/payments/law';
import { contributionSchedule } from '../../src/contributions/schedule';
import type { CalendarDate, YearMonth } from '../../src/core/calendar';
import { baselineLaw, withOverlay, type LawRegistry } from '../../src/law/registry';
import { valueAt } from '../../src/law/lookup';
import { formatCitation } from '../../src/law/citation';
import { expectError } from '../helpers';
import { months } from './helpers';

const BPU = 16_800; // JKK 10,000 + JKM 6,800 at the minimum income (brief §13.1 ex. 1)

describe('applyPayments: allocation rule', () => {
  it('applies an unnamed payment to the oldest months first and leaves a part payment outstanding', () => {
    const schedule = { segment: 'BPU' as const, months: months('2026-01', 3, BPU) };
    const r = applyPayments(schedule, [{ amount: 40_000, paymentDate: '2026-01-10' }], { asOf: '2026-03-31' });
    // 40,000 = 16,800 (Jan) + 16,800 (Feb) + 6,400 (part of Mar); Mar outstanding 16,800 − 6,400 = 10,400
    expect(r.months.map((m) => m.paid)).toEqual([16_800, 16_800, 6_400]);
    expect(r.months.map((m) => m.paymentDate)).toEqual(['2026-01-10', '2026-01-10', null]);
    expect(r.months[2]!.outstanding).toBe(10_400);
    expect(r.credit).toBe(0);
  });

  it('completes a part-paid month on the date of the payment that completes it', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 1, 462_000) };
    const r = applyPayments(schedule, [
      { amount: 400_000, paymentDate: '2026-02-10' },
      { amount: 62_000, paymentDate: '2026-03-01' },
    ], { asOf: '2026-03-31' });
    // 400,000 + 62,000 = 462,000: paid in full on 2026-03-01
    expect(r.months[0]!.paymentDate).toBe('2026-03-01');
    expect(r.months[0]!.allocations.map((a) => a.amount)).toEqual([400_000, 62_000]);
  });

  it('pays the named months first and carries the remainder forward as credit', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 3, 462_000) };
    const r = applyPayments(schedule, [
      { amount: 500_000, paymentDate: '2026-03-10', months: ['2026-02'] },
      { amount: 462_000, paymentDate: '2026-03-20' },
    ], { asOf: '2026-03-31' });
    // First: Feb 462,000, credit 500,000 − 462,000 = 38,000.
    // Second: the credit 38,000 goes to the oldest open month (Jan), then 462,000 → Jan 424,000 + Mar 38,000.
    expect(r.months[1]!.paymentDate).toBe('2026-03-10');
    expect(r.months[0]!.allocations.map((a) => [a.amount, a.fromCredit])).toEqual([[38_000, true], [424_000, false]]);
    expect(r.months[0]!.paymentDate).toBe('2026-03-20');
    expect(r.months[2]!.paid).toBe(38_000);
    expect(r.credit).toBe(0);
  });

  it('keeps an overpayment beyond the schedule as credit', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 1, 462_000) };
    const r = applyPayments(schedule, [{ amount: 500_000, paymentDate: '2026-02-10' }], { asOf: '2026-02-28' });
    expect(r.credit).toBe(38_000); // 500,000 − 462,000
  });

  it('accepts an advance payment for 12 months (BPU) and nothing beyond the 12th month', () => {
    const schedule = { segment: 'BPU' as const, months: months('2026-01', 13, BPU) };
    // 13 × 16,800 = 218,400 paid in January: 12 months (Jan–Dec) may be prepaid, 16,800 stays credit.
    const r = applyPayments(schedule, [{ amount: 218_400, paymentDate: '2026-01-05' }], { asOf: '2026-01-31' });
    expect(r.months.slice(0, 12).every((m) => m.paymentDate === '2026-01-05')).toBe(true);
    expect(r.months[12]!.paid).toBe(0);
    expect(r.credit).toBe(16_800);
  });

  it('works on a contributionSchedule result as it is', () => {
    const schedule = contributionSchedule({ segment: 'PU', wage: 5_000_000, riskClass: 1, employerScale: 'large' }, { from: '2026-01', to: '2026-02' });
    const r = applyPayments(schedule, [{ amount: 462_000, paymentDate: '2026-02-15' }], { asOf: '2026-03-31' });
    // Brief §13.1 ex. 8: 312,000 + 150,000 = 462,000 a month, due the 15th of the next month
    expect(r.months.map((m) => [m.due, m.dueDate, m.paymentDate])).toEqual([[462_000, '2026-02-15', '2026-02-15'], [462_000, '2026-03-15', null]]);
  });

  it('ignores payments after asOf and books fine payments apart', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 1, 462_000) };
    const r = applyPayments(schedule, [
      { amount: 9_240, paymentDate: '2026-02-20', kind: 'fine' },
      { amount: 462_000, paymentDate: '2026-04-01' },
    ], { asOf: '2026-03-01' });
    expect(r.ignoredAfterAsOf).toEqual([1]);
    expect(r.finePayments).toEqual([{ payment: 0, amount: 9_240, paymentDate: '2026-02-20' }]);
    expect(r.months[0]!.paid).toBe(0);
  });

  it('property: allocations never exceed what is due and money is conserved', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ amount: fc.integer({ min: 1, max: 100_000 }), day: fc.integer({ min: 1, max: 150 }) }), { maxLength: 8 }), (ps) => {
        const schedule = { segment: 'PU' as const, months: months('2026-01', 6, 30_000) };
        const payments = ps.map((p) => ({ amount: p.amount, paymentDate: addDaysText('2026-01-01', p.day) }));
        const r = applyPayments(schedule, payments, { asOf: '2026-12-31' });
        const applied = r.months.reduce((s, m) => s + m.paid, 0);
        const paid = ps.reduce((s, p) => s + p.amount, 0);
        expect(applied + r.credit).toBe(paid);
        for (const m of r.months) expect(m.paid).toBeLessThanOrEqual(m.due);
      }),
      { numRuns: 60 },
    );
  });
});

function addDaysText(start: string, days: number): string {
  const d = new Date(`${start}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('applyPayments: bad input', () => {
  const schedule = { segment: 'BPU' as const, months: months('2026-01', 3, BPU) };
  it('rejects a payment before registration', () => {
    expectError(() => applyPayments(schedule, [{ amount: BPU, paymentDate: '2025-12-30' }], { asOf: '2026-03-31' }), 'invalid_input', ['payments', 0, 'paymentDate']);
    expectError(() => applyPayments(schedule, [{ amount: BPU, paymentDate: '2026-01-02' }], { asOf: '2026-03-31', membershipStartDate: '2026-01-05' }), 'invalid_input', ['payments', 0, 'paymentDate']);
  });
  it('rejects a negative or zero amount', () => {
    expectError(() => applyPayments(schedule, [{ amount: -16_800, paymentDate: '2026-01-10' }], { asOf: '2026-03-31' }), 'invalid_input', ['payments', 0, 'amount']);
    expectError(() => applyPayments(schedule, [{ amount: 0, paymentDate: '2026-01-10' }], { asOf: '2026-03-31' }), 'invalid_input', ['payments', 0, 'amount']);
  });
  it('rejects months outside the schedule', () => {
    expectError(() => applyPayments(schedule, [{ amount: BPU, paymentDate: '2026-01-10', months: ['2026-04'] }], { asOf: '2026-03-31' }), 'invalid_input', ['payments', 0, 'months', 0]);
  });
  it('rejects a BPU payment naming a month more than 12 months ahead', () => {
    const long = { segment: 'BPU' as const, months: months('2026-01', 14, BPU) };
    expectError(() => applyPayments(long, [{ amount: BPU, paymentDate: '2026-01-10', months: ['2027-01'] }], { asOf: '2026-03-31' }), 'invalid_input', ['payments', 0, 'months', 0]);
  });
  it('rejects a schedule with gaps, mixed segments or no amount', () => {
    expectError(() => applyPayments({ segment: 'PU', months: [{ month: '2026-01', amount: 1 }, { month: '2026-03', amount: 1 }] }, [], { asOf: '2026-03-31' }), 'invalid_input', ['schedule', 'months', 1, 'month']);
    expectError(() => applyPayments({ months: [{ month: '2026-01', amount: 1 }] }, [], { asOf: '2026-03-31' }), 'invalid_input', ['schedule', 'segment']);
    expectError(() => applyPayments({ segment: 'PU', months: [{ month: '2026-01' }] }, [], { asOf: '2026-03-31' }), 'invalid_input', ['schedule', 'months', 0, 'amount']);
  });
  it('rejects a missing asOf, asOf before registration and a registration after the schedule starts', () => {
    expectError(() => applyPayments(schedule, [], {} as never), 'invalid_input', ['options', 'asOf']);
    expectError(() => applyPayments(schedule, [], { asOf: '2025-12-31' }), 'invalid_input', ['options', 'asOf']);
    expectError(() => applyPayments(schedule, [], { asOf: '2026-03-31', membershipStartDate: '2026-02-01' }), 'invalid_input', ['options', 'membershipStartDate']);
  });
});

/** The message of the first issue of the JamsostekError `fn` throws (code and path: expectError). */
function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as { issues: readonly { message: string }[] }).issues[0]!.message;
  }
  throw new Error('expected a JamsostekError');
}

const PU = 462_000;
const puDueCitations = valueAt(baselineLaw.parameter('pu.dueDate'), '2026-01').citations;
const bpuDueCitations = valueAt(baselineLaw.parameter('bpu.dueDate'), '2026-01').citations;
const bpuLapseValue = valueAt(baselineLaw.parameter('bpu.lapse'), '2026-01');

describe('applyPayments: order, allocations and credit in detail', () => {
  it('takes payments by date, same-date payments in list order, and states payment, id and payer only when given', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 3, PU) };
    const r = applyPayments(schedule, [
      { id: 'late', amount: PU, paymentDate: '2026-03-20' },
      { id: 'B', amount: PU, paymentDate: '2026-02-10', payer: 'PT Maju' },
      { amount: PU, paymentDate: '2026-02-10' },
    ], { asOf: '2026-03-31' });
    // Order: #1 (10 Feb) → Jan, #2 (10 Feb, later in the list) → Feb, #0 (20 Mar) → Mar.
    expect(r.months.map((m) => m.allocations)).toStrictEqual([
      [{ payment: 1, paymentId: 'B', payer: 'PT Maju', paymentDate: '2026-02-10', amount: PU, fromCredit: false }],
      [{ payment: 2, paymentDate: '2026-02-10', amount: PU, fromCredit: false }],
      [{ payment: 0, paymentId: 'late', paymentDate: '2026-03-20', amount: PU, fromCredit: false }],
    ]);
    expect(r.months.map((m) => m.paymentDate)).toEqual(['2026-02-10', '2026-02-10', '2026-03-20']);
  });

  it('pays the named months oldest first, whatever order they are named in', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 3, PU) };
    const r = applyPayments(schedule, [{ amount: PU, paymentDate: '2026-04-01', months: ['2026-03', '2026-02'] }], { asOf: '2026-04-30' });
    // 462,000 covers one month: the oldest named one (Feb); Jan (not named) and Mar stay open.
    expect(r.months.map((m) => m.paid)).toEqual([0, PU, 0]);
    expect(r.credit).toBe(0);
  });

  it('stops a payment or a credit lot when it is used up and never touches a month already paid', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 3, PU) };
    const r = applyPayments(schedule, [
      { amount: 500_000, paymentDate: '2026-02-10', months: ['2026-01'] },
      { amount: 424_000, paymentDate: '2026-03-10' },
    ], { asOf: '2026-03-31' });
    // #0: Jan 462,000, credit 500,000 − 462,000 = 38,000.
    // #1: the credit 38,000 goes to Feb (Jan is paid), then 424,000 = 462,000 − 38,000 completes Feb; Mar untouched.
    expect(r.months.map((m) => m.allocations)).toStrictEqual([
      [{ payment: 0, paymentDate: '2026-02-10', amount: PU, fromCredit: false }],
      [
        { payment: 0, paymentDate: '2026-03-10', amount: 38_000, fromCredit: true },
        { payment: 1, paymentDate: '2026-03-10', amount: 424_000, fromCredit: false },
      ],
      [],
    ]);
    expect(r.months.map((m) => m.paymentDate)).toEqual(['2026-02-10', '2026-03-10', null]);
    expect(r.credit).toBe(0);
  });

  it('a payment that exactly pays the oldest month leaves the next month untouched', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 2, PU) };
    const r = applyPayments(schedule, [{ amount: PU, paymentDate: '2026-02-10' }], { asOf: '2026-02-28' });
    expect(r.months.map((m) => m.allocations.length)).toEqual([1, 0]);
  });

  it('BPU credit is not applied beyond the 12-month advance limit either', () => {
    const schedule = { segment: 'BPU' as const, months: months('2026-01', 13, BPU) };
    const r = applyPayments(schedule, [
      { amount: 13 * BPU, paymentDate: '2026-01-05' },
      { amount: 100, paymentDate: '2026-01-20' },
    ], { asOf: '2026-01-31' });
    // 218,400 pays Jan–Dec 2026 (12 months, the limit for a payment made in Jan 2026); 16,800 is credit.
    // On 20 Jan the limit is still Dec 2026: the credit cannot pay Jan 2027, so 16,800 + 100 = 16,900 stays credit.
    expect(r.months[12]!.paid).toBe(0);
    expect(r.credit).toBe(16_900);
  });

  it('a BPU payment may name the 12th month counting the month of payment, not the 13th', () => {
    const schedule = { segment: 'BPU' as const, months: months('2026-01', 13, BPU) };
    // Paid in Jan 2026: Jan + 11 = Dec 2026 is the last month allowed.
    const r = applyPayments(schedule, [{ amount: BPU, paymentDate: '2026-01-10', months: ['2026-12'] }], { asOf: '2026-01-31' });
    expect(r.months[11]!.paymentDate).toBe('2026-01-10');
    expect(messageOf(() => applyPayments(schedule, [{ id: 'adv', amount: BPU, paymentDate: '2026-01-10', months: ['2027-01'] }], { asOf: '2026-01-31' }))).toBe(
      'Payment adv on 2026-01-10 names 2027-01; a BPU payment may cover iuran months up to 2026-12 (bpu.advancePayment)',
    );
  });

  it('PU has no advance limit: a payment may cover or name months more than 12 ahead', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 14, PU) };
    // 14 × 462,000 = 6,468,000 paid on 10 Jan 2026 pays Jan 2026 … Feb 2027.
    const r = applyPayments(schedule, [{ amount: 14 * PU, paymentDate: '2026-01-10' }], { asOf: '2026-01-31' });
    expect(r.months.every((m) => m.paymentDate === '2026-01-10')).toBe(true);
    expect(r.credit).toBe(0);
    const named = applyPayments(schedule, [{ amount: PU, paymentDate: '2026-01-10', months: ['2027-02'] }], { asOf: '2026-01-31' });
    expect(named.months[13]!.paid).toBe(PU);
    // Only the PU due-date rule is cited (once, though every month uses it): no BPU advance-payment rule.
    expect(named.citations).toEqual([...puDueCitations]);
  });

  it('a month with nothing due counts as paid on its due date (the given one, else the law\'s)', () => {
    const r = applyPayments({ segment: 'PU', months: [{ month: '2026-01', amount: 0, dueDate: '2026-02-10' }, { month: '2026-02', amount: 0 }] }, [], { asOf: '2026-03-31' });
    // PU: due the 15th of the following month, so Feb 2026 is due 2026-03-15.
    expect(r.months.map((m) => [m.dueDate, m.paymentDate])).toEqual([['2026-02-10', '2026-02-10'], ['2026-03-15', '2026-03-15']]);
  });

  it('applies a payment made on asOf itself and reads a record at the registration date', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 1, PU) };
    const r = applyPayments(schedule, [{ amount: PU, paymentDate: '2026-02-15' }], { asOf: '2026-02-15' });
    expect([r.ignoredAfterAsOf, r.months[0]!.paymentDate]).toEqual([[], '2026-02-15']);
    const atRegistration = applyPayments(schedule, [], { asOf: '2026-01-01' });
    expect([atRegistration.membershipStartDate, atRegistration.asOf]).toEqual(['2026-01-01', '2026-01-01']);
  });
});

describe('applyPayments: BPU lapse', () => {
  const schedule = { segment: 'BPU' as const, months: months('2026-01', 6, BPU) };
  it('lapses the day after the due date of the 4th consecutive unpaid month, and cites the lapse rule', () => {
    // Jan–Apr unpaid; Apr 2026 is due 15 Apr, so the membership ends on 16 Apr (more than 3 unpaid months).
    expect(applyPayments(schedule, [], { asOf: '2026-04-15' }).lapse).toBeNull();
    const r = applyPayments(schedule, [], { asOf: '2026-04-16' });
    expect(r.lapse).toEqual({ date: '2026-04-16', months: ['2026-01', '2026-02', '2026-03', '2026-04'], rule: bpuLapseValue.value, citations: bpuLapseValue.citations });
    // Both rules are in Perdir 22/PERDIR.02/072022: the record cites the instrument once; each
    // rule's reading (its citation note) is in lawUsed, the lapse rule's also in record.lapse.
    expect(r.citations).toEqual([...bpuDueCitations]);
    expect(formatCitation(bpuLapseValue.citations[0]!)).toBe(formatCitation(bpuDueCitations[0]!));
    expect(r.lawUsed.map((u) => [u.parameter, u.citations])).toEqual([['bpu.dueDate', bpuDueCitations], ['bpu.lapse', bpuLapseValue.citations]]);
  });
  it('does not apply a payment made on or after the lapse date', () => {
    const r = applyPayments(schedule, [{ amount: BPU, paymentDate: '2026-04-16' }, { amount: BPU, paymentDate: '2026-04-20' }], { asOf: '2026-04-30' });
    expect(r.unallocated.map((u) => [u.payment, u.amount])).toEqual([[0, BPU], [1, BPU]]);
    expect(r.unallocated[0]!.reason.en).toBe('Paid on 2026-04-16, after the BPU membership lapsed on 2026-04-16; not applied (re-registration is out of scope).');
    expect(r.months.every((m) => m.paid === 0)).toBe(true);
  });
  it('a payment the day before the lapse date keeps the membership', () => {
    const r = applyPayments(schedule, [{ amount: BPU, paymentDate: '2026-04-15' }], { asOf: '2026-04-30' });
    // 16,800 pays Jan on 15 Apr: no run of 4 unpaid months ends by 30 Apr (Feb–May would end on 16 May).
    expect([r.lapse, r.months[0]!.paymentDate]).toEqual([null, '2026-04-15']);
  });
});

/** The lapse rule of a law, as the record reads it. */
const rules = (law: LawRegistry) => lapseRuleAt(lawReader({ law }), () => ['schedule']);

describe('findLapse: the earliest run of unpaid months', () => {
  const m = (month: string, dueDate: string, paymentDate: string | null) => ({ month: month as YearMonth, dueDate: dueDate as CalendarDate, paymentDate: paymentDate as CalendarDate | null });
  const upTo = '2026-06-30' as CalendarDate;
  it('a month of the run paid only on the lapse date itself does not stop the lapse', () => {
    const months = [m('2026-01', '2026-01-15', null), m('2026-02', '2026-02-15', '2026-04-16'), m('2026-03', '2026-03-15', null), m('2026-04', '2026-04-15', null)];
    expect(findLapse(months, upTo, rules(baselineLaw))?.date).toBe('2026-04-16');
    // one day earlier it does
    expect(findLapse([months[0]!, m('2026-02', '2026-02-15', '2026-04-15'), months[2]!, months[3]!], upTo, rules(baselineLaw))).toBeNull();
  });
  it('a first month paid late, after the run ended, still starts the run', () => {
    const months = [m('2026-01', '2026-01-15', '2026-05-01'), m('2026-02', '2026-02-15', null), m('2026-03', '2026-03-15', null), m('2026-04', '2026-04-15', null)];
    expect(findLapse(months, upTo, rules(baselineLaw))?.months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
  });
  it('skips a month paid on time and reads the rule of the month the run starts in', () => {
    // Overlay: from Feb 2026 more than 1 unpaid month ends the membership (baseline: more than 3).
    const shorter = (arrearsWindowMonths: number) =>
      withOverlay(baselineLaw, {
        name: 'shorter lapse',
        values: { 'bpu.lapse': [{ from: '2026-02', value: { maxConsecutiveUnpaidMonths: 1, arrearsWindowMonths, stateIfJhtClaimed: 'inactive' }, status: 'projected', citations: { instrument: 'Practice', number: 'lapse-test', year: 2026 } }] },
      });
    // Jan paid on its due date: the run starts in Feb (rule 1, window 1): Feb + Mar unpaid, Mar due 15 Mar → lapse 16 Mar.
    const months = [m('2026-01', '2026-01-15', '2026-01-15'), m('2026-02', '2026-02-15', null), m('2026-03', '2026-03-15', null)];
    expect(findLapse(months, upTo, rules(shorter(1)))).toMatchObject({ date: '2026-03-16', months: ['2026-02', '2026-03'], rule: { maxConsecutiveUnpaidMonths: 1 } });
    // The arrears window is the other half of the rule: with 3 months, Feb's arrears stay payable
    // until 15 May (15 Feb + 3 months), so the run ends on 16 May.
    expect(findLapse(months, upTo, rules(shorter(3)))).toMatchObject({ date: '2026-05-16', months: ['2026-02', '2026-03'] });
  });
});

describe('applyPayments: more bad input', () => {
  const schedule = { segment: 'BPU' as const, months: months('2026-01', 3, BPU) };
  it('rejects amounts with sen (payments and contributions are whole rupiah)', () => {
    expectError(() => applyPayments(schedule, [{ amount: '16800.50', paymentDate: '2026-01-10' }], { asOf: '2026-03-31' }), 'invalid_input', ['payments', 0, 'amount']);
    expectError(() => applyPayments({ segment: 'PU', months: [{ month: '2026-01', amount: 16_800.5 }] }, [], { asOf: '2026-03-31' }), 'invalid_input', ['schedule', 'months', 0, 'amount']);
  });
  it('rejects a schedule mixing PU and BPU months', () => {
    expectError(() => applyPayments({ segment: 'PU', months: [{ month: '2026-01', amount: 1, segment: 'BPU' }] }, [], { asOf: '2026-03-31' }), 'invalid_input', ['schedule', 'segment']);
    expect(messageOf(() => applyPayments({ months: [{ month: '2026-01', amount: 1, segment: 'PU' }, { month: '2026-02', amount: 1, segment: 'BPU' }] }, [], { asOf: '2026-03-31' }))).toContain('mixes PU and BPU');
  });
  it('rejects a payment naming a month twice', () => {
    expectError(() => applyPayments(schedule, [{ amount: BPU, paymentDate: '2026-01-10', months: ['2026-01', '2026-01'] }], { asOf: '2026-03-31' }), 'invalid_input', ['payments', 0, 'months']);
  });
  it('rejects a law that is not a LawRegistry', () => {
    const notLaws: unknown[] = [{}, null, { parameter: 'pu.dueDate' }, Object.assign(() => undefined, { parameter: baselineLaw.parameter.bind(baselineLaw) })];
    for (const law of notLaws) expectError(() => applyPayments(schedule, [], { asOf: '2026-03-31', law } as never), 'invalid_input', ['options', 'law']);
  });
  it('names the payment (its id, else its position) and the registration date in messages', () => {
    const early = [{ amount: BPU, paymentDate: '2026-01-10' }, { id: 'pay-7', amount: BPU, paymentDate: '2025-12-30' }];
    expect(messageOf(() => applyPayments(schedule, early, { asOf: '2026-03-31' }))).toBe(
      'Payment pay-7 on 2025-12-30 is before the membership start date 2026-01-01 (the first day of the first scheduled month; pass options.membershipStartDate if the membership started earlier)',
    );
    expect(messageOf(() => applyPayments(schedule, [{ amount: BPU, paymentDate: '2026-01-10' }, { amount: BPU, paymentDate: '2026-01-02' }], { asOf: '2026-03-31', membershipStartDate: '2026-01-05' }))).toBe(
      'Payment 1 on 2026-01-02 is before the membership start date 2026-01-05',
    );
    expect(messageOf(() => applyPayments(schedule, [{ id: 'x1', amount: BPU, paymentDate: '2026-01-10', months: ['2026-04'] }], { asOf: '2026-03-31' }))).toBe(
      'Payment x1 names 2026-04, which is outside the schedule (2026-01 to 2026-03)',
    );
  });
});

describe('applyPayments: options', () => {
  const schedule = { segment: 'PU' as const, months: months('2026-01', 1, PU) };
  it('takes only the law options and the membership start: no rounding (nothing is rounded) and no JHT claim', () => {
    expectError(() => applyPayments(schedule, [], { asOf: '2026-01-31', rounding: { mode: 'down', step: 100 } } as never), 'invalid_input', ['options']);
    expectError(() => applyPayments(schedule, [], { asOf: '2026-01-31', jhtClaimed: true } as never), 'invalid_input', ['options']);
  });
  it('lists every value of law it read, once (the PU due date of the only month)', () => {
    const r = applyPayments(schedule, [{ amount: PU, paymentDate: '2026-02-10' }], { asOf: '2026-02-28' });
    expect(r.lawUsed.map((u) => [u.parameter, u.from, u.status])).toEqual([['pu.dueDate', '2021-02', 'enacted']]);
  });
});
