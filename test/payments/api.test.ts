/**
 * The payment functions' public surface after issue 14: options built from the shared law
 * options, `lawUsed` on every result, explanation steps with their citations, and errors rooted
 * at the argument that caused them.
 */
import { describe, expect, it } from 'vitest';
import { arrearsStatement } from '../../src/payments/arrears';
import { lateFine } from '../../src/payments/fines';
import { jkmWaitingPeriodCheck, jkpPeriodCheck, scholarshipPeriodCheck } from '../../src/payments/periodChecks';
import { contributionPeriods } from '../../src/payments/periods';
import { programmeProtection } from '../../src/payments/programme';
import { applyPayments } from '../../src/payments/record';
import { membershipStatus } from '../../src/payments/status';
import { baselineLaw } from '../../src/law/registry';
import { valueAt } from '../../src/law/lookup';
import { expectError, thrown } from '../helpers';
import { months } from './helpers';

const BPU = 16_800;
const PU = 462_000;
const bpu = { segment: 'BPU' as const, months: months('2026-01', 6, BPU) };
const pu = { segment: 'PU' as const, months: months('2026-01', 3, PU) };
const paidJan = [{ amount: BPU, paymentDate: '2026-01-10' }];
const used = (r: { lawUsed: readonly { parameter: string; from: string }[] }) => r.lawUsed.map((u) => `${u.parameter}@${u.from}`);

describe('options: the shared law options plus each function\'s own keys', () => {
  it('every function takes a projection; the payment rules are open-ended, so it changes nothing', () => {
    const projection = { method: 'carry_forward' } as const;
    expect(membershipStatus(bpu, paidJan, { asOf: '2026-03-20', projection })).toEqual(membershipStatus(bpu, paidJan, { asOf: '2026-03-20' }));
    expect(lateFine({ segment: 'PU', month: '2026-01', contribution: PU, paymentDate: '2026-04-15' }, { projection }).fine).toBe(18_480); // 2 % × 462,000 × 2
    expect(programmeProtection([{ id: 'c', funder: 'f', region: 'r', period: { from: '2026-01', to: '2026-03' }, contributionPerParticipant: BPU, participants: ['A'], payments: [] }], { asOf: '2026-01-10', projection: { method: 'indexed', annualGrowthPercent: '5.0' } }).warningDays).toBe(30);
  });
  it('a malformed projection is refused at options.projection', () => {
    expectError(() => applyPayments(bpu, [], { asOf: '2026-01-31', projection: { method: 'carryForward' } } as never), 'invalid_input', ['options', 'projection']);
    expectError(() => jkpPeriodCheck(pu, [], { terminationDate: '2026-03-20', projection: { method: 'indexed' } } as never), 'invalid_input', ['options', 'projection']);
  });
  it('each function takes only its own keys: rounding where a fine is rounded, jhtClaimed where the membership is judged', () => {
    // Jan, due 02-15 and unpaid on 03-20: 2 started months, 2 % × 462,000 × 2 = 18,480 → down to 18,000
    expect(arrearsStatement(pu, [], { asOf: '2026-03-20', rounding: { mode: 'down', step: 1_000 } }).months[0]!.fine!.fine).toBe(18_000);
    expectError(() => arrearsStatement(pu, [], { asOf: '2026-03-20', jhtClaimed: true } as never), 'invalid_input', ['options']);
    expectError(() => membershipStatus(pu, [], { asOf: '2026-03-20', rounding: { mode: 'down', step: 1 } } as never), 'invalid_input', ['options']);
    expectError(() => contributionPeriods(pu, [], { asOf: '2026-03-20', registeredOn: '2026-01-01' } as never), 'invalid_input', ['options']);
    expectError(() => jkmWaitingPeriodCheck(bpu, [], { eventDate: '2026-03-20' } as never), 'invalid_input', ['options', 'deathDate']);
    expectError(() => jkpPeriodCheck(pu, [], { phkDate: '2026-03-20' } as never), 'invalid_input', ['options', 'terminationDate']);
  });
  it('a caller\'s rounding is kept as a frozen copy; the default is half-up to the rupiah', () => {
    const rounding = { mode: 'down' as const, step: 100 };
    const s = arrearsStatement(pu, [], { asOf: '2026-03-20', rounding });
    expect(s.rounding).toEqual(rounding);
    expect(s.rounding).not.toBe(rounding);
    expect(Object.isFrozen(s.rounding)).toBe(true);
    expect(arrearsStatement(pu, [], { asOf: '2026-03-20' }).rounding).toEqual({ mode: 'half_up', step: 1 });
  });
});

describe('lawUsed: every value of law a result read, once, in the order read', () => {
  it('membershipStatus: the due dates, the lapse rule consulted before applying the payment, the advance limit', () => {
    const s = membershipStatus(bpu, paidJan, { asOf: '2026-03-20' });
    expect(used(s.record)).toEqual(['bpu.dueDate@2021-02', 'bpu.lapse@2022-07', 'bpu.advancePayment@2015-07']);
    expect(used(s)).toEqual(used(s.record)); // the status rules read nothing new here
    const lapse = valueAt(baselineLaw.parameter('bpu.lapse'), '2026-02');
    expect(s.lawUsed[1]).toMatchObject({ parameter: 'bpu.lapse', status: lapse.status, confidence: lapse.confidence, source: 'baseline', citations: lapse.citations });
  });
  it('lateFine: the due date (when not given) and the fine rule', () => {
    expect(used(lateFine({ segment: 'PU', month: '2026-01', contribution: PU, paymentDate: '2026-04-15' }))).toEqual(['pu.dueDate@2021-02', 'pu.lateFine@2021-02']);
    expect(used(lateFine({ segment: 'PU', month: '2026-01', contribution: PU, paymentDate: '2026-04-15', dueDate: '2026-02-15' }))).toEqual(['pu.lateFine@2021-02']);
  });
  it('the period checks: the record\'s rules and the benefit condition', () => {
    expect(used(jkmWaitingPeriodCheck(bpu, paidJan, { deathDate: '2026-02-10' }))).toContain('benefit.jkm.bpuWaitingRule@2019-12-02');
    expect(used(contributionPeriods(pu, [], { asOf: '2026-03-20' }))).toEqual(['pu.dueDate@2021-02', 'benefit.jkp.rules@2025-02-07']);
    // the condition is read before the periods (which read the JKP window rule)
    expect(used(scholarshipPeriodCheck(bpu, [], { eventDate: '2026-02-10' }))).toEqual(['bpu.dueDate@2021-02', 'bpu.lapse@2022-07', 'benefit.jkm.scholarshipMinContributionMonths@2019-12-02', 'benefit.jkp.rules@2025-02-07']);
  });
  it('programmeProtection: every value any cohort read', () => {
    const r = programmeProtection([{ id: 'c', funder: 'f', region: 'r', period: { from: '2026-01', to: '2026-03' }, contributionPerParticipant: BPU, participants: ['A'], payments: [{ paymentDate: '2026-01-10', months: ['2026-01'] }] }], { asOf: '2026-01-20' });
    expect(used(r)).toEqual(['bpu.dueDate@2021-02', 'bpu.advancePayment@2015-07', 'bpu.lapse@2022-07', 'benefit.jkm.bpuWaitingRule@2019-12-02']);
  });
});

describe('arrearsStatement: explanation steps carry their citations', () => {
  it('a step per fined month with the fine rule\'s citations, and the total without', () => {
    const s = arrearsStatement(pu, [{ amount: PU, paymentDate: '2026-04-15', months: ['2026-01'] }], { asOf: '2026-04-15' });
    const fine = valueAt(baselineLaw.parameter('pu.lateFine'), '2026-01').citations;
    expect(s.explanation.map((e) => e.citations)).toEqual([fine, fine, []]);
  });
});

describe('errors rooted at the argument that caused them', () => {
  it('a schedule month the law does not cover is refused at that month', () => {
    // BPJS due dates start with iuran month 2015-07.
    const early = { segment: 'PU' as const, months: months('2015-06', 2, PU) };
    const e = thrown(() => applyPayments(early, [], { asOf: '2015-09-01' }));
    expect([e.code, e.path]).toEqual(['parameter_not_in_force', ['schedule', 'months', 0, 'month']]);
    expect(e.issues[0]).toMatchObject({ parameter: 'pu.dueDate', at: '2015-06' });
  });
  it('the date a check reads the record at names its own option', () => {
    const late = { membershipStartDate: '2026-01-15' };
    expectError(() => jkmWaitingPeriodCheck(bpu, [], { deathDate: '2026-01-10', ...late }), 'invalid_input', ['options', 'deathDate']);
    expectError(() => scholarshipPeriodCheck(bpu, [], { eventDate: '2026-01-10', ...late }), 'invalid_input', ['options', 'eventDate']);
    expectError(() => jkpPeriodCheck(pu, [], { terminationDate: '2026-01-10', ...late }), 'invalid_input', ['options', 'terminationDate']);
    expectError(() => jkpPeriodCheck(pu, [], { terminationDate: '2026-01-20', asOf: '2026-01-10' }), 'invalid_input', ['options', 'asOf']);
    expect(thrown(() => jkmWaitingPeriodCheck(bpu, [], { deathDate: '2026-01-10', ...late })).message).toContain('deathDate 2026-01-10 is before the membership start date 2026-01-15');
  });
  it('a fine beyond the exact range is refused at the contribution', () => {
    // Due 2026-02-15, paid 2031-02-20: 61 started months. The exact fine is kept as hundredths
    // (rate 2/100): 90,000,000,000,000 × 61 × 2 = 1.098e16 > 2^53 − 1 ≈ 9.007e15.
    expectError(() => lateFine({ segment: 'PU', month: '2026-01', contribution: 90_000_000_000_000, paymentDate: '2031-02-20' }), 'amount_out_of_range', ['input', 'contribution']);
  });
  it('a funder payment whose amount cannot be exact is refused at that payment', () => {
    const participants = Array.from({ length: 60 }, (_, i) => `P${i}`);
    const many = { id: 'c', funder: 'f', region: 'r', period: { from: '2026-01', to: '2026-12' }, contributionPerParticipant: 90_000_000_000_000, participants, payments: [{ paymentDate: '2026-01-10', months: ['2026-01', '2026-02'] }] };
    // expected amount 90,000,000,000,000 × 2 months × 60 participants = 1.08e16 > 2^53 − 1 ≈ 9.007e15
    expectError(() => programmeProtection([many], { asOf: '2026-01-20' }), 'amount_out_of_range', ['cohorts', 0, 'payments', 0]);
  });
});
