/**
 * `streamContributionBatches`: a schedule of contributions for a roster of any size, streamed
 * chunk by chunk and month by month with bounded memory. Memory grows with the chunk size, not
 * with the roster: members are read lazily from any iterable (an array, a generator reading a
 * file or a database cursor), and each yielded batch can be written out and dropped.
 *
 * @module
 */
import * as z from 'zod';
import { fromMonthIndex, monthIndex, MonthRangeSchema, type MonthRange, type YearMonth } from '../core/calendar';
import { fail, isJamsostekError, JamsostekError, showValue, type JamsostekIssue, type PathSegment } from '../core/errors';
import type { AmountInput } from '../core/money';
import { NO_OPTIONS, ownIterate, ownStrictObject, ownValue, parseInput } from '../core/validate';
import { batchOf, parseColumnRoster, type ContributionBatch, type ParsedColumnRoster } from './batch';
import { STREAM_ROOTS } from './compute';
import { contributionOptionFields, resolveOptions, type ContributionOptions } from './options';
import type { RiskClass } from './participant';

/** One wage earner of a streamed roster. */
export interface PuStreamMember {
  /** Monthly wage (*upah sebulan*) in rupiah (at most two decimals). */
  readonly wage: AmountInput;
  /** JKK risk class (1–5) of the employer. */
  readonly riskClass: RiskClass;
}

/** One informal worker of a streamed roster. */
export interface BpuStreamMember {
  /** Declared monthly income in rupiah (at most two decimals). */
  readonly income: AmountInput;
}

/** A roster read lazily: a shared profile and an iterable of members. */
export type StreamRoster =
  | {
      readonly segment: 'PU';
      readonly employerScale?: 'micro' | 'small' | 'medium' | 'large';
      readonly programs?: readonly ('JKK' | 'JKM' | 'JHT' | 'JP')[];
      readonly jkp?: boolean;
      readonly members: Iterable<PuStreamMember>;
    }
  | {
      readonly segment: 'BPU';
      readonly programs?: readonly ('JKK' | 'JKM' | 'JHT')[];
      readonly sector?: 'transport' | 'other';
      /** Who pays; required where PP 50/2025 would discount (see {@link BpuColumnRoster.fundedBy}). */
      readonly fundedBy?: 'self' | 'apbn' | 'apbd' | 'apbdes' | 'employer' | 'donor';
      readonly members: Iterable<BpuStreamMember>;
    };

/** Options of {@link streamContributionBatches}. */
export interface StreamOptions extends ContributionOptions {
  /** Members per chunk (default 10,000; 1 to 1,000,000). Memory grows with it, not with the roster. */
  readonly chunkSize?: number;
}

/** One month of contributions for one chunk of a streamed roster. */
export interface StreamedBatch extends ContributionBatch {
  /** Index in the roster of the chunk's first member (member `i` of the batch is roster member `offset + i`). */
  readonly offset: number;
}

const isIterable = (v: unknown): v is Iterable<unknown> => typeof v === 'object' && v !== null && typeof (v as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function';

/** Schema of {@link StreamOptions}. */
export const StreamOptionsSchema = ownStrictObject({
  ...contributionOptionFields,
  chunkSize: z.number().int().min(1).max(1_000_000).optional(),
}).optional();

const ProfileSchema = z.discriminatedUnion('segment', [
  ownStrictObject({
    segment: z.literal('PU'),
    employerScale: z.enum(['micro', 'small', 'medium', 'large']).optional(),
    programs: z.array(z.enum(['JKK', 'JKM', 'JHT', 'JP'])).max(4).optional(),
    jkp: z.boolean().optional(),
    members: z.custom<Iterable<unknown>>(isIterable, 'Expected an iterable of members (an array or a generator)'),
  }),
  ownStrictObject({
    segment: z.literal('BPU'),
    programs: z.array(z.enum(['JKK', 'JKM', 'JHT'])).max(3).optional(),
    sector: z.enum(['transport', 'other']).optional(),
    fundedBy: z.enum(['self', 'apbn', 'apbd', 'apbdes', 'employer', 'donor']).optional(),
    members: z.custom<Iterable<unknown>>(isIterable, 'Expected an iterable of members (an array or a generator)'),
  }),
]);

/**
 * Contributions of a roster of any size for every month of a period, streamed: members are read
 * lazily in chunks of `chunkSize`, and for each chunk one {@link ContributionBatch} per month is
 * yielded (chunk by chunk, months in order within a chunk), each with the `offset` of its first
 * member. Amounts are exactly those of `contributionBatch` and of `monthlyContribution`;
 * the law is resolved once per month. Memory is bounded by the chunk size: a roster of ten
 * million costs what one chunk does, provided the caller does not keep the batches.
 *
 * A member that fails validation stops the stream with a `JamsostekError` whose path names the
 * member's index in the roster (`['roster', 'members', 1234, 'wage']`); batches of earlier chunks
 * have already been yielded by then.
 *
 * @example
 * ```ts
 * import { streamContributionBatches } from 'jamsostek';
 * function* members() {
 *   for (let i = 0; i < 25_000; i++) yield { wage: 5_000_000, riskClass: 1 as const };
 * }
 * let billed = 0;
 * for (const batch of streamContributionBatches({ segment: 'PU', employerScale: 'large', members: members() }, { from: '2026-01', to: '2026-12' })) {
 *   billed += batch.billed;
 * }
 * console.log(billed); // 138600000000 (25,000 × 462,000 × 12)
 * ```
 */
export function* streamContributionBatches(roster: StreamRoster, period: MonthRange | { from: string; to: string }, options?: StreamOptions): Generator<StreamedBatch, void, undefined> {
  const profile = parseInput(ProfileSchema, roster, ['roster']);
  const { from, to } = parseInput(MonthRangeSchema, period, ['period']);
  const parsedOptions = parseInput(StreamOptionsSchema, options, ['options']) ?? NO_OPTIONS;
  const { chunkSize = 10_000, ...contributionOptions } = parsedOptions;
  const resolved = resolveOptions(contributionOptions);
  const months: YearMonth[] = [];
  for (let i = monthIndex(from), end = monthIndex(to); i <= end; i++) months.push(fromMonthIndex(i));

  const pu = profile.segment === 'PU';
  const { members, ...shared } = profile;
  let first: unknown[] = [];
  let second: unknown[] = [];
  let offset = 0;
  let count = 0;
  const flush = function* (): Generator<StreamedBatch, void, undefined> {
    const columns = pu ? { ...shared, wage: first, riskClass: second } : { ...shared, income: first };
    let parsed: ParsedColumnRoster;
    try {
      parsed = parseColumnRoster(columns); // once per chunk, not once per month
    } catch (error) {
      throw relocate(error, offset);
    }
    for (const month of months) {
      let batch: ContributionBatch;
      try {
        batch = batchOf(parsed, month, resolved, STREAM_ROOTS);
      } catch (error) {
        throw relocate(error, offset);
      }
      yield { ...batch, offset };
    }
  };
  const memberPath = (index: number): PathSegment[] => ['roster', 'members', index];
  for (const member of ownIterate(members, memberPath)) {
    const at = memberPath(offset + count);
    if (typeof member !== 'object' || member === null) {
      fail({ code: 'invalid_input', path: at, message: `Expected a member object ${pu ? '{ wage, riskClass }' : '{ income }'}, got ${showValue(member)}`, reason: 'invalid_type' });
    }
    // Own keys only: a key set on Object.prototype is never taken for a member's wage or income.
    if (pu) {
      first.push(ownValue(member, 'wage', at));
      second.push(ownValue(member, 'riskClass', at));
    } else {
      first.push(ownValue(member, 'income', at));
    }
    count++;
    if (count === chunkSize) {
      yield* flush();
      offset += count;
      count = 0;
      first = [];
      second = [];
    }
  }
  if (count > 0 || offset === 0) yield* flush();
}

/** Re-address a batch error (`['roster', 'wage', i]`) to the member in the whole roster (`['roster', 'members', offset + i, 'wage']`). */
function relocate(error: unknown, offset: number): unknown {
  if (!isJamsostekError(error)) return error;
  const issues = error.issues.map((issue): JamsostekIssue => {
    const [root, column, index, ...rest] = issue.path;
    if (root === 'roster' && typeof index === 'number' && (column === 'wage' || column === 'riskClass' || column === 'income')) {
      return { ...issue, path: ['roster', 'members', offset + index, column, ...rest] };
    }
    return issue;
  });
  return new JamsostekError(issues);
}
