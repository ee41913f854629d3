import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ELIGIBILITY_FACTS, FALLBACK, FAST_PARSERS } from '../../src/eligibility/facts';

/**
 * The fast parsers' contract (facts.ts): each accepts exactly the values its schema accepts
 * without change (returning the value itself, or the normalised value the schema would give),
 * and returns FALLBACK for everything else, so that the schema parses it and reports the error.
 */
function fast(fact: keyof typeof ELIGIBILITY_FACTS): (v: unknown) => unknown {
  const f = FAST_PARSERS.get(ELIGIBILITY_FACTS[fact]);
  if (f === undefined) throw new Error(`no fast parser for ${fact}`);
  return f;
}

/** The fast parser takes the fast path: it returns the value unchanged, and the schema agrees. */
function expectAccepted(fact: keyof typeof ELIGIBILITY_FACTS, v: unknown): void {
  expect(fast(fact)(v)).toBe(v);
  expect(ELIGIBILITY_FACTS[fact].parse(v)).toEqual(v);
}

function expectFallback(fact: keyof typeof ELIGIBILITY_FACTS, v: unknown): void {
  expect(fast(fact)(v)).toBe(FALLBACK);
}

describe('FAST_PARSERS', () => {
  it('has a fast parser for every built-in fact', () => {
    for (const schema of Object.values(ELIGIBILITY_FACTS)) expect(FAST_PARSERS.has(schema)).toBe(true);
  });

  describe('birthDate', () => {
    it('accepts valid dates at the edges of the calendar range, months and leap years', () => {
      for (const d of [
        '1900-01-01', // first day of the calendar's range
        '2199-12-31', // last day of the range
        '1999-09-09', // every 9 digit (year, month and day parsed digit by digit)
        '2023-01-31', '2023-03-31', '2023-04-30', '2023-09-30', '2023-10-01', '2023-11-30', '2023-12-31',
        '2023-01-05', '2023-01-09', '2023-01-10', '2023-02-28',
        '2024-02-29', // divisible by 4: leap
        '2000-02-29', // divisible by 400: leap
      ]) expectAccepted('birthDate', d);
    });

    it('returns FALLBACK for impossible dates, so the schema reports them', () => {
      for (const d of [
        '1899-12-31', '2200-01-01', // outside 1900-2199
        '2023-00-10', '2023-13-01', '2023-01-00', '2023-01-32',
        '2023-02-29', // 2023 is not divisible by 4
        '1900-02-29', '2100-02-29', // divisible by 100 but not by 400: not leap
        '2023-04-31', '2023-11-31', // April and November have 30 days
      ]) {
        expectFallback('birthDate', d);
        expect(ELIGIBILITY_FACTS.birthDate.safeParse(d).success).toBe(false);
      }
    });

    it('returns FALLBACK for malformed text, including characters just outside 0-9', () => {
      // ':' is the code after '9' and '/' the code before '0': read as digits 10 and -1 they would
      // make a plausible date ('1:00' → 1*1000+10*100 = 2000, '2/00' → 2*1000-1*100 = 1900)
      for (const v of [
        '1:00-01-01', '2/00-01-01', '2023-0:-01', '2023-1/-01', '2023-01-0:', '2023-01-1/',
        '2023/01-01', '2023-01/01', '2023-01-011', '2023-1-01', '20230101', '',
        20230101, null, undefined, ['2', '0', '2', '3', '-', '0', '1', '-', '0', '1'],
      ]) expectFallback('birthDate', v);
    });

    it('agrees with CalendarDateSchema on every date of 1900-2199', () => {
      fc.assert(
        fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(fast('birthDate')(iso)).toBe(iso);
        }),
        { numRuns: 300 },
      );
    });

    it('never accepts what the schema rejects, nor changes what it accepts', () => {
      const digit = fc.constantFrom('0', '1', '2', '3', '9', '/', ':');
      const dateLike = fc.tuple(fc.constantFrom('19', '20', '21', '22', '18'), digit, digit, digit, digit, digit, digit).map(([c, y1, y2, m1, m2, d1, d2]) => `${c}${y1}${y2}-${m1}${m2}-${d1}${d2}`);
      fc.assert(
        fc.property(dateLike, (v) => {
          const q = fast('birthDate')(v);
          const s = ELIGIBILITY_FACTS.birthDate.safeParse(v);
          if (q !== FALLBACK) expect(s).toEqual({ success: true, data: q });
          if (s.success) expect(q).toBe(v);
        }),
        { numRuns: 300 },
      );
    });
  });

  it('nik: a well-formed NIK fast, anything else to the schema', () => {
    expectAccepted('nik', '5371044707900001');
    expectFallback('nik', '537104470790000'); // 15 digits
    expectFallback('nik', '53710447079000a1');
    expectFallback('nik', 5371044707900001);
  });

  it('occupations: 0 to 50 texts of 1 to 100 characters fast, anything else to the schema', () => {
    for (const v of [[], ['nelayan'], ['x'.repeat(100)], Array.from({ length: 50 }, (_, i) => `o${i}`)]) expectAccepted('occupations', v);
    for (const v of [
      Array.from({ length: 51 }, (_, i) => `o${i}`), // 51 > 50
      [''], // empty text
      ['x'.repeat(101)], // 101 > 100 characters
      ['nelayan', ''], // one bad element among good ones
      [1],
      [['nelayan']], // an element that has a length but is not a text
      'nelayan',
    ]) {
      expectFallback('occupations', v);
      expect(ELIGIBILITY_FACTS.occupations.safeParse(v).success).toBe(false);
    }
  });

  it('dtsenDecile: whole deciles 1 to 10 and not_registered fast, anything else to the schema', () => {
    for (const v of [1, 5, 10, 'not_registered']) expectAccepted('dtsenDecile', v);
    for (const v of [0, 11, 1.5, '5', 'registered', null]) {
      expectFallback('dtsenDecile', v);
      expect(ELIGIBILITY_FACTS.dtsenDecile.safeParse(v).success).toBe(false);
    }
  });

  it('monthlyIncome: gives the exact sen the schema gives, FALLBACK for what it rejects', () => {
    // Rp 1,200,000 = 120,000,000 sen; Rp 2,455,898.50 = 245,589,850 sen
    expect(fast('monthlyIncome')(1_200_000)).toBe(120_000_000);
    expect(fast('monthlyIncome')('2455898.50')).toBe(245_589_850);
    expect(ELIGIBILITY_FACTS.monthlyIncome.parse('2455898.50')).toBe(245_589_850);
    expectFallback('monthlyIncome', -1);
    expectFallback('monthlyIncome', '1.000.000');
  });

  it('domicileRegion: gives the normalised code the schema gives', () => {
    expect(fast('domicileRegion')('5371')).toBe('53.71');
    expect(ELIGIBILITY_FACTS.domicileRegion.parse('5371')).toBe('53.71');
  });

  it('otherGovernmentFunding: only the empty list fast; any span goes to the schema', () => {
    const none: unknown[] = [];
    expect(fast('otherGovernmentFunding')(none)).toBe(none);
    expectFallback('otherGovernmentFunding', [{ payer: 'apbn', from: '2026-01', to: '2026-12' }]);
    expectFallback('otherGovernmentFunding', 'none');
  });

  it('activeInformalWork and employment: exact values fast, anything else to the schema', () => {
    expectAccepted('activeInformalWork', true);
    expectAccepted('activeInformalWork', false);
    expectFallback('activeInformalWork', 'true');
    expectFallback('activeInformalWork', 1);
    expectAccepted('employment', 'self_employed');
    expectFallback('employment', 'SELF_EMPLOYED');
  });
});
