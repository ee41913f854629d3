/**
 * Who contributes: a wage earner (PU, *peserta penerima upah*) or an informal worker (BPU,
 * *peserta bukan penerima upah*), as zod schemas that services can use to validate their own
 * payloads. Amounts are parsed into exact sen at the door.
 *
 * @module
 */
import * as z from 'zod';
import { ownStrictObject } from '../core/validate';
import { positiveSenSchema, senSchema, type AmountInput, type Sen } from '../core/money';
import type { EmployerScale, PuProgram } from '../law/parameters/pu';
import type { BpuSector, FundingSource, LaborIntensiveIndustry } from '../law/parameters/relief';
import type { RiskClass } from '../law/parameters/common';

export type { EmployerScale, PuProgram, BpuSector, FundingSource, LaborIntensiveIndustry, RiskClass };

/** A BPJS Ketenagakerjaan programme a BPU participant can pay for. */
export type BpuProgram = 'JKK' | 'JKM' | 'JHT';

/**
 * The monthly wage of a PU participant (*upah sebulan*): basic wage plus fixed allowances
 * (`monthly`; non-fixed allowances and overtime are excluded), a daily wage (`daily`, times the
 * days in `pu.wageBaseRules`), or piece-rate earnings of the last months (`pieceRate`, averaged).
 * A bare amount means a monthly wage with no allowances.
 */
export type PuWageInput =
  | AmountInput
  | { readonly basic: AmountInput; readonly fixedAllowances?: AmountInput | readonly AmountInput[] }
  | { readonly daily: AmountInput }
  | { readonly pieceRate: readonly AmountInput[]; readonly weatherDependent?: boolean };

/** Facts about an employer that PP 7/2025 relief depends on. */
export interface LaborIntensiveFacts {
  /** The employer's industry, if it is one of the six; `other` otherwise. */
  readonly industry: LaborIntensiveIndustry | 'other';
  /** Active workers registered with BPJS. */
  readonly activeWorkers: number;
  /** Whether the employer's JKK contributions were paid up to the month PP 7/2025 requires. */
  readonly jkkPaidUpToRequiredMonth: boolean;
}

/** A wage earner (PU) as a caller describes them. */
export interface PuParticipantInput {
  /** Segment: wage earner. */
  readonly segment: 'PU';
  /** The monthly wage. */
  readonly wage: PuWageInput;
  /** JKK risk class (*kelompok tingkat risiko*) that BPJS assigned to the business, 1 to 5. */
  readonly riskClass: RiskClass;
  /** Business scale; decides the programmes (Perpres 109/2013) unless `programs` is given. */
  readonly employerScale?: EmployerScale;
  /** The programmes the worker is enrolled in; must include JKK and JKM. */
  readonly programs?: readonly PuProgram[];
  /** Whether JKP is shown (default `true`: funded by government and recomposition, never billed). */
  readonly jkp?: boolean;
  /** Facts for PP 7/2025 labour-intensive relief; without them the relief is not applied. */
  readonly laborIntensive?: LaborIntensiveFacts;
  /** Whether the employer was granted the PP 49/2020 JP deferral (iuran months 2020-08 to 2021-01). */
  readonly pp49JpDeferral?: boolean;
}

/** An informal worker (BPU) as a caller describes them. */
export interface BpuParticipantInput {
  /** Segment: informal worker. */
  readonly segment: 'BPU';
  /** Declared monthly income (*penghasilan*); contributions use its bracket base. */
  readonly income: AmountInput;
  /** Programmes; must include JKK and JKM; JHT is optional (default `['JKK', 'JKM']`). */
  readonly programs?: readonly BpuProgram[];
  /** Transport (drivers, couriers, ride-hailing) or other; needed only where PP 50/2025 distinguishes them. */
  readonly sector?: BpuSector;
  /**
   * Who pays the contributions (*sumber iuran*): the participant (`self`, *mandiri*), the state
   * (`apbn`), regional (`apbd`) or village (`apbdes`) budget, an `employer` or a `donor`. Required
   * in the months where it changes the amount: while PP 50/2025 would discount the participant's
   * JKK and JKM, contributions paid through APBN or APBD are excluded (a `missing_fact` error
   * without it). Optional in every other month, where who pays does not change the amount.
   */
  readonly fundedBy?: FundingSource;
  /** A BPU who is an individual employer (*pemberi kerja perorangan*) must also pay JHT. */
  readonly isEmployer?: boolean;
}

/** A participant as a caller describes them. */
export type ParticipantInput = PuParticipantInput | BpuParticipantInput;

const riskClassSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], {
  error: 'Expected a JKK risk class 1, 2, 3, 4 or 5 (BPJS assigns it; there is no default)',
});

/** The parsed form of a PU wage. @internal */
export type ParsedWage =
  | { readonly kind: 'monthly'; readonly basic: Sen; readonly fixedAllowances: readonly Sen[] }
  | { readonly kind: 'daily'; readonly daily: Sen }
  | { readonly kind: 'piece_rate'; readonly months: readonly Sen[]; readonly weatherDependent: boolean };

const monthlyWageSchema = ownStrictObject({ basic: positiveSenSchema, fixedAllowances: z.union([senSchema.transform((s) => [s]), z.array(senSchema).max(50)]).optional() })
  .transform((w): ParsedWage => ({ kind: 'monthly', basic: w.basic, fixedAllowances: w.fixedAllowances ?? [] }));
const dailyWageSchema = ownStrictObject({ daily: positiveSenSchema }).transform((w): ParsedWage => ({ kind: 'daily', daily: w.daily }));
const pieceRateWageSchema = ownStrictObject({ pieceRate: z.array(senSchema).min(1).max(24), weatherDependent: z.boolean().optional() })
  .transform((w): ParsedWage => ({ kind: 'piece_rate', months: w.pieceRate, weatherDependent: w.weatherDependent ?? false }));
const plainWageSchema = positiveSenSchema.transform((basic): ParsedWage => ({ kind: 'monthly', basic, fixedAllowances: [] }));

/** Dispatch on the wage's shape so that errors speak about the form the caller used. */
const wageSchema = z.unknown().transform((value, ctx): ParsedWage => {
  const schema =
    typeof value === 'object' && value !== null
      ? 'basic' in value
        ? monthlyWageSchema
        : 'daily' in value
          ? dailyWageSchema
          : 'pieceRate' in value
            ? pieceRateWageSchema
            : undefined
      : plainWageSchema;
  if (schema === undefined) {
    ctx.addIssue({ code: 'custom', message: 'Expected a wage: an amount, { basic, fixedAllowances }, { daily } or { pieceRate: [...] }', input: value });
    return z.NEVER;
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      // Keep an amount's `amount_out_of_range` code (carried in params) through the re-issue.
      const params = (issue as { params?: Record<string, unknown> }).params;
      ctx.addIssue({ code: 'custom', message: issue.message, input: value, path: issue.path as PropertyKey[], ...(params === undefined ? {} : { params }) });
    }
    return z.NEVER;
  }
  return result.data;
});

const puProgramsSchema = z
  .array(z.enum(['JKK', 'JKM', 'JHT', 'JP']))
  .min(1)
  .max(4)
  .check((ctx) => {
    if (new Set(ctx.value).size !== ctx.value.length) ctx.issues.push({ code: 'custom', message: 'A programme is listed twice', input: ctx.value });
    for (const required of ['JKK', 'JKM'] as const) {
      if (!ctx.value.includes(required)) ctx.issues.push({ code: 'custom', message: `${required} is mandatory for every PU participant (Perpres 109/2013 Art. 6)`, input: ctx.value });
    }
  });

/** Schema of a PU participant; parses amounts into exact sen. */
export const PuParticipantSchema = ownStrictObject({
  segment: z.literal('PU'),
  wage: wageSchema,
  riskClass: riskClassSchema,
  employerScale: z.enum(['micro', 'small', 'medium', 'large']).optional(),
  programs: puProgramsSchema.optional(),
  jkp: z.boolean().optional(),
  laborIntensive: ownStrictObject({
    industry: z.enum(['food_beverage_tobacco', 'textile_apparel', 'leather', 'footwear', 'childrens_toys', 'furniture', 'other']),
    activeWorkers: z.number().int().nonnegative().max(10_000_000),
    jkkPaidUpToRequiredMonth: z.boolean(),
  })
    .optional(),
  pp49JpDeferral: z.boolean().optional(),
});

/** Schema of a BPU programme list: JKK and JKM required, JHT optional, no repeats. @internal */
export const BpuProgramsSchema = z
  .array(z.enum(['JKK', 'JKM', 'JHT']))
  .min(2)
  .max(3)
  .check((ctx) => {
    if (new Set(ctx.value).size !== ctx.value.length) ctx.issues.push({ code: 'custom', message: 'A programme is listed twice', input: ctx.value });
    for (const required of ['JKK', 'JKM'] as const) {
      if (!ctx.value.includes(required)) ctx.issues.push({ code: 'custom', message: `${required} is mandatory for every BPU participant`, input: ctx.value });
    }
  });

/** Schema of a BPU participant; parses the income into exact sen. */
export const BpuParticipantSchema = ownStrictObject({
  segment: z.literal('BPU'),
  income: senSchema,
  programs: BpuProgramsSchema.optional(),
  sector: z.enum(['transport', 'other']).optional(),
  fundedBy: z.enum(['self', 'apbn', 'apbd', 'apbdes', 'employer', 'donor']).optional(),
  isEmployer: z.boolean().optional(),
})
  .check((ctx) => {
    if (ctx.value.isEmployer === true && ctx.value.programs?.includes('JHT') !== true) {
      ctx.issues.push({ code: 'custom', message: 'A BPU participant who is an employer must also pay JHT (Permenaker 5/2021 Art. 31-32): add "JHT" to programs', input: ctx.value, path: ['programs'] });
    }
  });

/** Schema of any participant, discriminated by `segment`. */
export const ParticipantSchema = z.discriminatedUnion('segment', [PuParticipantSchema, BpuParticipantSchema]);

/** A PU participant after validation. @internal */
export type PuParticipant = z.output<typeof PuParticipantSchema>;
/** A BPU participant after validation. @internal */
export type BpuParticipant = z.output<typeof BpuParticipantSchema>;
/** A participant after validation. @internal */
export type Participant = PuParticipant | BpuParticipant;

// ---------------------------------------------------------------------------------------------
// Fast path

const SCALES = new Set(['micro', 'small', 'medium', 'large']);
const SECTORS = new Set(['transport', 'other']);
/** Every funding source, in the order messages list them. @internal */
export const FUNDING_SOURCES: readonly FundingSource[] = Object.freeze(['self', 'apbn', 'apbd', 'apbdes', 'employer', 'donor']);
const FUNDERS = new Set<unknown>(FUNDING_SOURCES);
/** Largest whole-rupiah amount whose sen count stays exact (amountToSen's own limit). */
const MAX_WHOLE_RUPIAH = 90_071_992_547_409;

function plainWholeRupiah(value: unknown, positive: boolean): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && (positive ? value > 0 : value >= 0) && value <= MAX_WHOLE_RUPIAH;
}

/**
 * The parsed participant for the commonest inputs (a plain object, whole-rupiah amounts, no
 * optional structures), produced without zod; `undefined` for anything else, which then goes
 * through {@link ParticipantSchema} (and gets its errors from there). A differential property test
 * proves that whenever this returns a value, zod returns an equal one. @internal
 */
export function fastParticipant(input: unknown): Participant | undefined {
  try {
    if (typeof input !== 'object' || input === null || Object.getPrototypeOf(input) !== Object.prototype) return undefined;
    return fastFields(input as Record<string, unknown>);
  } catch {
    return undefined; // a getter or Proxy trap threw: the schema's door reports it as a typed error
  }
}

/**
 * The own enumerable keys of `o`, read one by one (never a prototype's), as a participant whose
 * every key is its own (absent ones `undefined`), so that the engine never reads an inherited one.
 */
function fastFields(o: Record<string, unknown>): Participant | undefined {
  let segment: unknown, wage: unknown, income: unknown, riskClass: unknown, employerScale: unknown, jkp: unknown, pp49JpDeferral: unknown, sector: unknown, fundedBy: unknown;
  for (const key of Object.keys(o)) {
    const value = o[key]; // an optional key given as undefined stays undefined: absent, as in zod
    switch (key) {
      case 'segment': segment = value; break;
      case 'wage': wage = value; break;
      case 'income': income = value; break;
      case 'riskClass': riskClass = value; break;
      case 'employerScale': employerScale = value; break;
      case 'jkp': jkp = value; break;
      case 'pp49JpDeferral': pp49JpDeferral = value; break;
      case 'sector': sector = value; break;
      case 'fundedBy': fundedBy = value; break;
      default: return undefined; // programs, laborIntensive, isEmployer, unknown keys: zod decides
    }
  }
  if (segment === 'PU') {
    if (income !== undefined || sector !== undefined || fundedBy !== undefined || !plainWholeRupiah(wage, true)) return undefined;
    if (riskClass !== 1 && riskClass !== 2 && riskClass !== 3 && riskClass !== 4 && riskClass !== 5) return undefined;
    if (employerScale !== undefined && !SCALES.has(employerScale as string)) return undefined;
    if ((jkp !== undefined && typeof jkp !== 'boolean') || (pp49JpDeferral !== undefined && typeof pp49JpDeferral !== 'boolean')) return undefined;
    const parsed = { segment: 'PU', wage: { kind: 'monthly', basic: (wage as number) * 100, fixedAllowances: [] }, riskClass, employerScale, programs: undefined, jkp, laborIntensive: undefined, pp49JpDeferral };
    return parsed as unknown as Participant;
  }
  if (segment === 'BPU') {
    if (wage !== undefined || riskClass !== undefined || employerScale !== undefined || jkp !== undefined || pp49JpDeferral !== undefined || !plainWholeRupiah(income, false)) return undefined;
    if (sector !== undefined && !SECTORS.has(sector as string)) return undefined;
    if (fundedBy !== undefined && !FUNDERS.has(fundedBy as string)) return undefined;
    const parsed = { segment: 'BPU', income: (income as number) * 100, programs: undefined, sector, fundedBy, isEmployer: undefined };
    return parsed as unknown as Participant;
  }
  return undefined;
}
