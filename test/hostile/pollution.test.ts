/**
 * Regressions of #13.6 (inherited properties were read as inputs) and of the other defects the
 * hostile-input suite found. Each #13.6 test sets a key on Object.prototype, as a prototype-
 * pollution bug elsewhere in a caller's process would (plain assignment: enumerable; and
 * Object.defineProperty: not enumerable), and checks the exact figures the law gives without it.
 * The key is always removed again (finally), whatever the test does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  allocate,
  applyPayments,
  arrearsStatement,
  contributionBatch,
  contributionSchedule,
  formatRupiah,
  isJamsostekError,
  JamsostekError,
  monthlyContribution,
  nextJpWageCap,
  streamContributionBatches,
  yearMonth,
} from '../../src/index';
import { thrown } from '../helpers';

const added = new Set<string>();
afterEach(() => {
  for (const key of added) delete (Object.prototype as Record<string, unknown>)[key];
  added.clear();
});

/** `fn()` with `Object.prototype[key] = value`, once enumerable (assigned) and once not; both answers. */
function polluted<T>(key: string, value: unknown, fn: () => T): T[] {
  const answers: T[] = [];
  for (const enumerable of [true, false]) {
    added.add(key);
    try {
      if (enumerable) (Object.prototype as Record<string, unknown>)[key] = value;
      else Object.defineProperty(Object.prototype, key, { value, enumerable: false, writable: true, configurable: true });
      answers.push(fn());
    } finally {
      delete (Object.prototype as Record<string, unknown>)[key];
      added.delete(key);
    }
  }
  return answers;
}

/** What a call gives: its value, or the error's code, path and message (for comparing outcomes). */
function outcomeOf(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    if (!isJamsostekError(error)) throw error;
    return { code: error.code, path: error.path, message: error.message };
  }
}

// A large employer's wage earner at Rp5,000,000, JKK risk class 1, iuran month 2026-03:
//   employer JKK 0.24 % = 12,000 + JKM 0.30 % = 15,000 + JHT 3.7 % = 185,000 + JP 2 % = 100,000 = 312,000
//   employee JHT 2 % = 100,000 + JP 1 % = 50,000 = 150,000; billed 462,000
//   (JP on min(5,000,000, cap 11,086,300); PP 44/2015, PP 46/2015, PP 45/2015, Perpres 109/2013)
//   JKP, shown and not billed: government 0.22 % × min(5,000,000, JKP cap 5,000,000) = 11,000,
//   employer's JKK recomposed 0.14 % = 7,000 (PP 37/2021 Art. 11 as amended by PP 6/2025)
const PU = { segment: 'PU', wage: 5_000_000, riskClass: 1, employerScale: 'large' } as const;

describe('regression #13.6: a key on Object.prototype is never read as an input', () => {
  it('regression #13.6: programs — a PU bill stays 462,000 (not 27,000 for JKK + JKM only)', () => {
    for (const answer of polluted('programs', ['JKK', 'JKM'], () => monthlyContribution(PU, '2026-03'))) {
      expect(answer.totals).toMatchObject({ employer: 312_000, employee: 150_000, billed: 462_000 });
      expect(answer.lines.map((l) => l.program)).toEqual(['JKK', 'JKM', 'JHT', 'JHT', 'JP', 'JP', 'JKP', 'JKP']);
    }
    // The same through zod (a wage as text), a schedule, a batch and a stream.
    for (const answer of polluted('programs', ['JKK', 'JKM'], () => monthlyContribution({ ...PU, wage: '5000000' }, '2026-03'))) expect(answer.totals.billed).toBe(462_000);
    for (const answer of polluted('programs', ['JKK', 'JKM'], () => contributionSchedule(PU, { from: '2026-03', to: '2026-04' }))) expect(answer.totals.billed).toBe(2 * 462_000);
    for (const answer of polluted('programs', ['JKK', 'JKM'], () => contributionBatch({ segment: 'PU', wage: [5_000_000], riskClass: [1], employerScale: 'large' }, '2026-03'))) expect(answer.billed).toBe(462_000);
    const streamed = () => [...streamContributionBatches({ segment: 'PU', employerScale: 'large', members: [{ wage: 5_000_000, riskClass: 1 }] }, { from: '2026-03', to: '2026-03' })];
    for (const answer of polluted('programs', ['JKK', 'JKM'], streamed)) expect(answer.map((b) => b.billed)).toEqual([462_000]);
  });

  it('regression #13.6: jkp — the JKP lines stay shown (government 11,000) when Object.prototype.jkp is false', () => {
    for (const answer of polluted('jkp', false, () => monthlyContribution(PU, '2026-03'))) {
      expect(answer.totals).toMatchObject({ billed: 462_000, government: 11_000 });
      expect(answer.lines.filter((l) => l.program === 'JKP').map((l) => [l.payer, l.amount, l.billed])).toEqual([
        ['government', 11_000, false],
        ['employer', 7_000, false],
      ]);
    }
  });

  it('regression #13.6: dueDate — a PU month keeps the due date of the law (15 Feb) and its fine of 18,480', () => {
    // Iuran month 2026-01 is due on 2026-02-15 (pu.dueDate: the 15th of the following month).
    // Paid on 2026-04-15: 2 started months late × 2 % × 462,000 = 2 × 9,240 = 18,480 (pu.lateFine).
    const statement = () => arrearsStatement({ segment: 'PU', months: [{ month: '2026-01', amount: 462_000 }] }, [{ amount: 462_000, paymentDate: '2026-04-15', months: ['2026-01'] }], { asOf: '2026-04-15' });
    for (const answer of polluted('dueDate', '2026-01-01', statement)) {
      expect(answer.months[0]!.fine?.dueDate).toBe('2026-02-15');
      expect(answer.totals).toMatchObject({ arrears: 0, finesAccrued: 18_480, owedNow: 18_480 });
    }
  });

  it('regression #13.6: remainder — allocate keeps the largest-remainder default (34, 33, 33)', () => {
    // 100 in three equal shares: quotas 33⅓ each, floors 33 + 33 + 33 = 99; the one rupiah left goes
    // to the largest remainder, ties to the earlier position: 34, 33, 33.
    const shares = [{ party: 'a', ratio: 1 }, { party: 'b', ratio: 1 }, { party: 'c', ratio: 1 }];
    for (const answer of polluted('remainder', { method: 'to_party', party: 'c' }, () => allocate(100, shares))) {
      expect(answer.parts.map((p) => p.amount)).toEqual([34, 33, 33]);
      expect(answer.remainderPolicy).toEqual({ method: 'largest_remainder' });
    }
  });

  it('regression #13.6: kind — a payment without a kind pays contributions, not fines', () => {
    // BPU iuran of 16,800 for 2026-01 and 2026-02 (JKK 10,000 + JKM 6,800), paid 33,600 on 2026-01-10.
    const record = () => applyPayments({ segment: 'BPU', months: [{ month: '2026-01', amount: 16_800 }, { month: '2026-02', amount: 16_800 }] }, [{ amount: 33_600, paymentDate: '2026-01-10' }], { asOf: '2026-02-28' });
    for (const answer of polluted('kind', 'fine', record)) {
      expect(answer.months.map((m) => [m.paid, m.outstanding])).toEqual([
        [16_800, 0],
        [16_800, 0],
      ]);
      expect(answer.finePayments).toEqual([]);
    }
  });

  it('regression #13.6: fundedBy — an inherited APBN funder never removes the PP 50/2025 discount', () => {
    // BPU income 1,000,000 in 2026-05: base 1,000,000; JKK 1 % = 10,000 and JKM 6,800; PP 50/2025 pays
    // 50 % of both for every sector in 2026-04..2026-12 unless APBN/APBD funds it: 5,000 + 3,400 = 8,400.
    // Funded by APBN it would be 10,000 + 6,800 = 16,800.
    for (const answer of polluted('fundedBy', 'apbn', () => monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'self' }, '2026-05'))) {
      expect(answer.totals.billed).toBe(8_400);
    }
    // Without a funder the answer is the clean one, whatever the law makes of a missing funder.
    const withoutFunder = () => outcomeOf(() => monthlyContribution({ segment: 'BPU', income: 1_000_000 }, '2026-05'));
    const clean = withoutFunder();
    for (const answer of polluted('fundedBy', 'apbn', withoutFunder)) {
      expect(answer).toEqual(clean);
      expect((answer as { totals?: { billed: number } }).totals?.billed).not.toBe(16_800);
    }
  });

  it('regression #13.6: riskClass — an inherited class never stands in for the one BPJS assigned', () => {
    for (const answer of polluted('riskClass', 1, () => outcomeOf(() => monthlyContribution({ segment: 'PU', wage: 5_000_000, employerScale: 'large' } as never, '2026-03')))) {
      expect(answer).toMatchObject({ code: 'invalid_input', path: ['participant', 'riskClass'] });
    }
    // Class 5: JKK 1.74 % = 87,000 + JKM 15,000 + JHT 185,000 + JP 100,000 = 387,000; employee 150,000; 537,000.
    for (const answer of polluted('riskClass', 1, () => monthlyContribution({ ...PU, riskClass: 5 }, '2026-03'))) expect(answer.totals.billed).toBe(537_000);
  });

  it('regression #13.6: an inherited billed: false does not unbill every contribution line', () => {
    for (const answer of polluted('billed', false, () => monthlyContribution(PU, '2026-03'))) {
      expect(answer.totals.billed).toBe(462_000);
      expect(answer.lines.map((l) => l.billed)).toEqual([true, true, true, true, true, true, false, false]);
    }
  });

  it('regression #13.6: an inherited note or article does not creep into results and explanations', () => {
    const clean = JSON.stringify(monthlyContribution(PU, '2026-03'));
    for (const key of ['note', 'article', 'relief', 'wage', 'bracket']) {
      for (const answer of polluted(key, 'INHERITED', () => JSON.stringify(monthlyContribution(PU, '2026-03')))) expect(answer).toBe(clean);
    }
  });
});

describe('regressions found by the hostile-input suite', () => {
  it('regression (hostile suite): formatRupiah of a 1 MB digit string answers at once with a typed error', () => {
    // The thousands separators were inserted by a look-ahead regex, quadratic in the length: a 1 MB
    // string took minutes. Now one pass, and at most 1000 characters.
    const error = thrown(() => formatRupiah('9'.repeat(1 << 20)));
    expect(error.code).toBe('invalid_input');
    expect(formatRupiah(`1${'0'.repeat(999)}`)).toBe(`Rp1${'.000'.repeat(333)}`);
    expect(formatRupiah('-1234567.5')).toBe('-Rp1.234.567,5');
  });

  it('regression (hostile suite): a revoked Proxy is described, never thrown from an error message', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(thrown(() => yearMonth(proxy as never)).message).toContain('Expected a month');
    expect(isJamsostekError(proxy)).toBe(false);
    expect(isJamsostekError(new Proxy({}, { get: () => { throw new Error('boom'); } }))).toBe(false);
  });

  it('regression (hostile suite): nextJpWageCap validates its options (law: 5 was a TypeError)', () => {
    const error = thrown(() => nextJpWageCap(10_547_400, '5.11', { law: 5 as never }));
    expect(error).toMatchObject({ code: 'invalid_input', path: ['options', 'law'] });
    // 10,547,400 × 1.0511 = 11,086,372.14 → floored to the hundred: 11,086,300 (the 2026 letter)
    expect(nextJpWageCap(10_547_400, '5.11', { month: '2026-03' })).toBe(11_086_300);
  });

  it('regression (hostile suite): new JamsostekError refuses NaN path segments, mistyped fields and throwing issues', () => {
    const made = (issues: unknown) => new JamsostekError(issues as never);
    // Each bad issue is replaced by an issue about the misuse, at ['issues', index].
    for (const bad of [
      { code: 'invalid_input', path: [NaN], message: 'x', reason: 'r' },
      { code: 'invalid_input', path: [-0], message: 'x', reason: 'r' },
      { code: 'invalid_input', path: [], message: 'x', reason: NaN },
      { code: 'missing_fact', path: [], message: 'x' },
      new Proxy({}, { get: () => { throw new Error('boom'); } }),
    ]) {
      expect(made([bad]).issues[0]).toMatchObject({ code: 'invalid_input', reason: 'invalid_error' });
    }
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(made(proxy).issues[0]).toMatchObject({ code: 'invalid_input', path: ['issues'], reason: 'invalid_error' });
    // A well-formed issue is kept as given.
    const good = { code: 'missing_fact', path: ['facts', 'sector'], message: 'Say the sector', fact: 'sector' } as const;
    expect(made([good]).issues).toEqual([good]);
  });

  it('regression (hostile suite): a getter that throws is a typed error at its path', () => {
    const participant = { segment: 'PU', riskClass: 1, employerScale: 'large', get wage(): number { throw new Error('boom'); } };
    const error = thrown(() => monthlyContribution(participant as never, '2026-03'));
    expect(error).toMatchObject({ code: 'invalid_input', path: ['participant', 'wage'] });
    expect(error.issues[0]).toMatchObject({ reason: 'unreadable' });
    expect(error.message).toContain('boom');
  });
});
