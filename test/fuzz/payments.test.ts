/**
 * Payments: the fuzz specs (hostile input → a result or a typed error) and the properties of
 * payment application and membership status over valid histories (issue 13): conservation of
 * money, monotonicity in payments, the lapse day and what it does to months and payments.
 *
 * Histories come from `test/payments/arbitraries.ts`: PU and BPU schedules over month ranges that
 * cross the PP 49/2020 window (where BPU due dates stop rising month by month: 2021-01 is due
 * 2021-02-28, 2021-02 on 2021-02-15) and other rule changes, some with hand-made non-monotone due
 * dates, and payments on random dates. The seed is the harness's (`FUZZ_SEED`, `FUZZ_RUNS`);
 * fast-check prints it with the shrunk counterexample on failure. Shrunk counterexamples are kept
 * as named regression tests in `test/payments/lapse.test.ts`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dateInMonth, type CalendarDate, type YearMonth } from '../../src/core/calendar';
import { baselineLaw } from '../../src/law/registry';
import { valueAt } from '../../src/law/lookup';
import { lateFine } from '../../src/payments/fines';
import { arrearsStatement } from '../../src/payments/arrears';
import { applyPayments, type PaymentRecord } from '../../src/payments/record';
import { membershipStatus, type MembershipAt } from '../../src/payments/status';
import { historyAndMoreArb, historyArb, type History } from '../payments/arbitraries';
import { fuzzAll } from './harness';
import { paymentSpecs } from './specs/others';

describe('fuzz: payments', () => fuzzAll(paymentSpecs));

// The harness's seed and run factor (fixed seed by default; FUZZ_SEED=random explores).
const envSeed = process.env['FUZZ_SEED'];
const seed = envSeed === 'random' ? undefined : envSeed !== undefined && /^-?\d+$/.test(envSeed) ? Number(envSeed) : 20_260_115;
const runs = (n: number) => ({ numRuns: Math.round(n * (Number(process.env['FUZZ_RUNS'] ?? '1') || 1)), ...(seed === undefined ? {} : { seed }) });

const record = (h: History, payments = h.payments): PaymentRecord => applyPayments(h.schedule, payments, { asOf: h.asOf });
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Worse is lower: ended (or nonaktif after lapse) < inactive < active. */
function rank(m: MembershipAt): number {
  if (m.reason === 'lapsed' || m.reason === 'lapsed_after_jht_claim') return 0;
  return m.state === 'active' ? 2 : 1;
}

/** The due date of `due`'s day, `k` months later (the last day if the month is shorter). */
function monthsAfter(due: CalendarDate, k: number): CalendarDate {
  return dateInMonth(addMonths(due.slice(0, 7) as YearMonth, k), Number(due.slice(8, 10)), { overflow: 'clamp_to_month_end' });
}

describe('properties: payment application and status (issue 13)', () => {
  it('conservation: every rupiah paid by asOf is in a month, a fine payment, unallocated, or credit', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const r = record(h);
        const paid = sum(h.payments.filter((p) => p.paymentDate <= h.asOf).map((p) => Number(p.amount)));
        const allocated = sum(r.months.flatMap((m) => m.allocations.map((a) => a.amount)));
        const fines = sum(r.finePayments.map((f) => f.amount));
        const unallocated = sum(r.unallocated.map((u) => u.amount));
        expect(allocated + fines + unallocated + r.credit).toBe(paid);
        for (const m of r.months) {
          expect(sum(m.allocations.map((a) => a.amount))).toBe(m.paid);
          expect(m.paid + m.outstanding).toBe(m.due);
          expect(m.paid).toBeLessThanOrEqual(m.due);
        }
        expect(r.ignoredAfterAsOf).toEqual(h.payments.flatMap((p, i) => (p.paymentDate > h.asOf ? [i] : [])));
      }),
      runs(300),
    );
  });

  it('monotone in payments: one more (or a larger) payment never makes the lapse earlier, a paid month unpaid, or the membership worse', () => {
    fc.assert(
      fc.property(historyAndMoreArb, ({ history: h, more }) => {
        const before = membershipStatus(h.schedule, h.payments, { asOf: h.asOf });
        const after = membershipStatus(h.schedule, more, { asOf: h.asOf });
        const [l0, l1] = [before.record.lapse, after.record.lapse];
        if (l1 !== null) {
          expect(l0, `paying more caused a lapse on ${l1.date}`).not.toBeNull();
          expect(l1.date >= l0!.date, `paying more moved the lapse from ${l0!.date} to ${l1.date}`).toBe(true);
        }
        before.record.months.forEach((m, i) => {
          const m1 = after.record.months[i]!;
          if (m.paymentDate !== null) {
            expect(m1.paymentDate, `${m.month} was paid on ${m.paymentDate}, unpaid after paying more`).not.toBeNull();
            expect(m1.paymentDate! <= m.paymentDate, `${m.month} paid later (${m1.paymentDate}) after paying more`).toBe(true);
          }
          expect(m1.paid).toBeGreaterThanOrEqual(m.paid);
        });
        expect(rank(after.membership)).toBeGreaterThanOrEqual(rank(before.membership));
      }),
      runs(300),
    );
  });

  it('the lapse: after the due date of every month of its run, and no earlier than the arrears window after the first', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const r = record(h);
        if (r.lapse === null) return;
        const run = r.months.filter((m) => r.lapse!.months.includes(m.month));
        const rule = valueAt(baselineLaw.parameter('bpu.lapse'), run[0]!.month).value;
        expect(r.segment).toBe('BPU');
        expect(run.length).toBe(rule.maxConsecutiveUnpaidMonths + 1);
        expect(r.lapse.date <= h.asOf).toBe(true);
        for (const m of run) {
          expect(m.dueDate < r.lapse.date, `${m.month} due ${m.dueDate}, lapse ${r.lapse.date}`).toBe(true);
          expect(m.paymentDate === null || m.paymentDate >= r.lapse.date, `${m.month} paid on ${m.paymentDate}, before the lapse ${r.lapse.date}`).toBe(true);
        }
        // Arrears may be paid for `arrearsWindowMonths` after protection for the run's first month ended.
        expect(r.lapse.date >= addDays(monthsAfter(run[0]!.dueDate, rule.arrearsWindowMonths), 1)).toBe(true);
      }),
      runs(300),
    );
  });

  it('lateFine: a due date before the iuran month is refused at input.dueDate; any other gives the fine of its started months', () => {
    const day = fc.integer({ min: 0, max: 3_000 }).map((d) => addDays('2016-01-01' as CalendarDate, d));
    fc.assert(
      fc.property(fc.constantFrom('PU' as const, 'BPU' as const), fc.integer({ min: 0, max: 90 }), day, day, (segment, m, dueDate, paymentDate) => {
        const month = addMonths('2017-01' as YearMonth, m);
        const call = () => lateFine({ segment, month, contribution: 462_000, paymentDate, dueDate });
        if (dueDate < `${month}-01`) {
          expect(call).toThrow(expect.objectContaining({ code: 'invalid_input', path: ['input', 'dueDate'] }));
          return;
        }
        const r = call();
        expect(r.dueDate).toBe(dueDate);
        expect(r.monthsLate === 0).toBe(paymentDate <= dueDate);
        // 2 % (0.5 % for the PP 49/2020 iuran months) per started month for PU; nothing for BPU
        const perMonth = segment === 'BPU' ? 0 : month >= '2020-08' && month <= '2021-01' ? 2_310 : 9_240;
        expect(r.fine).toBe(perMonth * r.monthsLate);
      }),
      runs(200),
    );
  });

  it('a month paid in full before the lapse day is never counted as unpaid; a payment on or after it is unallocated, with the reason', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const s = membershipStatus(h.schedule, h.payments, { asOf: h.asOf });
        const lapse = s.record.lapse;
        const statement = arrearsStatement(h.schedule, h.payments, { asOf: h.asOf });
        s.months.forEach((m, i) => {
          if (m.paymentDate === null || m.paymentDate > h.asOf) return;
          expect(['paid_on_time', 'paid_late'], `${m.month} paid on ${m.paymentDate} is ${m.state}`).toContain(m.state);
          expect(statement.months[i]!.state).toBe(m.state);
          if (lapse !== null) expect(lapse.months, `${m.month} paid on ${m.paymentDate} is in the lapse run`).not.toContain(m.month);
        });
        h.payments.forEach((p, i) => {
          if (p.paymentDate > h.asOf || p.kind === 'fine') return;
          const unallocated = s.record.unallocated.filter((u) => u.payment === i);
          if (lapse !== null && p.paymentDate >= lapse.date) {
            expect(unallocated.map((u) => u.amount), `payment ${i} on ${p.paymentDate}, lapse ${lapse.date}`).toEqual([Number(p.amount)]);
            expect(unallocated[0]!.reason.en).toContain(`lapsed on ${lapse.date}`);
            expect(unallocated[0]!.reason.id).toContain(lapse.date);
          } else {
            expect(unallocated, `payment ${i} on ${p.paymentDate} before the lapse is unallocated`).toEqual([]);
          }
        });
      }),
      runs(200),
    );
  });
});
