/**
 * The schemas of a programme plan's input: parsed once at the door, trusted inside.
 *
 * @module
 */
import * as z from 'zod';
import { MonthRangeSchema } from '../../core/calendar';
import { senSchema } from '../../core/money';
import { RegionCodeSchema } from '../../core/region';
import { ownStrictObject } from '../../core/validate';
import { BpuProgramsSchema } from '../../contributions/participant';
import { WholeRupiahSchema } from '../allocate';
import { ArrangementSchema } from '../arrangement';
import { FunderSchema } from '../funders';

/** Schema of a `PlanProfileInput`; parses the income into exact sen. */
export const PlanProfileSchema = ownStrictObject({
  income: senSchema,
  sector: z.enum(['transport', 'other']).optional(),
  isEmployer: z.boolean().optional(),
});

/** Schema of a `CohortInput`. @internal */
const CohortSchema = ownStrictObject({ count: z.number().int().nonnegative().max(100_000_000), profile: PlanProfileSchema });

/** Schema of a `RosterInput`: cohorts, participants or both. @internal */
const RosterSchema = ownStrictObject({
  name: z.string().min(1).max(200).optional(),
  region: RegionCodeSchema.optional(),
  arrangement: ArrangementSchema.optional(),
  period: MonthRangeSchema.optional(),
  cohorts: z.array(CohortSchema).max(10_000).optional(),
  participants: z.array(z.unknown()).max(5_000_000).optional(),
})
  .check((ctx) => {
    if (ctx.value.cohorts === undefined && ctx.value.participants === undefined) {
      ctx.issues.push({ code: 'custom', message: 'A roster needs cohorts or participants', input: ctx.value, path: ['participants'] });
    }
  });

/** Schema of a `ProgrammePlanInput` (participants listed one by one are checked profile by profile after grouping). */
export const ProgrammePlanSchema = ownStrictObject({
  name: z.string().min(1).max(200).optional(),
  programs: BpuProgramsSchema.optional(),
  period: MonthRangeSchema,
  funders: z.array(FunderSchema).min(1).max(10_000),
  arrangement: ArrangementSchema.optional(),
  rosters: z.array(RosterSchema).min(1).max(10_000),
  budget: WholeRupiahSchema.optional(),
});

/** A parsed profile (income in sen). @internal */
export type ParsedProfile = z.output<typeof PlanProfileSchema>;

/** A parsed plan. @internal */
export type ParsedPlan = z.output<typeof ProgrammePlanSchema>;
