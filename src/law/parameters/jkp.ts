/**
 * JKP (*Jaminan Kehilangan Pekerjaan*) contribution composition and wage cap.
 *
 * @module
 * @internal
 */
import { ownStrictObject } from '../../core/validate';
import { percent, type Rate } from '../../core/money';
import { text } from '../../core/explain';
import { defineParameter } from '../timeline';
import { cites } from '../sources';
import { rateValueSchema, rupiahValueSchema, showRupiah } from './common';

/** How the JKP contribution is funded: no extra cost to employer or worker. */
export interface JkpComposition {
  /** Paid by the central government. */
  readonly government: Rate;
  /** Carved out of the employer's JKK contribution (recomposition). */
  readonly jkkRecomposition: Rate;
  /** Carved out of the employer's JKM contribution (recomposition; dropped by PP 6/2025). */
  readonly jkmRecomposition: Rate;
}

const monthReading =
  'Reading for a regulation that takes effect during a month: it governs the iuran month in which it is in force on the last day (the contribution for a month is computed on that month\'s wage at its close). PP 6/2025 took effect on 2025-02-07, so iuran month 2025-02 is the first at 0.36 %.';

/** JKP contribution composition by contribution month. */
export const jkpComposition = defineParameter<JkpComposition>({
  id: 'jkp.composition',
  title: text('Komposisi iuran JKP', 'JKP contribution composition'),
  description:
    'The JKP contribution as a percentage of the wage capped at jkp.wageCap: a central-government share plus shares recomposed from the employer\'s JKK and JKM. Shown on results, never billed to employer or worker.',
  unit: 'percent',
  granularity: 'month',
  schema: ownStrictObject({ government: rateValueSchema, jkkRecomposition: rateValueSchema, jkmRecomposition: rateValueSchema }),
  display: (v) => `government ${v.government.percent} % + from JKK ${v.jkkRecomposition.percent} % + from JKM ${v.jkmRecomposition.percent} %`,
  values: [
    {
      from: '2021-02',
      to: '2025-01',
      value: { government: percent('0.22'), jkkRecomposition: percent('0.14'), jkmRecomposition: percent('0.10') },
      citations: cites.pp37('Art. 11(2), (5)', `0.46 % in all. PP 37/2021 took effect on 2021-02-02. ${monthReading}`),
      confidence: 'M',
      note: 'Rates H; the first iuran month 2021-02 follows the library\'s reading for mid-month changes (no source found for it).',
    },
    {
      from: '2025-02',
      value: { government: percent('0.22'), jkkRecomposition: percent('0.14'), jkmRecomposition: percent('0') },
      citations: cites.pp6('Art. I (Art. 11(2), (5))', `0.36 % in all; the JKM recomposition is dropped. ${monthReading}`),
      confidence: 'L',
      note: 'Rate H (PP 6/2025 Art. 11(2)-(5), in force on 2025-02-07 per Bisnis.com 14-02-2025). No source names the first iuran month; 2025-02 rather than 2025-03 follows the library\'s reading for mid-month changes (L). Override with withOverlay if BPJS practice differs. For PP 7/2025 employers the JKK recomposition was also adjusted (PP 7/2025 Art. 10); the adjusted share is not known and not modelled.',
    },
  ],
});

/** JKP contribution wage cap. */
export const jkpWageCap = defineParameter<number>({
  id: 'jkp.wageCap',
  title: text('Batas upah iuran JKP', 'JKP contribution wage cap'),
  description: 'The highest monthly wage on which the JKP contribution, including the recomposed shares, is computed.',
  unit: 'rupiah',
  granularity: 'month',
  schema: rupiahValueSchema,
  display: showRupiah,
  values: [
    {
      from: '2021-02',
      value: 5_000_000,
      citations: [
        cites.pp37('Art. 11(7)', 'The cap of the CONTRIBUTION only; the cap of the JKP cash benefit is a different rule (Art. 21(3)), kept in benefit.jkp.rules.wageCap though both are Rp5,000,000.'),
        cites.pp6('Art. I (Art. 11(7))', 'Unchanged by PP 6/2025. The recomposed 0.14 % also uses the capped wage (brief §2.1, M). Contribution cap only (see benefit.jkp.rules for the benefit cap, Art. 21(3)).'),
      ],
    },
  ],
});
