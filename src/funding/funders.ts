/**
 * Funders (*penyandang dana / pemberi bantuan iuran*): who pays a participant's contributions,
 * from which budget, in which region, and with what ceiling.
 *
 * @module
 */
import * as z from 'zod';
import { ownStrictObject } from '../core/validate';
import { regionLevel, RegionCodeSchema, type RegionLevel } from '../core/region';
import type { Rupiah } from '../core/money';
import type { FundingSource } from '../law/parameters/relief';
import { WholeRupiahSchema } from './allocate';

/**
 * The kind of funder: a `province` (*pemerintah provinsi*, APBD), a `regency` or `city`
 * (*kabupaten / kota*, APBD), a `village` (*desa*, APBDes including Dana Desa), the `central`
 * government (APBN), an `employer`, the `worker` themself (*mandiri*), or a `donor` (CSR,
 * zakat, other private funds).
 */
export type FunderKind = 'province' | 'regency' | 'city' | 'village' | 'central' | 'employer' | 'worker' | 'donor';

/**
 * The budget a funder of each kind pays from, unless it says otherwise (`budgetType`). Not a
 * silent default on a fact the law turns on: the kinds are defined by who pays, so the budget
 * follows from the kind the caller gave. A province, regency or city pays from its APBD
 * (*Anggaran Pendapatan dan Belanja Daerah*) by definition, a village from its APBDes, the central
 * government from the APBN, a worker for themself (*mandiri*), an employer and a donor from their
 * own money. Where the reading is genuinely open (Dana Desa, transferred from the APBN; a donor's
 * grant channelled through a regional budget) the caller says so with `budgetType`.
 */
export const DEFAULT_BUDGET_TYPE: Readonly<Record<FunderKind, FundingSource>> = Object.freeze({
  province: 'apbd',
  regency: 'apbd',
  city: 'apbd',
  village: 'apbdes',
  central: 'apbn',
  employer: 'employer',
  worker: 'self',
  donor: 'donor',
});

/** Where a capped funder's excess goes: to another funder (by id), or reported as `unfunded`. */
export type CapOverflow = { readonly to: string } | 'unfunded';

/** A funder as a caller describes it. */
export interface FunderInput {
  /** A short id, unique in the plan, used by arrangements (`'ntt'`, `'kota-kupang'`). */
  readonly id: string;
  /** The kind of funder. */
  readonly kind: FunderKind;
  /** A display name (`'Pemerintah Provinsi NTT'`). */
  readonly name?: string;
  /**
   * The region code of a government funder as Kemendagri writes it (*kode wilayah*): a region
   * is its code. Province `'53'`, regency or city `'53.71'`, village `'53.71.01.2001'`. Required
   * for provinces, regencies, cities and villages; not allowed for the central government.
   */
  readonly region?: string;
  /**
   * The budget the funder pays from (default by kind: province/regency/city `apbd`, village
   * `apbdes`, central `apbn`, employer `employer`, worker `self`, donor `donor`). It decides the
   * law: PP 50/2025 relief does not apply to contributions paid through APBN or APBD.
   */
  readonly budgetType?: FundingSource;
  /** The funder's budget for the plan: reported as fits / short by / left over, never enforced. */
  readonly budget?: number | string;
  /** A ceiling the funder will not pay beyond over the whole plan (months in order); the excess goes to `overflow`. */
  readonly cap?: number | string;
  /** Where the excess above `cap` goes (default `'unfunded'`: reported, never dropped). */
  readonly overflow?: CapOverflow;
}

const REGION_LEVEL: Partial<Record<FunderKind, { level: RegionLevel; name: string }>> = {
  province: { level: 'province', name: 'a province code such as "53"' },
  regency: { level: 'regency', name: 'a regency code such as "53.01"' },
  city: { level: 'regency', name: 'a city code such as "53.71"' },
  village: { level: 'village', name: 'a village code such as "53.71.01.2001"' },
};

/** The budgets a funder can pay from, as the contribution calculation's `fundedBy` names them. @internal */
export const BUDGET_TYPES = ['self', 'apbn', 'apbd', 'apbdes', 'employer', 'donor'] as const satisfies readonly FundingSource[];

/** Schema of a {@link FunderInput}; parses amounts into whole rupiah. */
export const FunderSchema = ownStrictObject({
  id: z.string().min(1).max(100),
  kind: z.enum(['province', 'regency', 'city', 'village', 'central', 'employer', 'worker', 'donor']),
  name: z.string().min(1).max(200).optional(),
  region: RegionCodeSchema.optional(),
  budgetType: z.enum(BUDGET_TYPES).optional(),
  budget: WholeRupiahSchema.optional(),
  cap: WholeRupiahSchema.optional(),
  overflow: z.union([z.literal('unfunded'), ownStrictObject({ to: z.string().min(1).max(100) })]).optional(),
})
  .check((ctx) => {
    const f = ctx.value;
    const expected = REGION_LEVEL[f.kind];
    if (expected !== undefined) {
      if (f.region === undefined) ctx.issues.push({ code: 'custom', message: `A ${f.kind} funder needs its region code: ${expected.name}`, input: f, path: ['region'], params: { code: 'missing_fact', fact: 'region' } });
      else if (regionLevel(f.region) !== expected.level) ctx.issues.push({ code: 'custom', message: `A ${f.kind} funder's region must be ${expected.name}; got "${f.region}"`, input: f, path: ['region'] });
    }
    if (f.kind === 'central' && f.region !== undefined) ctx.issues.push({ code: 'custom', message: 'The central government has no region code', input: f, path: ['region'] });
    if (f.overflow !== undefined && f.cap === undefined) ctx.issues.push({ code: 'custom', message: 'overflow needs a cap: it says where the excess above the cap goes', input: f, path: ['overflow'] });
    if (f.overflow !== undefined && f.overflow !== 'unfunded' && f.overflow.to === f.id) ctx.issues.push({ code: 'custom', message: 'A funder cannot overflow to itself', input: f, path: ['overflow', 'to'] });
  });

/** A funder after validation, with its budget type resolved. */
export interface Funder {
  /** Its id. */
  readonly id: string;
  /** Its kind. */
  readonly kind: FunderKind;
  /** Display name (the id when none was given). */
  readonly name: string;
  /** Region code, if any. */
  readonly region: string | null;
  /** The budget it pays from (decides PP 50/2025 relief). */
  readonly budgetType: FundingSource;
  /** Its reported budget, if given. */
  readonly budget: Rupiah | null;
  /** Its enforced ceiling, if given. */
  readonly cap: Rupiah | null;
  /** Where the excess above the cap goes. */
  readonly overflow: CapOverflow;
}

/** Resolve a parsed funder. @internal */
export function resolveFunder(f: z.output<typeof FunderSchema>): Funder {
  return {
    id: f.id,
    kind: f.kind,
    name: f.name ?? f.id,
    region: f.region ?? null,
    budgetType: f.budgetType ?? DEFAULT_BUDGET_TYPE[f.kind],
    budget: f.budget ?? null,
    cap: f.cap ?? null,
    overflow: f.overflow ?? 'unfunded',
  };
}
