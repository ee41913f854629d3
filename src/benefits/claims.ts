/**
 * `claimsSummary`: paid claims (*klaim yang dibayarkan*) aggregated by programme and type.
 *
 * @module
 */
import * as z from 'zod';
import { CalendarDateSchema } from '../core/calendar';
import type { BilingualText } from '../core/explain';
import { senSchema, type AmountInput } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import { claims as text } from './messages';

/** A programme that pays claims. */
export type ClaimProgram = 'JKK' | 'JKM' | 'JHT' | 'JP' | 'JKP';

/** The kind of benefit a claim paid. */
export type ClaimType = 'medical_care' | 'transport' | 'stmb' | 'disability' | 'death' | 'periodic' | 'funeral' | 'scholarship' | 'old_age_savings' | 'pension' | 'job_loss_cash' | 'other';

const CLAIM_TYPES = ['medical_care', 'transport', 'stmb', 'disability', 'death', 'periodic', 'funeral', 'scholarship', 'old_age_savings', 'pension', 'job_loss_cash', 'other'] as const;

/** One paid claim. */
export interface PaidClaimInput {
  /** The programme. */
  readonly program: ClaimProgram;
  /** What it paid for. */
  readonly type: ClaimType;
  /** The amount paid (may carry sen). */
  readonly amount: AmountInput;
  /** Who it was paid for (an id of the participant, e.g. a membership number): counts distinct participants. */
  readonly participantId: string;
  /** When it was paid (optional; filtered by `period` when given). */
  readonly paymentDate?: string;
}

/** Input of {@link claimsSummary}. */
export interface ClaimsSummaryInput {
  /** The paid claims. */
  readonly claims: readonly PaidClaimInput[];
  /** Only claims paid in this period, both ends inclusive (every claim then needs `paymentDate`). */
  readonly period?: { readonly from: string; readonly to: string };
}

/** Schema of {@link ClaimsSummaryInput}. */
export const ClaimsSummaryInputSchema = ownStrictObject({
  claims: z
    .array(
      ownStrictObject({
        program: z.enum(['JKK', 'JKM', 'JHT', 'JP', 'JKP']),
        type: z.enum(CLAIM_TYPES),
        amount: senSchema,
        participantId: z.string().min(1).max(100),
        paymentDate: CalendarDateSchema.optional(),
      }),
    )
    .max(1_000_000),
  period: ownStrictObject({ from: CalendarDateSchema, to: CalendarDateSchema }).optional(),
})
  .check((ctx) => {
    const v = ctx.value;
    if (v.period === undefined) return;
    if (v.period.to < v.period.from) ctx.issues.push({ code: 'custom', message: 'The period ends before it starts', input: v, path: ['period', 'to'] });
    v.claims.forEach((c, i) => {
      if (c.paymentDate === undefined) ctx.issues.push({ code: 'custom', message: 'With a period, every claim needs its paymentDate', input: v, path: ['claims', i, 'paymentDate'] });
    });
  });

/** A group of claims. */
export interface ClaimGroup {
  /** Number of claims. */
  readonly claimCount: number;
  /** Number of distinct participants. */
  readonly participantCount: number;
  /** Sum paid, exact decimal text in rupiah (sen kept). */
  readonly total: string;
}

/** Claims aggregated. */
export interface ClaimsSummary extends ClaimGroup {
  /** By programme, in the order JKK, JKM, JHT, JP, JKP (programmes without claims omitted). */
  readonly byProgram: readonly (ClaimGroup & { readonly program: ClaimProgram })[];
  /** By programme and type. */
  readonly byType: readonly (ClaimGroup & { readonly program: ClaimProgram; readonly type: ClaimType })[];
  /** The sentence a report would print, in both languages. */
  readonly headline: BilingualText;
}

/**
 * Aggregate paid claims (*klaim yang dibayarkan*) by programme and by type: counts, distinct
 * participants and exact totals, as a provincial office reports them ("Rp846 juta kepada 40
 * peserta"). A participant with several claims (death lump sum, funeral, scholarship) counts once.
 *
 * @example
 * ```ts
 * import { claimsSummary } from 'jamsostek';
 * const s = claimsSummary({ claims: [
 *   { program: 'JKM', type: 'death', amount: 42_000_000, participantId: 'A' },
 *   { program: 'JKK', type: 'death', amount: 70_000_000, participantId: 'B' },
 *   { program: 'JKK', type: 'scholarship', amount: 1_500_000, participantId: 'B' },
 * ] });
 * console.log(s.total, s.participantCount); // 113500000 2 (total is exact decimal text)
 * ```
 */
export function claimsSummary(input: ClaimsSummaryInput): ClaimsSummary {
  const p = parseInput(ClaimsSummaryInputSchema, input, ['input']);
  const claims = p.period === undefined ? p.claims : p.claims.filter((c) => c.paymentDate! >= p.period!.from && c.paymentDate! <= p.period!.to);
  type Acc = { claims: number; ids: Set<string>; sen: bigint };
  const fresh = (): Acc => ({ claims: 0, ids: new Set(), sen: 0n });
  const all = fresh();
  const byProgram = new Map<ClaimProgram, Acc>();
  const byType = new Map<string, Acc & { program: ClaimProgram; type: ClaimType }>();
  for (const c of claims) {
    const groups: Acc[] = [all];
    let prog = byProgram.get(c.program);
    if (prog === undefined) byProgram.set(c.program, (prog = fresh()));
    groups.push(prog);
    const key = `${c.program}/${c.type}`;
    let t = byType.get(key);
    if (t === undefined) byType.set(key, (t = { ...fresh(), program: c.program, type: c.type }));
    groups.push(t);
    for (const g of groups) {
      g.claims++;
      g.ids.add(c.participantId);
      g.sen += BigInt(c.amount);
    }
  }
  const out = (a: Acc): ClaimGroup => ({ claimCount: a.claims, participantCount: a.ids.size, total: bigSenText(a.sen) });
  const order: ClaimProgram[] = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'];
  const summary = out(all);
  return {
    ...summary,
    byProgram: order.flatMap((program) => {
      const a = byProgram.get(program);
      return a === undefined ? [] : [{ program, ...out(a) }];
    }),
    byType: [...byType.values()]
      .sort((a, b) => order.indexOf(a.program) - order.indexOf(b.program) || CLAIM_TYPES.indexOf(a.type) - CLAIM_TYPES.indexOf(b.type))
      .map((a) => ({ program: a.program, type: a.type, ...out(a) })),
    headline: text.headline(summary.total, summary.participantCount, summary.claimCount),
  };
}

function bigSenText(sen: bigint): string {
  return `${sen / 100n}${sen % 100n === 0n ? '' : `.${String(sen % 100n).padStart(2, '0').replace(/0$/, '')}`}`;
}
