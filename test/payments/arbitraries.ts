/**
 * Generators of valid payment histories for the payments property tests
 * (`test/fuzz/payments.test.ts`): a PU or BPU schedule over a random month range that often
 * crosses a change of the due-date rule (PP 49/2020: iuran months 2020-08 to 2021-01), sometimes
 * with hand-made, non-monotone due dates; payments on random dates with random amounts, some
 * naming months, some paying fines; and a date to read the record at.
 */
import fc from 'fast-check';
import { addDays, addMonths, firstDayOf, monthIndex, type CalendarDate, type YearMonth } from '../../src/core/calendar';
import type { PaymentInput } from '../../src/payments/record';

/** A generated history: the three arguments of the record functions. */
export interface History {
  readonly schedule: { readonly segment: 'PU' | 'BPU'; readonly months: readonly { month: string; amount: number; dueDate?: string }[] };
  readonly payments: readonly PaymentInput[];
  readonly asOf: CalendarDate;
}

/** First months of a schedule: around the PP 49/2020 window, the Perdir 22/2022 lapse rule, and today. */
const startMonth: fc.Arbitrary<YearMonth> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 20 }).map((i) => addMonths('2019-10' as YearMonth, i)) }, // 2019-10 .. 2021-06
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 8 }).map((i) => addMonths('2022-02' as YearMonth, i)) }, // 2022-02 .. 2022-10
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 12 }).map((i) => addMonths('2025-06' as YearMonth, i)) }, // 2025-06 .. 2026-06
);

/** Amounts small enough that a few payments cover several months, and sometimes zero. */
const monthAmount = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(168, 16_800, 36_800, 462_000) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 50_000 }) }, { weight: 1, arbitrary: fc.constant(0) });

/** A schedule: one amount for every month (a contribution), or one per month; due dates from the law or hand-made. */
export const scheduleArb = fc
  .record({
    segment: fc.constantFrom('PU' as const, 'BPU' as const),
    from: startMonth,
    length: fc.integer({ min: 1, max: 14 }),
    amount: monthAmount,
    perMonth: fc.boolean(),
    amounts: fc.array(monthAmount, { minLength: 14, maxLength: 14 }),
    // Hand-made due dates: 0–75 days into the iuran month, so not monotone month by month.
    dueOffsets: fc.option(fc.array(fc.integer({ min: 0, max: 75 }), { minLength: 14, maxLength: 14 }), { freq: 4 }),
  })
  .map(({ segment, from, length, amount, perMonth, amounts, dueOffsets }) => ({
    segment,
    months: Array.from({ length }, (_, i) => {
      const month = addMonths(from, i);
      const due = dueOffsets === null ? {} : { dueDate: addDays(firstDayOf(month), dueOffsets[i]!) };
      return { month, amount: perMonth ? amounts[i]! : amount, ...due };
    }),
  }));

/** A BPU payment may name iuran months up to the 12th month counting the month of payment (`bpu.advancePayment`). */
function allowedNames(segment: 'PU' | 'BPU', paymentDate: CalendarDate, names: readonly string[]): string[] {
  const limit = monthIndex(paymentDate.slice(0, 7)) + 11;
  return segment === 'PU' ? [...names] : names.filter((m) => monthIndex(m) <= limit);
}

/** One payment on a day counted from the start of the schedule. */
function paymentArb(schedule: History['schedule']): fc.Arbitrary<PaymentInput> {
  const start = firstDayOf(schedule.months[0]!.month as YearMonth);
  const span = (schedule.months.length + 6) * 31;
  const largest = Math.max(1, ...schedule.months.map((m) => m.amount));
  return fc
    .record({
      day: fc.integer({ min: 0, max: span }),
      amount: fc.oneof(fc.integer({ min: 1, max: largest * 3 }), fc.constantFrom(...schedule.months.map((m) => Math.max(1, m.amount)))),
      names: fc.option(fc.subarray(schedule.months.map((m) => m.month), { minLength: 1 }), { freq: 3 }),
      fine: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    })
    .map(({ day, amount, names, fine }) => {
      const paymentDate = addDays(start, day);
      if (fine) return { amount, paymentDate, kind: 'fine' as const };
      const named = names === null ? [] : allowedNames(schedule.segment, paymentDate, names);
      return named.length === 0 ? { amount, paymentDate } : { amount, paymentDate, months: named };
    });
}

/** A complete history. */
export const historyArb: fc.Arbitrary<History> = scheduleArb.chain((schedule) => {
  const start = firstDayOf(schedule.months[0]!.month as YearMonth);
  return fc.record({
    schedule: fc.constant(schedule),
    payments: fc.array(paymentArb(schedule), { maxLength: 6 }),
    asOf: fc.integer({ min: 0, max: (schedule.months.length + 8) * 31 }).map((d) => addDays(start, d)),
  });
});

/** A history and one more payment (or a larger amount for one of its payments). */
export const historyAndMoreArb: fc.Arbitrary<{ history: History; more: readonly PaymentInput[] }> = historyArb.chain((history) =>
  fc.oneof(
    fc.tuple(paymentArb(history.schedule), fc.nat(history.payments.length)).map(([extra, at]) => ({ history, more: [...history.payments.slice(0, at), extra, ...history.payments.slice(at)] })),
    ...(history.payments.length === 0
      ? []
      : [
          fc.tuple(fc.nat(history.payments.length - 1), fc.integer({ min: 1, max: 50_000 })).map(([i, plus]) => ({
            history,
            more: history.payments.map((p, j) => (i === j ? { ...p, amount: Number(p.amount) + plus } : p)),
          })),
        ]),
  ),
);
