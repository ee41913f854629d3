// The law of a contribution month (src/contributions/monthLaw.ts), through monthlyContribution.
import { describe, expect, it } from 'vitest';
import { monthlyContribution } from '../../src/index';
import { thrown } from '../helpers';

const pu = { segment: 'PU', wage: 5_000_000, riskClass: 1, employerScale: 'large' } as const;

describe('the law of a contribution month', () => {
  it('a missing value is a typed error naming the parameter, the month and the coverage, with a hint only after the coverage', () => {
    const after = thrown(() => monthlyContribution(pu, '2027-03'));
    expect(after.issues[0]).toEqual({
      code: 'parameter_not_in_force',
      path: ['month'],
      message: "No value of jp.wageCap is in force for iuran month 2027-03 (values from 2015-07 to 2027-02); pass { projection: { method: 'carry_forward' } } (or { method: 'indexed', annualGrowthPercent: '5.0' }) to get a value marked as projected",
      parameter: 'jp.wageCap',
      at: '2027-03',
      coverage: { from: '2015-07', to: '2027-02' },
    });
    const before = thrown(() => monthlyContribution(pu, '2015-06'));
    expect(before.issues[0]).toEqual({
      code: 'parameter_not_in_force',
      path: ['month'],
      message: 'No value of pu.programsByScale is in force for iuran month 2015-06 (values from 2015-07 to open end)',
      parameter: 'pu.programsByScale',
      at: '2015-06',
      coverage: { from: '2015-07', to: null },
    });
  });

  it('a relief measure is never carried forward past its last month', () => {
    // PP 50/2025 for transport ends with iuran month 2027-03: 2027-04 is billed in full, 10,000 + 6,800, not projected
    const r = monthlyContribution({ segment: 'BPU', income: 1_000_000, sector: 'transport' }, '2027-04', { projection: { method: 'carry_forward' } });
    expect([r.totals.billed, r.projected, r.lines.map((l) => l.relief)]).toEqual([16_800, false, [undefined, undefined]]);
  });

  it('the same month answers with and without a projection (resolved separately)', () => {
    expect(thrown(() => monthlyContribution(pu, '2027-03')).code).toBe('parameter_not_in_force');
    // JP 2 % of the carried-forward cap is not reached by 5,000,000: 100,000; the cap is marked projected
    const projected = monthlyContribution(pu, '2027-03', { projection: { method: 'carry_forward' } });
    expect([projected.projected, projected.lines.find((l) => l.program === 'JP')!.amount]).toEqual([true, 100_000]);
    expect(thrown(() => monthlyContribution(pu, '2027-03')).code).toBe('parameter_not_in_force');
  });
});
