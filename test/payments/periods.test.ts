import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { consecutiveBackFrom, contributionPeriods } from '../../src/payments/periods';
import { jkmWaitingPeriodCheck, jkpPeriodCheck, scholarshipPeriodCheck } from '../../src/payments/periodChecks';
import type { YearMonth } from '../../src/core/calendar';
import { withOverlay, baselineLaw } from '../../src/law/registry';
import { jkpBenefit } from '../../src/benefits/jkp';
import { expectError } from '../helpers';
import { months } from './helpers';

const BPU = 16_800;
const PU = 462_000;
const onTime = (ms: { month: string; amount: number }[]) => ms.map((m) => ({ amount: m.amount, paymentDate: `${m.month}-10`, months: [m.month] }));

describe('contributionPeriods', () => {
  it('counts paid months, consecutive runs, the JKP window and years', () => {
    const schedule = { segment: 'BPU' as const, months: months('2024-01', 30, BPU) };
    // Paid: every month except 2024-06 (the 6th) → 29 of 30 months by 2026-06-20.
    const payments = onTime(schedule.months).filter((p) => p.months[0] !== '2024-06');
    const p = contributionPeriods(schedule, payments, { asOf: '2026-06-20' });
    expect(p.totalMonths).toBe(29);
    expect(p.consecutiveFromRegistration).toBe(5); // Jan–May 2024
    expect(p.consecutiveUpToAsOf).toBe(24); // 2024-07 … 2026-06
    expect(p.inJkpWindow).toEqual({ from: '2024-07', to: '2026-06', count: 24 });
    expect(p.years).toEqual({ completed: 2, remainingMonths: 5 }); // 29 = 2 × 12 + 5
  });

  it('a 12-month advance payment counts only the months that have begun (cautious reading), or all with countPrepaidMonths', () => {
    const schedule = { segment: 'BPU' as const, months: months('2026-01', 12, BPU) };
    const payments = [{ amount: 12 * BPU, paymentDate: '2026-01-05', payer: 'Pemprov NTT' }]; // 201,600
    const cautious = contributionPeriods(schedule, payments, { asOf: '2026-03-01' });
    expect([cautious.totalMonths, cautious.prepaidNotCounted.length]).toEqual([3, 9]); // Jan–Mar; Apr–Dec prepaid
    const generous = contributionPeriods(schedule, payments, { asOf: '2026-03-01', countPrepaidMonths: true });
    expect(generous.totalMonths).toBe(12);
  });

  it('property: totals never exceed scheduled months and runs never exceed the total', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (flags) => {
        const schedule = { segment: 'PU' as const, months: months('2025-01', 12, PU) };
        const payments = schedule.months.filter((_, i) => flags[i]).map((m) => ({ amount: PU, paymentDate: '2026-01-05', months: [m.month] }));
        const p = contributionPeriods(schedule, payments, { asOf: '2026-01-31' });
        expect(p.totalMonths).toBe(flags.filter(Boolean).length);
        expect(p.consecutiveFromRegistration).toBeLessThanOrEqual(p.totalMonths);
        expect(p.consecutiveUpToAsOf).toBeLessThanOrEqual(p.totalMonths);
      }),
      { numRuns: 50 },
    );
  });

  it('bad input', () => {
    expectError(() => contributionPeriods({ segment: 'BPU', months: months('2026-01', 2, BPU) }, [], { asOf: '2026-02-01', countPrepaidMonths: 'yes' } as never), 'invalid_input', ['options', 'countPrepaidMonths']);
  });
});

describe('jkmWaitingPeriodCheck: the 3-month count (brief §13.1 ex. 22)', () => {
  const schedule = { segment: 'BPU' as const, months: months('2026-01', 12, BPU) };
  it('death in the 2nd month with only two months paid: not met (Rp10 m only)', () => {
    const r = jkmWaitingPeriodCheck(schedule, onTime(months('2026-01', 2, BPU)), { deathDate: '2026-02-20' });
    expect(r).toMatchObject({ applies: true, met: false, requiredMonths: 3, actualMonths: 2, parameter: 'benefit.jkm.bpuWaitingRule' });
    expect(r.rule.en).toContain('not met (Rp10.000.000 only)');
  });
  it('after 3 consecutive paid months: met', () => {
    const r = jkmWaitingPeriodCheck(schedule, onTime(months('2026-01', 3, BPU)), { deathDate: '2026-03-20' });
    expect(r).toMatchObject({ met: true, actualMonths: 3 });
  });
  it('a gap after registration breaks the count from registration', () => {
    const paid = onTime(months('2026-01', 5, BPU)).filter((p) => p.months[0] !== '2026-02');
    expect(jkmWaitingPeriodCheck(schedule, paid, { deathDate: '2026-05-20' })).toMatchObject({ met: false, actualMonths: 1 });
  });
  it('months prepaid at registration: open question (§12 item 9a), cautious by default, overridable per call and by overlay', () => {
    const prepaid = [{ amount: 12 * BPU, paymentDate: '2026-01-05' }];
    expect(jkmWaitingPeriodCheck(schedule, prepaid, { deathDate: '2026-02-10' })).toMatchObject({ met: false, actualMonths: 2 });
    expect(jkmWaitingPeriodCheck(schedule, prepaid, { deathDate: '2026-02-10', countPrepaidMonths: true })).toMatchObject({ met: true, actualMonths: 12 });
    const law = withOverlay(baselineLaw, {
      name: 'prepaid counts',
      values: {
        'benefit.jkm.bpuWaitingRule': [
          {
            from: '2026-01-01',
            value: { minConsecutivePaidMonths: 3, totalBeforeWaiting: 10_000_000, brochureReading: { funeral: 10_000_000 }, branchReading: { lumpSum: 8_000_000, funeral: 2_000_000 }, prepaidMonthsCount: true },
            status: 'enacted',
            citations: { instrument: 'Practice', number: 'KPPS Cilegon', year: 2024 },
          },
        ],
      },
    });
    expect(jkmWaitingPeriodCheck(schedule, prepaid, { deathDate: '2026-02-10', law }).met).toBe(true);
  });
  it('does not apply to PU', () => {
    expect(jkmWaitingPeriodCheck({ segment: 'PU', months: months('2026-01', 1, PU) }, [], { deathDate: '2026-01-20' })).toMatchObject({ applies: false, met: true });
    // not even before the rule's start: no value needs to be in force for PU
    expect(jkmWaitingPeriodCheck({ segment: 'PU', months: months('2019-01', 1, PU) }, [], { deathDate: '2019-01-20' })).toMatchObject({ applies: false, met: true, requiredMonths: 0, citations: [] });
  });
  it('the rule starts with PP 82/2019 (2019-12-02), as in jkmBenefit: an earlier BPU death has no rule', () => {
    expect(jkmWaitingPeriodCheck({ segment: 'BPU', months: months('2019-12', 3, BPU) }, [{ amount: BPU, paymentDate: '2019-12-01', months: ['2019-12'] }], { deathDate: '2019-12-02' })).toMatchObject({ met: false, requiredMonths: 3, actualMonths: 1 });
    expectError(() => jkmWaitingPeriodCheck({ segment: 'BPU', months: months('2019-11', 1, BPU) }, [], { deathDate: '2019-12-01' }), 'parameter_not_in_force', ['options', 'deathDate']);
  });
  it('bad input', () => {
    expectError(() => jkmWaitingPeriodCheck(schedule, [], { deathDate: '2026-13-01' }), 'invalid_input', ['options', 'deathDate']);
  });
});

describe('scholarshipPeriodCheck: the 3-year count', () => {
  const schedule = { segment: 'BPU' as const, months: months('2023-01', 40, BPU) };
  it('36 paid months by the date of death: met', () => {
    expect(scholarshipPeriodCheck(schedule, onTime(months('2023-01', 36, BPU)), { eventDate: '2025-12-20' })).toMatchObject({ met: true, requiredMonths: 36, actualMonths: 36, parameter: 'benefit.jkm.scholarshipMinContributionMonths' });
  });
  it('35 paid months: not met (brief §13.1 ex. 10: 2 years ⇒ no scholarship)', () => {
    expect(scholarshipPeriodCheck(schedule, onTime(months('2023-01', 35, BPU)), { eventDate: '2025-12-20' })).toMatchObject({ met: false, actualMonths: 35 });
  });
  it('before PP 82/2019 the period was 5 years', () => {
    const r = scholarshipPeriodCheck({ segment: 'PU', months: months('2016-01', 40, PU) }, [], { eventDate: '2019-06-01' });
    expect(r).toMatchObject({ requiredMonths: 60, met: false });
  });
  it('bad input', () => {
    expectError(() => scholarshipPeriodCheck(schedule, [], { eventDate: '2025-12-20', asOf: '2025-12-20' } as never), 'invalid_input', ['options']);
  });
});

describe('jkpPeriodCheck', () => {
  const schedule = { segment: 'PU' as const, months: months('2024-01', 24, PU) };
  const paidAll = schedule.months.map((m) => ({ amount: PU, paymentDate: '2026-01-10', months: [m.month] }));
  it('12 in 24 and 6 consecutive before the PHK: met', () => {
    const r = jkpPeriodCheck(schedule, paidAll, { terminationDate: '2025-12-20', asOf: '2026-01-20' });
    expect(r).toMatchObject({ met: true, window: { from: '2024-01', to: '2025-12' }, monthsInWindow: 24, consecutiveBeforeTermination: 24, requiredInWindow: 12, requiredConsecutive: 6, parameter: 'benefit.jkp.rules' });
  });
  it('12 months in the window but only 5 consecutive before the PHK: not met', () => {
    // paid 2024-01..2024-07 (7) and 2025-08..2025-12 (5) = 12 in the window; run before PHK = 5
    const paid = paidAll.filter((p) => p.months[0]! <= '2024-07' || p.months[0]! >= '2025-08');
    const r = jkpPeriodCheck(schedule, paid, { terminationDate: '2025-12-20', asOf: '2026-01-20' });
    expect(r).toMatchObject({ met: false, monthsInWindow: 12, consecutiveBeforeTermination: 5 });
  });
  it('the disputed consecutive condition (PP 6/2025) is switched off exactly as in jkpBenefit; under PP 37/2021 it cannot be', () => {
    const paid = paidAll.filter((p) => p.months[0]! <= '2024-07' || p.months[0]! >= '2025-08'); // 12 in window, 5 consecutive
    const off = jkpPeriodCheck(schedule, paid, { terminationDate: '2025-12-20', asOf: '2026-01-20', applyDisputedConsecutiveRule: false });
    expect(off).toMatchObject({ met: true, monthsInWindow: 12, consecutiveBeforeTermination: 5, requiredConsecutive: null });
    expect(off.rule.en).toContain('condition not applied');
    const claim = { terminationDate: '2025-12-20', claimDate: '2026-01-20', earnings: { segment: 'PU' as const, wage: 5_000_000 }, terminationReason: 'termination' as const, contributionMonthsInLast24: off.monthsInWindow, consecutivePaidMonthsBeforeTermination: off.consecutiveBeforeTermination };
    expect(jkpBenefit(claim, { applyDisputedConsecutiveRule: false }).eligible).toBe(true);
    expect(jkpBenefit(claim).eligible).toBe(false);
    // PP 37/2021 (PHK 2024-12-20, window 2023-01..2024-12): not disputed, so the option changes nothing
    const old = { segment: 'PU' as const, months: months('2023-01', 24, PU) };
    const oldPaid = old.months.filter((m) => m.month <= '2023-07' || m.month >= '2024-08').map((m) => ({ amount: PU, paymentDate: '2025-01-10', months: [m.month] }));
    expect(jkpPeriodCheck(old, oldPaid, { terminationDate: '2024-12-20', asOf: '2025-01-20', applyDisputedConsecutiveRule: false })).toMatchObject({ met: false, monthsInWindow: 12, consecutiveBeforeTermination: 5, requiredConsecutive: 6 });
  });
  it('bad input', () => {
    expectError(() => jkpPeriodCheck(schedule, paidAll, { terminationDate: '2025-12-20', asOf: '2025-12-01' }), 'invalid_input', ['options', 'asOf']);
    expectError(() => jkpPeriodCheck(schedule, paidAll, { terminationDate: '2025-12-20', applyDisputedConsecutiveRule: 'no' } as never), 'invalid_input', ['options', 'applyDisputedConsecutiveRule']);
    // JKP began with PP 37/2021 (2021-02-02): a PHK before it has no JKP rule
    expectError(() => jkpPeriodCheck({ segment: 'PU', months: months('2020-01', 12, PU) }, [], { terminationDate: '2020-12-20' }), 'parameter_not_in_force', ['options', 'terminationDate']);
  });
});

describe('contribution periods: edges', () => {
  it('a month with nothing due counts from its due date, on asOf itself included', () => {
    const schedule = { segment: 'PU' as const, months: [{ month: '2026-01', amount: 0 }] };
    // PU: Jan 2026 is due (and, with nothing due, paid) on 2026-02-15.
    expect(contributionPeriods(schedule, [], { asOf: '2026-02-14' }).totalMonths).toBe(0);
    expect(contributionPeriods(schedule, [], { asOf: '2026-02-15' }).totalMonths).toBe(1);
  });

  it('consecutiveBackFrom counts back from the month, or from the month before when it does not count', () => {
    const counted = new Set(['2025-12', '2026-01', '2026-03']);
    expect(consecutiveBackFrom(counted, '2026-02' as YearMonth)).toBe(2); // Feb not counted: Jan, Dec
    expect(consecutiveBackFrom(counted, '2026-03' as YearMonth)).toBe(1); // Mar, then Feb breaks the run
  });

  it('the JKP window ends with the month of asOf even when prepaid months are counted', () => {
    const schedule = { segment: 'BPU' as const, months: months('2026-01', 12, BPU) };
    const p = contributionPeriods(schedule, [{ amount: 12 * BPU, paymentDate: '2026-01-05' }], { asOf: '2026-03-01', countPrepaidMonths: true });
    // 12 months counted; the 24-month window 2024-04 … 2026-03 holds Jan–Mar 2026 only.
    expect(p.totalMonths).toBe(12);
    expect(p.inJkpWindow).toEqual({ from: '2024-04', to: '2026-03', count: 3 });
  });

  it('jkmWaitingPeriodCheck for PU still reports the periods by the requested reading', () => {
    const pu = { segment: 'PU' as const, months: months('2026-01', 12, PU) };
    const prepaid = [{ amount: 12 * PU, paymentDate: '2026-01-05' }];
    // Default (the parameter's cautious reading): Jan and Feb have begun by 10 Feb → 2; on request all 12.
    expect(jkmWaitingPeriodCheck(pu, prepaid, { deathDate: '2026-02-10' }).periods.totalMonths).toBe(2);
    expect(jkmWaitingPeriodCheck(pu, prepaid, { deathDate: '2026-02-10', countPrepaidMonths: true }).periods.totalMonths).toBe(12);
    // Before PP 82/2019 no waiting rule is in force: the reading falls back to the cautious one (2 of 6).
    const old = { segment: 'PU' as const, months: months('2019-01', 6, PU) };
    expect(jkmWaitingPeriodCheck(old, [{ amount: 6 * PU, paymentDate: '2019-01-05' }], { deathDate: '2019-02-10' }).periods.totalMonths).toBe(2);
  });

  it('scholarshipPeriodCheck applies to every segment and counts prepaid months only on request', () => {
    const schedule = { segment: 'BPU' as const, months: months('2026-01', 12, BPU) };
    const prepaid = [{ amount: 12 * BPU, paymentDate: '2026-01-05' }];
    expect(scholarshipPeriodCheck(schedule, prepaid, { eventDate: '2026-02-10' })).toMatchObject({ applies: true, met: false, actualMonths: 2 });
    expect(scholarshipPeriodCheck(schedule, prepaid, { eventDate: '2026-02-10', countPrepaidMonths: true })).toMatchObject({ applies: true, met: false, actualMonths: 12 });
  });
});

describe('jkpPeriodCheck: edges', () => {
  const paid = (ms: { month: string }[], paymentDate: string) => ms.map((m) => ({ amount: PU, paymentDate, months: [m.month] }));
  it('counts only months in the 24-month window up to the PHK month; the run may reach back before the window', () => {
    const schedule = { segment: 'PU' as const, months: months('2023-01', 39, PU) }; // 2023-01 … 2026-03
    const r = jkpPeriodCheck(schedule, paid(schedule.months, '2026-03-10'), { terminationDate: '2025-12-20', asOf: '2026-03-20' });
    // Window 2024-01 … 2025-12: 24 months (not the 12 before it nor the 3 after the PHK); run back from Dec 2025: 36.
    expect(r).toMatchObject({ met: true, window: { from: '2024-01', to: '2025-12' }, monthsInWindow: 24, consecutiveBeforeTermination: 36 });
  });

  it('exactly 12 in the window and exactly 6 consecutive: met; 11 in the window: not met', () => {
    const schedule = { segment: 'PU' as const, months: months('2024-01', 24, PU) };
    // paid 2024-01 … 2024-06 (6) and 2025-07 … 2025-12 (6): 12 in the window, 6 consecutive before the PHK.
    const twelve = schedule.months.filter((m) => m.month <= '2024-06' || m.month >= '2025-07');
    const r = jkpPeriodCheck(schedule, paid(twelve, '2026-01-10'), { terminationDate: '2025-12-20', asOf: '2026-01-20' });
    expect(r).toMatchObject({ met: true, monthsInWindow: 12, consecutiveBeforeTermination: 6, requiredConsecutive: 6 });
    expect(r.rule).toEqual({
      id: '12 bulan iur dalam 2024-01 s.d. 2025-12 (syarat 12); 6 bulan berturut-turut sebelum PHK (syarat 6): terpenuhi.',
      en: '12 contribution months in 2024-01 to 2025-12 (needs 12); 6 consecutive months before the PHK (needs 6): met.',
    });
    const eleven = twelve.filter((m) => m.month !== '2024-01');
    expect(jkpPeriodCheck(schedule, paid(eleven, '2026-01-10'), { terminationDate: '2025-12-20', asOf: '2026-01-20' })).toMatchObject({ met: false, monthsInWindow: 11, consecutiveBeforeTermination: 6 });
  });

  it('states in both languages when the disputed consecutive condition is not applied', () => {
    const schedule = { segment: 'PU' as const, months: months('2024-01', 24, PU) };
    const r = jkpPeriodCheck(schedule, paid(schedule.months.slice(0, 12), '2026-01-10'), { terminationDate: '2025-12-20', asOf: '2026-01-20', applyDisputedConsecutiveRule: false });
    // 2024-01 … 2024-12 paid: 12 in the window, none consecutive before the PHK; the condition is off.
    expect(r).toMatchObject({ met: true, monthsInWindow: 12, consecutiveBeforeTermination: 0, requiredConsecutive: null });
    expect(r.rule).toEqual({
      id: '12 bulan iur dalam 2024-01 s.d. 2025-12 (syarat 12); 0 bulan berturut-turut sebelum PHK (syarat ini tidak diterapkan atas permintaan: PP 6/2025, sumber berbeda pendapat): terpenuhi.',
      en: '12 contribution months in 2024-01 to 2025-12 (needs 12); 0 consecutive months before the PHK (condition not applied, at the caller\'s request: PP 6/2025, sources disagree): met.',
    });
  });
});
