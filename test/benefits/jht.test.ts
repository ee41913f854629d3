import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jhtBalance, jhtWithdrawal } from '../../src/index';
import { expectError } from '../helpers';

describe('jhtBalance', () => {
  it('with 0 % the balance is the sum of contributions: 12 × 285,000 = 3,420,000', () => {
    const p = jhtBalance({ startMonth: '2026-01', contributions: Array(12).fill(285_000), openingBalance: 0, annualReturnPercent: '0' });
    expect(p.finalBalance).toBe(3_420_000);
    expect(p.months[11]?.month).toBe('2026-12');
    expect(p.totalReturns).toBe(0);
  });

  it('effective annual convention: an opening 10,000,000 with no contributions grows to exactly 10,500,000 in 12 months at 5 %', () => {
    const p = jhtBalance({ startMonth: '2026-01', contributions: Array(12).fill(0), openingBalance: 10_000_000, annualReturnPercent: '5' });
    expect(p.convention).toBe('effective_annual');
    expect(p.finalBalance).toBe(10_500_000);
    expect(p.months[11]?.exactBalance).toBe('10500000');
    // monthly rate (1.05)^(1/12) − 1 = 0.004074123783...
    expect(p.monthlyRate.startsWith('0.0040741237836')).toBe(true);
  });

  it('nominal monthly convention: 10,000,000 × (1 + 0.05/12)^12 = 10,511,618.98… → 10,511,619', () => {
    const p = jhtBalance({ startMonth: '2026-01', contributions: Array(12).fill(0), openingBalance: 10_000_000, annualReturnPercent: '5', convention: 'nominal_monthly' });
    expect(p.finalBalance).toBe(10_511_619);
    expect(p.months[11]?.exactBalance.startsWith('10511618.9')).toBe(true);
  });

  it('timing: the first month\'s contribution earns nothing in its own month (12 % nominal, 1 % a month)', () => {
    const p = jhtBalance({ startMonth: '2026-01', contributions: [1_000_000, 1_000_000], openingBalance: 0, annualReturnPercent: '12', convention: 'nominal_monthly' });
    // month 1: 0 + 1,000,000; month 2: 1,000,000 × 1.01 + 1,000,000 = 2,010,000
    expect(p.months.map((m) => [m.returns, m.balance])).toEqual([
      [0, 1_000_000],
      [10_000, 2_010_000],
    ]);
  });

  it('display rounding is named and does not feed back into the arithmetic', () => {
    const p = jhtBalance({ startMonth: '2026-01', contributions: ['100.50', '100.50'], openingBalance: 0, annualReturnPercent: '0' }, { rounding: { mode: 'down', step: 1 } });
    expect(p.months.map((m) => m.balance)).toEqual([100, 201]);
    expect(p.rounding).toEqual({ mode: 'down', step: 1 });
  });

  it('bad input: negative contribution, return as a number, empty schedule, -100 %', () => {
    expectError(() => jhtBalance({ startMonth: '2026-01', contributions: [-1], openingBalance: 0, annualReturnPercent: '5' }), 'invalid_input', ['input', 'contributions', 0]);
    expectError(() => jhtBalance({ startMonth: '2026-01', contributions: [1], openingBalance: 0, annualReturnPercent: 5 as never }), 'invalid_input', ['input', 'annualReturnPercent']);
    expectError(() => jhtBalance({ startMonth: '2026-01', contributions: [], openingBalance: 0, annualReturnPercent: '5' }), 'invalid_input', ['input', 'contributions']);
    expectError(() => jhtBalance({ startMonth: '2026-01', contributions: [1], openingBalance: 0, annualReturnPercent: '-100' }), 'invalid_input', ['input', 'annualReturnPercent']);
  });

  it('explanation stated exactly: the convention\'s formula, the timing rule, the final figures', () => {
    const timing = {
      id: 'Setiap bulan saldo awal memperoleh hasil pengembangan bulanan, lalu iuran bulan itu dikreditkan pada akhir bulan (iuran mulai berkembang bulan berikutnya).',
      en: 'Each month the opening balance earns the monthly return, then the month\'s contribution is credited at its end (it earns from the next month).',
    };
    // 12 % nominal: 0.12 / 12 = 0.01 a month; 1,000,000 × 1.01 + 1,000,000 = 2,010,000, returns 10,000
    const nominal = jhtBalance({ startMonth: '2026-01', contributions: [1_000_000, 1_000_000], openingBalance: 0, annualReturnPercent: '12', convention: 'nominal_monthly' });
    expect(nominal.timing).toEqual(timing);
    expect(nominal.explanation.map((s) => s.text)).toEqual([
      { id: 'Asumsi hasil 12 % setahun (bukan ketentuan hukum); tingkat bulanan r / 12 = 0.01.', en: 'Assumed return 12 % a year (not law); monthly rate r / 12 = 0.01.' },
      timing,
      { id: 'Saldo akhir Rp2.010.000 setelah 2 bulan (iuran Rp2.000.000, hasil Rp10.000).', en: 'Final balance Rp2.010.000 after 2 months (contributions Rp2.000.000, returns Rp10.000).' },
    ]);
    // 0 % effective: (1 + 0)^(1/12) − 1 = 0
    const effective = jhtBalance({ startMonth: '2026-01', contributions: [1_000_000], openingBalance: 0, annualReturnPercent: '0' });
    expect(effective.explanation[0]?.text).toEqual({ id: 'Asumsi hasil 0 % setahun (bukan ketentuan hukum); tingkat bulanan (1 + r)^(1/12) − 1 = 0.', en: 'Assumed return 0 % a year (not law); monthly rate (1 + r)^(1/12) − 1 = 0.' });
  });

  it('the lowest return the schema accepts (-99.999999 %) still gives a finite projection', () => {
    const p = jhtBalance({ startMonth: '2026-01', contributions: [0], openingBalance: 1_000_000, annualReturnPercent: '-99.999999', convention: 'nominal_monthly' });
    // monthly rate -0.99999999 / 12 = -0.0833333325; 1,000,000 × (1 − 0.0833333325) = 916,666.6675 → 916,667
    expect(p.finalBalance).toBe(916_667);
  });

  it('bad options: an unknown rounding mode is an invalid_input at options.rounding', () => {
    expectError(() => jhtBalance({ startMonth: '2026-01', contributions: [1], openingBalance: 0, annualReturnPercent: '5' }, { rounding: { mode: 'sideways', step: 1 } as never }), 'invalid_input', ['options', 'rounding']);
  });

  it('property: with a non-negative return the balance never falls below opening + contributions', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 36 }), fc.integer({ min: 0, max: 15 }), (cs, r) => {
        const p = jhtBalance({ startMonth: '2020-01', contributions: cs, openingBalance: 0, annualReturnPercent: String(r) });
        expect(p.finalBalance).toBeGreaterThanOrEqual(cs.reduce((a, b) => a + b, 0));
      }),
      { numRuns: 40 },
    );
  });
});

describe('jhtWithdrawal', () => {
  const partial = { kind: 'partial' as const, requestDate: '2026-01-15', balance: 50_000_000, previousPartialWithdrawal: false };
  it('balance 50,000,000 after 10 years: housing 30 % = 15,000,000, other 10 % = 5,000,000; after 9 years not allowed (ex. 21)', () => {
    expect(jhtWithdrawal({ ...partial, membershipMonths: 120, purpose: 'housing' }).amount).toBe(15_000_000);
    expect(jhtWithdrawal({ ...partial, membershipMonths: 120, purpose: 'other' }).amount).toBe(5_000_000);
    const nine = jhtWithdrawal({ ...partial, membershipMonths: 108, purpose: 'other' });
    expect(nine.allowed).toBe(false);
    expect(nine.amount).toBe(0);
    expect(nine.conditions[0]?.decisive).toBe(true);
    expect(jhtWithdrawal({ ...partial, membershipMonths: 119, purpose: 'housing' }).allowed).toBe(false);
  });
  it('only once', () => {
    expect(jhtWithdrawal({ ...partial, membershipMonths: 200, purpose: 'housing', previousPartialWithdrawal: true }).allowed).toBe(false);
  });
  it('full payout on resignation after a one-month wait; at once on death; at 56', () => {
    const resign = { kind: 'full' as const, balance: 80_000_000, trigger: 'resignation' as const, eventDate: '2026-01-31' };
    const early = jhtWithdrawal({ ...resign, requestDate: '2026-02-27' });
    expect(early.payableFrom).toBe('2026-02-28');
    expect(early.allowed).toBe(false);
    expect(jhtWithdrawal({ ...resign, requestDate: '2026-02-28' }).amount).toBe(80_000_000);
    expect(jhtWithdrawal({ kind: 'full', balance: 80_000_000, trigger: 'death', eventDate: '2026-01-31', requestDate: '2026-01-31' }).allowed).toBe(true);
    expect(jhtWithdrawal({ kind: 'full', balance: 1, trigger: 'retirement_age', birthDate: '1970-02-01', requestDate: '2026-01-31' }).allowed).toBe(false);
    expect(jhtWithdrawal({ kind: 'full', balance: 1, trigger: 'retirement_age', birthDate: '1970-02-01', requestDate: '2026-02-01' }).allowed).toBe(true);
  });
  it('partial: conditions and explanation stated exactly (housing, other, and both conditions failing)', () => {
    const longEnough = { id: 'Kepesertaan 120 bulan ≥ 120.', en: 'Membership 120 months ≥ 120.' };
    const firstTime = { id: 'Belum pernah mengambil sebagian.', en: 'No earlier partial withdrawal.' };
    const housing = jhtWithdrawal({ ...partial, membershipMonths: 120, purpose: 'housing' });
    expect(housing.conditions.map((c) => [c.id, c.met, c.decisive, c.text])).toEqual([
      ['jht.partial.membership', true, false, longEnough],
      ['jht.partial.once', true, false, firstTime],
    ]);
    // 30 % × 50,000,000 = 15,000,000; no decisive condition is repeated
    expect(housing.explanation.map((s) => s.text)).toEqual([{ id: 'Paling banyak 30 % × Rp50.000.000 = Rp15.000.000 untuk perumahan.', en: 'At most 30 % × Rp50.000.000 = Rp15.000.000 for housing.' }]);
    // 10 % × 50,000,000 = 5,000,000
    expect(jhtWithdrawal({ ...partial, membershipMonths: 120, purpose: 'other' }).explanation.map((s) => s.text)).toEqual([
      { id: 'Paling banyak 10 % × Rp50.000.000 = Rp5.000.000 untuk keperluan lain persiapan pensiun.', en: 'At most 10 % × Rp50.000.000 = Rp5.000.000 for other retirement preparation.' },
    ]);
    const refused = jhtWithdrawal({ ...partial, membershipMonths: 108, purpose: 'other', previousPartialWithdrawal: true });
    const tooShort = { id: 'Kepesertaan 108 bulan < 120: belum boleh diambil sebagian.', en: 'Membership 108 months < 120: no partial withdrawal yet.' };
    const already = { id: 'Pengambilan sebagian sudah pernah dilakukan (hanya sekali).', en: 'A partial withdrawal was already made (allowed once).' };
    expect(refused.conditions.map((c) => [c.id, c.met, c.decisive, c.text])).toEqual([
      ['jht.partial.membership', false, true, tooShort],
      ['jht.partial.once', false, true, already],
    ]);
    expect(refused.explanation.map((s) => s.text)).toEqual([tooShort, already, { id: 'Tidak ada yang dapat diambil sekarang.', en: 'Nothing may be withdrawn now.' }]);
    expect([refused.allowed, refused.amount]).toEqual([false, 0]);
  });

  it('full: conditions and explanation stated exactly (resignation before and after the wait; age 55 and 56)', () => {
    const resign = { kind: 'full' as const, balance: 80_000_000, trigger: 'resignation' as const, eventDate: '2026-01-31' };
    const heading = { id: 'Pembayaran penuh karena mengundurkan diri: berlaku Permenaker 4/2022 Art. 4-9.', en: 'Full payout on resignation: Permenaker 4/2022 Art. 4-9 applies.' };
    const early = jhtWithdrawal({ ...resign, requestDate: '2026-02-27' });
    const wait = { id: 'mengundurkan diri pada 2026-01-31: masa tunggu 1 bulan, baru dapat dibayar sejak 2026-02-28.', en: 'resignation on 2026-01-31: a 1-month wait, payable only from 2026-02-28.' };
    expect(early.conditions.map((c) => [c.id, c.met, c.decisive, c.text])).toEqual([['jht.full.waitingPeriod', false, true, wait]]);
    expect(early.explanation.map((s) => s.text)).toEqual([heading, wait, { id: 'Belum dapat dibayar.', en: 'Not payable yet.' }]);
    const paid = jhtWithdrawal({ ...resign, requestDate: '2026-02-28' });
    const waited = { id: 'mengundurkan diri pada 2026-01-31; dapat dibayar sejak 2026-02-28.', en: 'resignation on 2026-01-31; payable from 2026-02-28.' };
    expect(paid.conditions.map((c) => [c.id, c.met, c.decisive, c.text])).toEqual([['jht.full.waitingPeriod', true, false, waited]]);
    expect(paid.explanation.map((s) => s.text)).toEqual([heading, waited, { id: 'Seluruh saldo Rp80.000.000.', en: 'The whole balance, Rp80.000.000.' }]);
    const age = { kind: 'full' as const, balance: 1, trigger: 'retirement_age' as const, birthDate: '1970-02-01' };
    const young = jhtWithdrawal({ ...age, requestDate: '2026-01-31' });
    const under = { id: 'Usia 55 < 56: belum dapat dibayar karena usia.', en: 'Aged 55 < 56: not yet payable on account of age.' };
    expect(young.conditions.map((c) => [c.id, c.met, c.decisive, c.text])).toEqual([['jht.full.retirementAge', false, true, under]]);
    expect(young.explanation[0]?.text).toEqual({ id: 'Pembayaran penuh karena mencapai usia pensiun: berlaku Permenaker 4/2022 Art. 4-9.', en: 'Full payout on reaching the retirement age: Permenaker 4/2022 Art. 4-9 applies.' });
    const old = jhtWithdrawal({ ...age, requestDate: '2026-02-01' });
    expect(old.conditions.map((c) => [c.id, c.met, c.decisive, c.text])).toEqual([['jht.full.retirementAge', true, false, { id: 'Usia 56 ≥ 56.', en: 'Aged 56 ≥ 56.' }]]);
    expect(old.explanation.at(-1)?.text).toEqual({ id: 'Seluruh saldo Rp1.', en: 'The whole balance, Rp1.' });
  });

  it('trigger values are snake_case (issue 14): each is accepted with its waiting months; the old camelCase values are refused', () => {
    const full = (trigger: string) => jhtWithdrawal({ kind: 'full', balance: 1_000_000, trigger: trigger as never, eventDate: '2026-01-31', requestDate: '2026-02-01' });
    // Permenaker 4/2022: resignation and termination wait one month (payable from 2026-02-28); the others are paid at once
    expect(['total_permanent_disability', 'death', 'contract_ended', 'bpu_stopped_working', 'left_indonesia'].map((t) => full(t).payableFrom)).toEqual(Array(5).fill('2026-01-31'));
    expect(['resignation', 'termination'].map((t) => full(t).payableFrom)).toEqual(['2026-02-28', '2026-02-28']);
    expectError(() => full('contractEnded'), 'invalid_input', ['input', 'trigger']);
    expectError(() => jhtBalance({ startMonth: '2026-01', contributions: [1], openingBalance: 0, annualReturnPercent: '5', convention: 'effectiveAnnual' as never }), 'invalid_input', ['input', 'convention']);
  });

  it('each step of a withdrawal cites the rule it applies (Permenaker 4/2022; PP 46/2015 for the partial withdrawal)', () => {
    const full = jhtWithdrawal({ kind: 'full', balance: 1_000_000, trigger: 'death', eventDate: '2026-01-31', requestDate: '2026-02-01' });
    expect(full.explanation.map((s) => s.citations.map((c) => `${c.instrument} ${c.number}/${c.year}`))).toEqual(Array(3).fill(['Permenaker 4/2022']));
    const partial = jhtWithdrawal({ kind: 'partial', requestDate: '2026-01-15', balance: 50_000_000, membershipMonths: 120, purpose: 'housing', previousPartialWithdrawal: false });
    expect(partial.explanation.map((s) => s.citations.map((c) => `${c.instrument} ${c.number}/${c.year}`))).toEqual([['PP 46/2015']]);
  });

  it('a request before the birth date is refused (on the birth date it is accepted, and age 0 is not 56)', () => {
    const age = { kind: 'full' as const, balance: 1, trigger: 'retirement_age' as const, birthDate: '2026-02-01' };
    expectError(() => jhtWithdrawal({ ...age, requestDate: '2026-01-31' }), 'invalid_input', ['input', 'requestDate']);
    expect(jhtWithdrawal({ ...age, requestDate: '2026-02-01' }).allowed).toBe(false);
  });
  it('bad input and missing facts', () => {
    expectError(() => jhtWithdrawal({ kind: 'full', balance: 1, trigger: 'retirement_age', requestDate: '2026-02-01' }), 'missing_fact', ['input', 'birthDate']);
    expectError(() => jhtWithdrawal({ kind: 'full', balance: 1, trigger: 'termination', requestDate: '2026-02-01' }), 'missing_fact', ['input', 'eventDate']);
    expectError(() => jhtWithdrawal({ kind: 'full', balance: 1, trigger: 'termination', eventDate: '2026-03-01', requestDate: '2026-02-01' }), 'invalid_input', ['input', 'requestDate']);
    expectError(() => jhtWithdrawal({ ...partial, balance: -1, membershipMonths: 120, purpose: 'housing' }), 'invalid_input', ['input', 'balance']);
    expectError(() => jhtWithdrawal({ ...partial, requestDate: '2015-06-30', membershipMonths: 120, purpose: 'housing' }), 'parameter_not_in_force');
  });
});
