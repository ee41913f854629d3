import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lateFine } from '../../src/payments/fines';
import { arrearsStatement } from '../../src/payments/arrears';
import { applyPayments } from '../../src/payments/record';
import { membershipStatus } from '../../src/payments/status';
import { contributionPeriods } from '../../src/payments/periods';
import { withOverlay, baselineLaw } from '../../src/law/registry';
import { valueAt } from '../../src/law/lookup';
import { formatCitation } from '../../src/law/citation';
import { expectError } from '../helpers';
import { months } from './helpers';

const PU = 462_000; // brief §13.1 ex. 8

describe('lateFine (brief §13.1 ex. 20)', () => {
  it('one day late costs one started month: 2 % × 462,000 = 9,240', () => {
    const r = lateFine({ segment: 'PU', month: '2026-01', contribution: PU, paymentDate: '2026-02-16' });
    expect(r).toMatchObject({ dueDate: '2026-02-15', daysLate: 1, monthsLate: 1, rate: '2', fine: 9_240, exact: '9240', interest: 'simple' });
    expect(r.cap).toMatchObject({ applied: false, maxMonths: null });
    expect(r.citations.length).toBeGreaterThan(0);
  });
  it('2 months late: 2 % × 462,000 × 2 = 18,480 (simple, not compounding)', () => {
    expect(lateFine({ segment: 'PU', month: '2026-01', contribution: PU, paymentDate: '2026-04-15' })).toMatchObject({ monthsLate: 2, fine: 18_480 });
    // one more day starts the 3rd month: 2 % × 462,000 × 3 = 27,720
    expect(lateFine({ segment: 'PU', month: '2026-01', contribution: PU, paymentDate: '2026-04-16' })).toMatchObject({ monthsLate: 3, fine: 27_720 });
  });
  it('6 months late: 2 % × 462,000 × 6 = 55,440 (compounding would give 58,288)', () => {
    expect(lateFine({ segment: 'PU', month: '2026-01', contribution: PU, paymentDate: '2026-08-15' })).toMatchObject({ monthsLate: 6, fine: 55_440 });
  });
  it('on time: no fine', () => {
    expect(lateFine({ segment: 'PU', month: '2026-01', contribution: PU, paymentDate: '2026-02-15' })).toMatchObject({ monthsLate: 0, daysLate: 0, fine: 0 });
  });
  it('PP 49/2020 months: 0.5 % per month; due the 30th of the next month', () => {
    // iuran month 2020-09, due 2020-10-30, paid 2020-12-01 → 2 started months: 0.5 % × 462,000 × 2 = 4,620
    const r = lateFine({ segment: 'PU', month: '2020-09', contribution: PU, paymentDate: '2020-12-01' });
    expect(r).toMatchObject({ dueDate: '2020-10-30', monthsLate: 2, rate: '0.5', fine: 4_620 });
    expect(r.citations[0]).toMatchObject({ number: '49', article: 'Art. 23(1)' });
    // 2021-02 is back to 2 %: due 2021-03-15, paid 2021-03-16 → 2 % × 462,000 = 9,240
    expect(lateFine({ segment: 'PU', month: '2021-02', contribution: PU, paymentDate: '2021-03-16' }).fine).toBe(9_240);
  });
  it('BPU: no fine however late', () => {
    expect(lateFine({ segment: 'BPU', month: '2026-01', contribution: 16_800, paymentDate: '2026-04-01' })).toMatchObject({ monthsLate: 3, fine: 0, rate: '0' });
  });
  it('rounds the exact fine half-up once: 2 % × 100,025 = 2,000.5 → 2,001', () => {
    expect(lateFine({ segment: 'PU', month: '2026-01', contribution: 100_025, paymentDate: '2026-02-20' })).toMatchObject({ exact: '2000.5', fine: 2_001 });
    expect(lateFine({ segment: 'PU', month: '2026-01', contribution: 100_025, paymentDate: '2026-02-20' }, { rounding: { mode: 'down', step: 1 } }).fine).toBe(2_000);
  });
  it('a cap supplied by an overlay limits the months and is reported', () => {
    const law = withOverlay(baselineLaw, {
      name: 'cap test',
      values: { 'pu.lateFine': [{ from: '2026-01', to: '2026-12', value: { rate: '2', monthCounting: 'started', interest: 'simple', maxMonths: 3 }, status: 'projected', citations: { instrument: 'Practice', number: 'test', year: 2026 } }] },
    });
    const r = lateFine({ segment: 'PU', month: '2026-01', contribution: PU, paymentDate: '2026-08-15' }, { law });
    expect(r).toMatchObject({ monthsLate: 3, fine: 27_720, cap: { applied: true, maxMonths: 3 } }); // 2 % × 462,000 × 3
  });
  it('property: the fine is linear in started months (simple interest)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: 10_000_000 }), (n, c) => {
        const month = `${2026 + Math.floor((1 + n) / 12)}-${String(((1 + n) % 12) + 1).padStart(2, '0')}`;
        const r = lateFine({ segment: 'PU', month: '2026-01', contribution: c * 50, paymentDate: `${month}-15` });
        // contribution multiple of 50 → 2 % is a whole rupiah; fine = c × 50 × 2/100 × n = c × n
        expect(r.monthsLate).toBe(n);
        expect(r.fine).toBe(c * n);
      }),
      { numRuns: 50 },
    );
  });
  it('bad input: typed errors', () => {
    expectError(() => lateFine({ segment: 'PU', month: '2026-01', contribution: -1, paymentDate: '2026-02-16' }), 'invalid_input', ['input', 'contribution']);
    expectError(() => lateFine({ segment: 'XX' as never, month: '2026-01', contribution: 1, paymentDate: '2026-02-16' }), 'invalid_input', ['input', 'segment']);
    expectError(() => lateFine({ segment: 'PU', month: '2014-01', contribution: 1, paymentDate: '2014-02-16' }), 'parameter_not_in_force', ['input', 'month']);
  });
});

describe('arrearsStatement', () => {
  it('PU: a paid-late month and an unpaid month at the statement date (ex. 20)', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 3, PU) };
    const s = arrearsStatement(schedule, [{ amount: PU, paymentDate: '2026-04-15', months: ['2026-01'] }], { asOf: '2026-04-15' });
    // Jan paid 2 months late: 18,480. Feb due 03-15, unpaid on 04-15: 1 month so far, 9,240. Mar due 04-15: not late yet.
    expect(s.months.map((m) => m.fine?.fine ?? null)).toEqual([18_480, 9_240, null]);
    expect(s.totals).toMatchObject({ arrears: PU, notYetDue: PU, finesAccrued: 27_720, finesOutstanding: 27_720, owedNow: 489_720 });
    expect(s.fineCap.applied).toBe(false);
    expect(s.explanation.length).toBe(3);
  });

  it('part payment: each part is fined for its own delay', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 1, PU) };
    const s = arrearsStatement(schedule, [
      { amount: 262_000, paymentDate: '2026-02-15' }, // on time
      { amount: 100_000, paymentDate: '2026-03-01' }, // 1 month late
    ], { asOf: '2026-05-01' });
    // 100,000 × 1 (paid 03-01) + 100,000 outstanding × 3 (05-01 is in the 3rd started month after 02-15)
    // = 2 % × (100,000 + 300,000) = 8,000
    expect(s.months[0]!.fine).toMatchObject({ fine: 8_000, exact: '8000' });
    expect(s.months[0]!.fine!.components.map((c) => [c.base, c.monthsLate, c.settled])).toEqual([[100_000, 1, true], [100_000, 3, false]]);
    expect(s.totals.arrears).toBe(100_000);
  });

  it('fine payments reduce fines owed; credit is shown apart', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 2, PU) };
    const s = arrearsStatement(schedule, [
      { amount: PU, paymentDate: '2026-02-16' },
      { amount: 9_240, paymentDate: '2026-03-10', kind: 'fine' },
      { amount: 500_000, paymentDate: '2026-03-10' },
    ], { asOf: '2026-03-20' });
    expect(s.totals).toMatchObject({ finesAccrued: 9_240, finesPaid: 9_240, finesOutstanding: 0, credit: 38_000, arrears: 0, owedNow: 0 });
  });

  it('BPU: no fine; months unpaid at lapse are not arrears', () => {
    const schedule = { segment: 'BPU' as const, months: months('2026-01', 6, 16_800) };
    const inArrears = arrearsStatement(schedule, [{ amount: 16_800, paymentDate: '2026-01-10' }], { asOf: '2026-03-20' });
    expect(inArrears.totals).toMatchObject({ arrears: 33_600, finesAccrued: 0, owedNow: 33_600 }); // Feb + Mar
    const lapsed = arrearsStatement(schedule, [{ amount: 16_800, paymentDate: '2026-01-10' }], { asOf: '2026-05-20' });
    expect(lapsed.totals).toMatchObject({ arrears: 0, lapsedUnpaid: 84_000, owedNow: 0 }); // 5 × 16,800
  });

  it('bad input: typed errors', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 1, PU) };
    expectError(() => arrearsStatement(schedule, [{ amount: PU, paymentDate: '2025-01-01' }], { asOf: '2026-03-01' }), 'invalid_input', ['payments', 0, 'paymentDate']);
    expectError(() => arrearsStatement(schedule, [{ amount: 9_240, paymentDate: '2026-02-01', kind: 'fine', months: ['2026-01'] }], { asOf: '2026-03-01' }), 'invalid_input', ['payments', 0, 'months']);
    expectError(() => arrearsStatement(schedule, [], { asOf: 'soon' }), 'invalid_input', ['options', 'asOf']);
  });
});

describe('due dates before their iuran month (issue 13.3)', () => {
  const message = 'The due date 1990-01-01 is before the iuran month 2026-01: a contribution cannot fall due before its month begins';
  it('regression #13.3: lateFine refuses a dueDate before the iuran month', () => {
    // Before: 1990-01-01 for iuran month 2026-01 gave 436 started months of delay
    // (2 % × 462,000 × 436 = 4,028,640).
    const input = { segment: 'PU' as const, month: '2026-01', contribution: PU, paymentDate: '2026-04-15', dueDate: '1990-01-01' };
    expectError(() => lateFine(input), 'invalid_input', ['input', 'dueDate']);
    expect(() => lateFine(input)).toThrow(message);
    expectError(() => lateFine({ ...input, dueDate: '2025-12-31' }), 'invalid_input', ['input', 'dueDate']);
  });
  it('a due date on the first day of the iuran month is accepted; so is a payment before the month (paid in advance)', () => {
    const base = { segment: 'PU' as const, month: '2026-01', contribution: PU };
    // due 1 Jan, paid 2 Jan: 1 started month → 2 % × 462,000 = 9,240
    expect(lateFine({ ...base, dueDate: '2026-01-01', paymentDate: '2026-01-02' })).toMatchObject({ daysLate: 1, monthsLate: 1, fine: 9_240 });
    expect(lateFine({ ...base, dueDate: '2026-01-01', paymentDate: '2025-12-20' })).toMatchObject({ daysLate: 0, monthsLate: 0, fine: 0 });
    expect(lateFine({ ...base, paymentDate: '2025-12-20' })).toMatchObject({ dueDate: '2026-02-15', fine: 0 });
  });
  it('regression #13.3: arrearsStatement (and every schedule reader) refuses a scheduled due date before its month', () => {
    const schedule = { segment: 'PU' as const, months: [{ month: '2026-01', amount: PU, dueDate: '1990-01-01' }] };
    expectError(() => arrearsStatement(schedule, [], { asOf: '2026-03-01' }), 'invalid_input', ['schedule', 'months', 0, 'dueDate']);
    expect(() => arrearsStatement(schedule, [], { asOf: '2026-03-01' })).toThrow(message);
    const second = { segment: 'BPU' as const, months: [{ month: '2026-01', amount: 16_800 }, { month: '2026-02', amount: 16_800, dueDate: '2026-01-31' }] };
    expectError(() => membershipStatus(second, [], { asOf: '2026-03-01' }), 'invalid_input', ['schedule', 'months', 1, 'dueDate']);
    expectError(() => applyPayments(second, [], { asOf: '2026-03-01' }), 'invalid_input', ['schedule', 'months', 1, 'dueDate']);
    expectError(() => contributionPeriods(second, [], { asOf: '2026-03-01' }), 'invalid_input', ['schedule', 'months', 1, 'dueDate']);
  });
  it('a scheduled due date on the first day of its month is accepted, and a payment before the month pays it in advance', () => {
    const schedule = { segment: 'BPU' as const, months: [{ month: '2026-01', amount: 16_800, dueDate: '2026-01-01' }] };
    const s = arrearsStatement(schedule, [{ amount: 16_800, paymentDate: '2025-12-20' }], { asOf: '2026-01-05', membershipStartDate: '2025-12-01' });
    expect(s.months[0]).toMatchObject({ state: 'paid_on_time', paid: 16_800, outstanding: 0, fine: null });
  });
});

/** An overlay replacing `pu.lateFine` over [from, to] (2 % per started month unless changed). */
function fineLaw(rule: { rate?: string; monthCounting?: 'started' | 'completed'; maxMonths?: number | null }, from = '2026-01', to = '2026-12') {
  return withOverlay(baselineLaw, {
    name: 'fine rule test',
    values: { 'pu.lateFine': [{ from, to, value: { rate: '2', monthCounting: 'started', interest: 'simple', maxMonths: null, ...rule }, status: 'projected', citations: { instrument: 'Practice', number: 'fine-test', year: 2026 } }] },
  });
}

describe('lateFine: rule variants, limits and contract details', () => {
  const base = { segment: 'PU' as const, month: '2026-01', contribution: PU };

  it('without a known cap the result says so (BPJS Kesehatan caps do not apply)', () => {
    const r = lateFine({ ...base, paymentDate: '2026-08-15' });
    expect(r.cap.applied).toBe(false);
    expect(r.cap.maxMonths).toBeNull();
    expect(r.cap.note.en).toContain('No cap on the BPJS Ketenagakerjaan fine is known');
    expect(r.cap.note.id).toContain('Tidak diketahui batas maksimum denda');
  });

  it('a rule counting completed months: due 02-15, paid 04-16 is 2 completed months (3 started)', () => {
    const r = lateFine({ ...base, paymentDate: '2026-04-16' }, { law: fineLaw({ monthCounting: 'completed' }) });
    expect(r).toMatchObject({ monthsLate: 2, fine: 18_480, daysLate: 60 }); // 2 % × 462,000 × 2; 13 + 31 + 16 days
  });

  it('exactly at the cap is not capped; one day more is', () => {
    const law = fineLaw({ maxMonths: 3 });
    // due 02-15, paid 05-15: exactly 3 started months, the cap is not what limited it
    expect(lateFine({ ...base, paymentDate: '2026-05-15' }, { law })).toMatchObject({ monthsLate: 3, fine: 27_720, cap: { applied: false, maxMonths: 3 } });
    // paid 05-16: 4 started months, capped to 3: 2 % × 462,000 × 3 = 27,720
    expect(lateFine({ ...base, paymentDate: '2026-05-16' }, { law })).toMatchObject({ monthsLate: 3, fine: 27_720, cap: { applied: true, maxMonths: 3 } });
    // well under the cap: 1 month, not capped
    expect(lateFine({ ...base, paymentDate: '2026-02-16' }, { law }).cap).toMatchObject({ applied: false, maxMonths: 3 });
    expect(lateFine({ ...base, paymentDate: '2026-02-16' }, { law }).cap.note.en).toBe('A cap of 3 months from the law layer in use.');
  });

  it('paid before the due date: 0 days late (never negative)', () => {
    expect(lateFine({ ...base, paymentDate: '2026-02-01' })).toMatchObject({ daysLate: 0, monthsLate: 0, fine: 0, exact: '0' });
  });

  it('a fine up to the exact range is computed; beyond it is amount_out_of_range', () => {
    // 6.361 % = 6361 / 100,000; 6361 × 1,416,003,655,831 × 1 month = 9,007,199,254,740,991 = MAX_SAFE_INTEGER
    const r = lateFine({ ...base, contribution: 1_416_003_655_831, paymentDate: '2026-02-16' }, { law: fineLaw({ rate: '6.361' }) });
    expect(r).toMatchObject({ monthsLate: 1, exact: '90071992547.40991', fine: 90_071_992_547 });
    // 90,000,000,000,000 × 60 months × 2 = 1.08e16 > MAX_SAFE_INTEGER (due 2026-02-15, paid 2031-02-15)
    expectError(() => lateFine({ ...base, contribution: 90_000_000_000_000, paymentDate: '2031-02-15' }), 'amount_out_of_range', []);
  });

  it('bad input: sen in the contribution, unknown option keys', () => {
    expectError(() => lateFine({ ...base, contribution: 100.5, paymentDate: '2026-02-16' }), 'invalid_input', ['input', 'contribution']);
    expectError(() => lateFine({ ...base, paymentDate: '2026-02-16' }, { extra: 1 } as never), 'invalid_input', ['options']);
  });
});

describe('arrearsStatement: caps, fine payments, credit, explanation', () => {
  it('a cap in force only for later months is reported even when an earlier month is fined uncapped (settled part capped)', () => {
    const law = fineLaw({ maxMonths: 3 }, '2026-02', '2026-12');
    const schedule = { segment: 'PU' as const, months: months('2026-01', 2, PU) };
    const s = arrearsStatement(schedule, [
      { amount: PU, paymentDate: '2026-02-16', months: ['2026-01'] }, // 1 month late under the baseline rule: 9,240
      { amount: PU, paymentDate: '2026-08-01', months: ['2026-02'] }, // due 03-15, 5 started months, capped to 3: 27,720
    ], { asOf: '2026-08-01', law });
    expect(s.months.map((m) => m.fine?.components.map((c) => [c.monthsLate, c.settled]))).toEqual([[[1, true]], [[3, true]]]);
    expect(s.totals.finesAccrued).toBe(36_960); // 9,240 + 27,720
    expect(s.fineCap).toMatchObject({ applied: true, maxMonths: 3 });
  });

  it('the cap limits an amount still outstanding', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 2, PU) };
    const s = arrearsStatement(schedule, [{ amount: PU, paymentDate: '2026-02-10' }], { asOf: '2026-08-01', law: fineLaw({ maxMonths: 3 }) });
    // Feb due 03-15, unpaid on 08-01: 5 started months, capped to 3: 2 % × 462,000 × 3 = 27,720
    expect(s.months[1]!.fine!.components).toEqual([{ base: PU, until: '2026-08-01', settled: false, monthsLate: 3 }]);
    expect(s.fineCap).toMatchObject({ applied: true, maxMonths: 3 });
  });

  it('a cap in the law that no month reaches is reported as not applied', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 1, PU) };
    const s = arrearsStatement(schedule, [{ amount: PU, paymentDate: '2026-03-01' }], { asOf: '2026-03-01', law: fineLaw({ maxMonths: 3 }) });
    expect(s.months[0]!.fine).toMatchObject({ fine: 9_240 }); // 1 started month
    expect(s.fineCap).toMatchObject({ applied: false, maxMonths: 3 });
    // no fine at all: the rule of the first month still tells which cap is known
    const onTime = arrearsStatement(schedule, [{ amount: PU, paymentDate: '2026-02-10' }], { asOf: '2026-03-01', law: fineLaw({ maxMonths: 3 }) });
    expect(onTime.months[0]!.fine).toBeNull();
    expect(onTime.fineCap).toMatchObject({ applied: false, maxMonths: 3 });
  });

  it('the cap note follows the rules actually used, not the first month when it was not fined', () => {
    // cap only for iuran month 2026-01, paid on time; 2026-02 fined under the baseline (no cap)
    const schedule = { segment: 'PU' as const, months: months('2026-01', 2, PU) };
    const s = arrearsStatement(schedule, [{ amount: PU, paymentDate: '2026-02-10' }, { amount: PU, paymentDate: '2026-03-20' }], { asOf: '2026-03-20', law: fineLaw({ maxMonths: 3 }, '2026-01', '2026-01') });
    expect(s.months.map((m) => m.fine?.fine ?? null)).toEqual([null, 9_240]);
    expect(s.fineCap).toMatchObject({ applied: false, maxMonths: null });
  });

  it('months without a fine are listed as they stand; explanation steps show the arithmetic', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 3, PU) };
    const s = arrearsStatement(schedule, [{ amount: PU, paymentDate: '2026-04-15', months: ['2026-01'] }], { asOf: '2026-04-15' });
    expect(s.months[2]).toEqual({ month: '2026-03', state: 'not_yet_due', due: PU, paid: 0, outstanding: PU, fine: null });
    // Jan: 2 % × 462,000 × 2 = 18,480; Feb: 2 % × 462,000 × 1 = 9,240; total 462,000 + 27,720 = 489,720
    expect(s.explanation.map((e) => e.text.en)).toEqual([
      '2026-01: fine 2 % × (Rp462.000 × 2 months) = 18480 → Rp18.480 (due 2026-02-15)',
      '2026-02: fine 2 % × (Rp462.000 × 1 months) = 9240 → Rp9.240 (due 2026-03-15)',
      'Arrears Rp462.000 + fines outstanding Rp27.720 (fines Rp27.720 − paid Rp0) = Rp489.720 on 2026-04-15; credit Rp0.',
    ]);
  });

  it('cites the due-date rule and the fine rule, each once', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 3, PU) };
    const s = arrearsStatement(schedule, [], { asOf: '2026-05-01' });
    const due = valueAt(baselineLaw.parameter('pu.dueDate'), '2026-01').citations;
    const fine = valueAt(baselineLaw.parameter('pu.lateFine'), '2026-01').citations;
    // Every instrument once (both rules are PP 44/2015 here); each rule's reading is in lawUsed.
    const cited = s.citations.map(formatCitation);
    for (const c of [...due, ...fine]) expect(cited).toContain(formatCitation(c));
    expect(new Set(cited).size).toBe(cited.length);
    expect(s.lawUsed.map((u) => [u.parameter, u.citations])).toEqual([['pu.dueDate', due], ['pu.lateFine', fine]]);
  });

  it('fines paid: part paid leaves the rest outstanding; paid beyond the fines is shown as overpaid', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 1, PU) };
    const paidLate = { amount: PU, paymentDate: '2026-02-16' }; // fine 9,240
    const part = arrearsStatement(schedule, [paidLate, { amount: 5_000, paymentDate: '2026-03-01', kind: 'fine' }], { asOf: '2026-03-10' });
    expect(part.totals).toMatchObject({ finesAccrued: 9_240, finesPaid: 5_000, finesOutstanding: 4_240, finesOverpaid: 0, owedNow: 4_240 });
    const over = arrearsStatement(schedule, [paidLate, { amount: 10_000, paymentDate: '2026-03-01', kind: 'fine' }], { asOf: '2026-03-10' });
    expect(over.totals).toMatchObject({ finesAccrued: 9_240, finesPaid: 10_000, finesOutstanding: 0, finesOverpaid: 760, owedNow: 0 });
  });

  it('credit is applied to the arrears, never more than the arrears', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 2, PU) };
    // Feb paid with 500,000: 38,000 credit; Jan unpaid on 03-01 (due 02-15): 1 month, fine 9,240
    const small = arrearsStatement(schedule, [{ amount: 500_000, paymentDate: '2026-02-20', months: ['2026-02'] }], { asOf: '2026-03-01' });
    expect(small.totals).toMatchObject({ arrears: PU, credit: 38_000, finesOutstanding: 9_240, owedNow: 471_240, owedNowAfterCredit: 433_240 }); // 471,240 − 38,000
    // Feb paid with 1,000,000: credit 538,000 exceeds the 462,000 arrears; only the arrears are covered
    const large = arrearsStatement(schedule, [{ amount: 1_000_000, paymentDate: '2026-02-20', months: ['2026-02'] }], { asOf: '2026-03-01' });
    expect(large.totals).toMatchObject({ arrears: PU, credit: 538_000, owedNow: 471_240, owedNowAfterCredit: 9_240 }); // 471,240 − 462,000
  });

  it('totals beyond the exact range are amount_out_of_range', () => {
    // 101 months of 90,000,000,000,000 not yet due: 9.09e15 > MAX_SAFE_INTEGER
    const schedule = { segment: 'PU' as const, months: months('2026-01', 101, 90_000_000_000_000) };
    expectError(() => arrearsStatement(schedule, [], { asOf: '2026-01-10' }), 'amount_out_of_range', ['schedule', 'months']);
  });
});
