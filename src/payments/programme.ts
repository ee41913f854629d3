/**
 * Programme protection (*perlindungan peserta program bantuan iuran*): given cohorts of
 * participants whose contributions a funder (a province, regency, village, donor) pays, and the
 * funders' actual payment dates, which participants lost protection or risk losing it, per
 * cohort, per funder and per region, so that a late regency transfer is visible before a family
 * finds out at a claim.
 *
 * The input is self-contained (it does not depend on the funding module): a cohort is a list of
 * participants who share a funder, a region, months and a monthly contribution; a funder payment
 * names the months it pays for and, optionally, the participants (default: all of the cohort).
 * Each participant's status is computed by {@link membershipStatus}'s rules; participants with
 * the same registration date, JHT claim and payments share one computation.
 *
 * @module
 */
import * as z from 'zod';
import { CalendarDateSchema, daysBetween, monthIndex, MonthRangeSchema, monthsIn, YearMonthSchema, type CalendarDate, type YearMonth } from '../core/calendar';
import { fail, isJamsostekError } from '../core/errors';
import { text, type BilingualText } from '../core/explain';
import type { senSchema } from '../core/money';
import { HALF_UP_TO_RUPIAH, multiplyRupiah, positiveSenSchema, type AmountInput, type Rupiah } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import type { Citation } from '../law/citation';
import { baselineLaw, type LawRegistry } from '../law/registry';
import { valueAt } from '../law/lookup';
import { countedMonths } from './periods';
import { buildRecord, lawDueDate, recordOptionFields, type ParsedPayment, type ParsedSchedule, type PaymentSegment } from './record';
import { statusFromRecord, type MembershipAt } from './status';

/** A participant of a cohort: an id, or an id with facts. */
export type ProgrammeParticipantInput = string | { readonly id: string; readonly registeredOn?: string; readonly jhtClaimed?: boolean };

/** A funder's payment for a cohort (*transfer bantuan iuran*). */
export interface FunderPaymentInput {
  /** The funder's reference. */
  readonly id?: string;
  /** The date the funder paid BPJS. */
  readonly paidOn: string;
  /** The iuran months paid for. */
  readonly months: readonly string[];
  /** The participants paid for (default: every participant of the cohort). */
  readonly participants?: readonly string[];
  /** The amount transferred, if known: checked against what the months and participants cost. */
  readonly amount?: AmountInput;
}

/** A cohort: participants sharing a funder, a region, months and a monthly contribution. */
export interface ProgrammeCohortInput {
  /** The cohort's id. */
  readonly id: string;
  /** Who pays (e.g. `Pemprov NTT`, `Pemkab Kupang`). */
  readonly funder: string;
  /** The region the cohort belongs to (e.g. `Kabupaten Kupang`). */
  readonly region: string;
  /** PU or BPU (default BPU, the usual case of assistance programmes). */
  readonly segment?: PaymentSegment;
  /** The months the programme pays for. */
  readonly months: { readonly from: string; readonly to: string };
  /** The contribution per participant per month (whole rupiah), e.g. 16,800. */
  readonly contributionPerParticipant: AmountInput;
  /** The participants. */
  readonly participants: readonly ProgrammeParticipantInput[];
  /** The funder's payments. */
  readonly payments: readonly FunderPaymentInput[];
}

/** Options of {@link programmeProtection}. */
export interface ProgrammeProtectionOptions {
  /** The date of the review. */
  readonly asOf: string;
  /** Flag as at risk a participant whose next unpaid month falls due within this many days (default 30; a choice of the reviewer, not of law). */
  readonly warningDays?: number;
  /** The law to apply. */
  readonly law?: LawRegistry;
}

const wholeRupiah = (schema: typeof senSchema) => schema.refine((sen) => sen % 100 === 0, { message: 'Expected a whole number of rupiah' }).transform((sen) => (sen / 100) as Rupiah);

/** Schema of a {@link FunderPaymentInput}. */
export const FunderPaymentSchema = ownStrictObject({
  id: z.string().min(1).max(100).optional(),
  paidOn: CalendarDateSchema,
  months: z.array(YearMonthSchema).min(1).max(600),
  participants: z.array(z.string().min(1).max(100)).min(1).optional(),
  amount: wholeRupiah(positiveSenSchema).optional(),
});

/** Schema of a {@link ProgrammeCohortInput}. */
export const ProgrammeCohortSchema = ownStrictObject({
  id: z.string().min(1).max(100),
  funder: z.string().min(1).max(200),
  region: z.string().min(1).max(200),
  segment: z.enum(['PU', 'BPU']).optional(),
  months: MonthRangeSchema,
  contributionPerParticipant: wholeRupiah(positiveSenSchema),
  participants: z
    .array(z.union([z.string().min(1).max(100), ownStrictObject({ id: z.string().min(1).max(100), registeredOn: CalendarDateSchema.optional(), jhtClaimed: z.boolean().optional() })]))
    .min(1)
    .max(1_000_000),
  payments: z.array(FunderPaymentSchema).max(10_000),
});

/** Schema of the cohorts. */
export const ProgrammeCohortsSchema = z.array(ProgrammeCohortSchema).min(1).max(10_000);

/** Schema of {@link ProgrammeProtectionOptions}. */
export const ProgrammeProtectionOptionsSchema = ownStrictObject({
  asOf: CalendarDateSchema,
  warningDays: z.number().int().min(0).max(366).optional(),
  law: recordOptionFields.law,
});

/**
 * Where a participant stands: `lost` (membership ended), `unprotected` (inactive: arrears past
 * due, or no contribution scheduled), `atRisk` (protected, but the next unpaid month falls due
 * within the warning window), `protected`.
 */
export type ProtectionRisk = 'lost' | 'unprotected' | 'atRisk' | 'protected';

/** A month paid after its due date. */
export interface LateMonth {
  /** The iuran month. */
  readonly month: YearMonth;
  /** Its due date. */
  readonly dueDate: CalendarDate;
  /** When it was paid. */
  readonly paidOn: CalendarDate;
  /** Days after the due date (the days without protection for BPU). */
  readonly daysLate: number;
}

/** Participants of a cohort who share one status. */
export interface ProtectionGroup {
  /** Their ids. */
  readonly participantIds: readonly string[];
  /** Where they stand. */
  readonly risk: ProtectionRisk;
  /** Their membership at the review date, with the rule and citation that decided it. */
  readonly membership: MembershipAt;
  /** Their next unpaid month's due date, if any. */
  readonly nextDueDate: CalendarDate | null;
  /** Months paid late. */
  readonly lateMonths: readonly LateMonth[];
  /** BPU: whether the JKM waiting rule (`benefit.jkm.bpuWaitingRule`: 3 consecutive paid months since registration) is met at the review date. */
  readonly jkmWaitingMet: boolean | null;
}

/** The effect of one funder payment. */
export interface FunderPaymentEffect {
  /** Position in the cohort's payments. */
  readonly payment: number;
  /** The funder's reference. */
  readonly id?: string;
  /** When it was paid. */
  readonly paidOn: CalendarDate;
  /** How many participants it covers. */
  readonly participants: number;
  /** The months it paid after their due dates. */
  readonly lateMonths: readonly { readonly month: YearMonth; readonly dueDate: CalendarDate; readonly daysLate: number }[];
  /** The amount expected for its months and participants. */
  readonly expectedAmount: Rupiah;
  /** The amount given, if any, when it differs from the expected amount. */
  readonly amountMismatch: Rupiah | null;
}

/** Counts by risk. */
export type RiskCounts = Readonly<Record<ProtectionRisk, number>>;

/** One cohort's protection. */
export interface CohortProtection {
  /** The cohort id. */
  readonly id: string;
  /** The funder. */
  readonly funder: string;
  /** The region. */
  readonly region: string;
  /** Number of participants. */
  readonly participants: number;
  /** Participants by risk. */
  readonly byRisk: RiskCounts;
  /** BPU participants for whom the JKM waiting rule is not yet met. */
  readonly jkmWaitingNotMet: number;
  /** Participants grouped by identical status. */
  readonly groups: readonly ProtectionGroup[];
  /** What each funder payment did. */
  readonly payments: readonly FunderPaymentEffect[];
}

/** Totals for a funder or a region. */
export interface ProtectionSummary {
  /** The funder or region. */
  readonly key: string;
  /** The cohorts included. */
  readonly cohorts: readonly string[];
  /** Number of participants. */
  readonly participants: number;
  /** Participants by risk. */
  readonly byRisk: RiskCounts;
  /** BPU participants for whom the JKM waiting rule is not yet met. */
  readonly jkmWaitingNotMet: number;
  /** Participant-months paid after their due date. */
  readonly participantMonthsPaidLate: number;
}

/** The result of {@link programmeProtection}. */
export interface ProgrammeProtection {
  /** The review date. */
  readonly asOf: CalendarDate;
  /** The warning window used, in days. */
  readonly warningDays: number;
  /** Per cohort. */
  readonly cohorts: readonly CohortProtection[];
  /** Per funder. */
  readonly byFunder: readonly ProtectionSummary[];
  /** Per region. */
  readonly byRegion: readonly ProtectionSummary[];
  /** The risk categories, in both languages. */
  readonly rule: BilingualText;
  /** Legal basis of the rules used. */
  readonly citations: readonly Citation[];
}

const DEFAULT_WARNING_DAYS = 30;

const RISK_RULE = text(
  'Hilang: kepesertaan berakhir (lebih dari 3 bulan berturut-turut menunggak, Perdir 22/PERDIR.02/072022). Tidak terlindungi: ada iuran lewat jatuh tempo yang belum dibayar (BPU tanpa perlindungan selama menunggak) atau tidak ada iuran terjadwal. Berisiko: terlindungi, tetapi iuran berikutnya jatuh tempo dalam jendela peringatan dan belum dibayar.',
  'Lost: the membership ended (more than 3 consecutive unpaid months, Perdir 22/PERDIR.02/072022). Unprotected: a contribution is past due and unpaid (no BPU protection while unpaid), or none is scheduled. At risk: protected, but the next contribution falls due within the warning window and is unpaid.',
);

function emptyCounts(): Record<ProtectionRisk, number> {
  return { lost: 0, unprotected: 0, atRisk: 0, protected: 0 };
}

/**
 * Which participants of a programme lost or risk losing protection at a date, per cohort, per
 * funder and per region, from the funders' actual payment dates. A funder payment made after a
 * month's due date makes that month late for every participant it covers (for BPU: no protection
 * between the due date and the payment); more than 3 consecutive unpaid months end their
 * membership (*kepesertaan berakhir*).
 *
 * @example
 * ```ts
 * import { programmeProtection } from 'jamsostek';
 * const review = programmeProtection(
 *   [{
 *     id: 'kupang-2026', funder: 'Pemkab Kupang', region: 'Kabupaten Kupang',
 *     months: { from: '2026-01', to: '2026-12' }, contributionPerParticipant: 16_800,
 *     participants: ['A', 'B', 'C'],
 *     payments: [
 *       { paidOn: '2026-01-10', months: ['2026-01'] },
 *       { paidOn: '2026-02-25', months: ['2026-02'] },
 *     ],
 *   }],
 *   { asOf: '2026-03-20' },
 * );
 * const cohort = review.cohorts[0];
 * console.log(cohort?.byRisk.unprotected, cohort?.payments[1]?.lateMonths[0]?.daysLate); // 3 10
 * ```
 */
export function programmeProtection(cohorts: readonly ProgrammeCohortInput[], options: ProgrammeProtectionOptions): ProgrammeProtection {
  const parsed = parseInput(ProgrammeCohortsSchema, cohorts, ['cohorts']);
  const o = parseInput(ProgrammeProtectionOptionsSchema, options, ['options']);
  const law = o.law ?? baselineLaw;
  const warningDays = o.warningDays ?? DEFAULT_WARNING_DAYS;
  const asOf = o.asOf;
  const citations: Citation[] = [];
  const addCitations = (list: readonly Citation[]) => {
    for (const c of list) if (!citations.includes(c)) citations.push(c);
  };
  const results: CohortProtection[] = parsed.map((cohort, ci) => {
    const segment: PaymentSegment = cohort.segment ?? 'BPU';
    const months = monthsIn(cohort.months);
    const schedule: ParsedSchedule = { segment, months: months.map((month) => ({ month, dueDate: undefined, due: cohort.contributionPerParticipant })) };
    const ids = cohort.participants.map((p) => (typeof p === 'string' ? p : p.id));
    const index = new Map<string, number>();
    ids.forEach((id, i) => {
      if (index.has(id)) fail({ code: 'invalid_input', path: ['cohorts', ci, 'participants', i], message: `Participant ${id} is listed twice in cohort ${cohort.id}`, reason: 'custom' });
      index.set(id, i);
    });
    // Which payments cover each participant.
    const covering: number[][] = ids.map(() => []);
    const effects: FunderPaymentEffect[] = cohort.payments.map((p, pi) => {
      p.months.forEach((month, j) => {
        if (monthIndex(month) < monthIndex(cohort.months.from) || monthIndex(month) > monthIndex(cohort.months.to)) {
          fail({ code: 'invalid_input', path: ['cohorts', ci, 'payments', pi, 'months', j], message: `Payment names ${month}, outside the cohort's months ${cohort.months.from} to ${cohort.months.to}`, reason: 'custom' });
        }
      });
      const covered = p.participants ?? ids;
      covered.forEach((id, j) => {
        const at = index.get(id);
        if (at === undefined) fail({ code: 'invalid_input', path: ['cohorts', ci, 'payments', pi, 'participants', j], message: `Participant ${id} is not in cohort ${cohort.id}`, reason: 'custom' });
        covering[at]!.push(pi);
      });
      const lateMonths = p.months
        .map((month) => ({ month, dueDate: lawDueDate(law, segment, month).date }))
        .filter((m) => p.paidOn > m.dueDate)
        .map((m) => ({ ...m, daysLate: daysBetween(m.dueDate, p.paidOn) }));
      const expectedAmount = multiplyRupiah(multiplyRupiah(cohort.contributionPerParticipant, p.months.length), covered.length);
      return {
        payment: pi,
        ...(p.id === undefined ? {} : { id: p.id }),
        paidOn: p.paidOn,
        participants: covered.length,
        lateMonths,
        expectedAmount,
        amountMismatch: p.amount !== undefined && p.amount !== expectedAmount ? p.amount : null,
      };
    });
    // One computation per distinct profile.
    const profiles = new Map<string, { ids: string[]; registeredOn: CalendarDate | undefined; jhtClaimed: boolean; payments: number[] }>();
    cohort.participants.forEach((p, i) => {
      const registeredOn = typeof p === 'string' ? undefined : p.registeredOn;
      const jhtClaimed = typeof p === 'string' ? false : p.jhtClaimed ?? false;
      const key = `${registeredOn ?? ''}|${jhtClaimed ? 1 : 0}|${covering[i]!.join(',')}`;
      let profile = profiles.get(key);
      if (profile === undefined) {
        profile = { ids: [], registeredOn, jhtClaimed, payments: covering[i]! };
        profiles.set(key, profile);
      }
      profile.ids.push(ids[i]!);
    });
    const byRisk = emptyCounts();
    let jkmWaitingNotMet = 0;
    const groups: ProtectionGroup[] = [];
    for (const profile of profiles.values()) {
      const payments: ParsedPayment[] = profile.payments.map((pi) => {
        const p = cohort.payments[pi]!;
        return { amount: multiplyRupiah(cohort.contributionPerParticipant, p.months.length), paidOn: p.paidOn, months: p.months, payer: cohort.funder, ...(p.id === undefined ? {} : { id: p.id }) };
      });
      let record;
      try {
        record = buildRecord(schedule, payments, { asOf, registeredOn: profile.registeredOn, jhtClaimed: profile.jhtClaimed, law, rounding: HALF_UP_TO_RUPIAH });
      } catch (error) {
        // Re-root errors at the input that caused them: a participant's payments at the cohort's
        // payments, a registration date at the participant, the review date at the options.
        if (isJamsostekError(error) && error.code === 'invalid_input') {
          const [head, second] = error.path;
          const path =
            head === 'payments' && typeof second === 'number'
              ? ['cohorts', ci, 'payments', profile.payments[second] ?? second, ...error.path.slice(2)]
              : head === 'options' && second === 'registeredOn'
                ? ['cohorts', ci, 'participants', index.get(profile.ids[0]!)!, 'registeredOn']
                : head === 'options' && second === 'asOf'
                  ? ['options', 'asOf']
                  : ['cohorts', ci, ...error.path];
          fail({ code: 'invalid_input', path, message: `${error.issues[0]?.message ?? error.message} (participant ${profile.ids[0] ?? ''})`, reason: 'custom' });
        }
        throw error;
      }
      addCitations(record.citations);
      const status = statusFromRecord(record, profile.jhtClaimed, law);
      addCitations(status.membership.citations);
      const m = status.membership;
      const next = status.months.find((x) => x.state === 'notYetDue' && x.outstanding > 0);
      const nextDueDate = next?.dueDate ?? null;
      const risk: ProtectionRisk =
        m.state === 'ended' || m.reason === 'lapsedAfterJhtClaim'
          ? 'lost'
          : m.state === 'inactive'
            ? 'unprotected'
            : nextDueDate !== null && daysBetween(asOf, nextDueDate) <= warningDays
              ? 'atRisk'
              : 'protected';
      let jkmWaitingMet: boolean | null = null;
      if (segment === 'BPU') {
        const waiting = valueAt(law.parameter('benefit.jkm.bpuWaitingRule'), asOf);
        addCitations(waiting.citations);
        const { counted } = countedMonths(record, waiting.value.prepaidMonthsCount);
        const set = new Set<string>(counted);
        let run = 0;
        for (const month of months) {
          if (!set.has(month)) break;
          run++;
        }
        jkmWaitingMet = run >= waiting.value.minConsecutivePaidMonths;
        if (!jkmWaitingMet) jkmWaitingNotMet += profile.ids.length;
      }
      byRisk[risk] += profile.ids.length;
      groups.push({
        participantIds: profile.ids,
        risk,
        membership: m,
        nextDueDate,
        lateMonths: status.months.filter((x) => x.state === 'paidLate').map((x) => ({ month: x.month, dueDate: x.dueDate, paidOn: x.paidOn!, daysLate: x.daysLate })),
        jkmWaitingMet,
      });
    }
    return { id: cohort.id, funder: cohort.funder, region: cohort.region, participants: ids.length, byRisk, jkmWaitingNotMet, groups, payments: effects };
  });
  return {
    asOf,
    warningDays,
    cohorts: results,
    byFunder: summarise(results, (c) => c.funder),
    byRegion: summarise(results, (c) => c.region),
    rule: RISK_RULE,
    citations,
  };
}

function summarise(cohorts: readonly CohortProtection[], keyOf: (c: CohortProtection) => string): ProtectionSummary[] {
  const map = new Map<string, { cohorts: string[]; participants: number; byRisk: Record<ProtectionRisk, number>; jkmWaitingNotMet: number; late: number }>();
  for (const c of cohorts) {
    const key = keyOf(c);
    let s = map.get(key);
    if (s === undefined) {
      s = { cohorts: [], participants: 0, byRisk: emptyCounts(), jkmWaitingNotMet: 0, late: 0 };
      map.set(key, s);
    }
    s.cohorts.push(c.id);
    s.participants += c.participants;
    s.jkmWaitingNotMet += c.jkmWaitingNotMet;
    for (const r of Object.keys(s.byRisk) as ProtectionRisk[]) s.byRisk[r] += c.byRisk[r];
    for (const g of c.groups) s.late += g.participantIds.length * g.lateMonths.length;
  }
  return [...map.entries()].map(([key, s]) => ({ key, cohorts: s.cohorts, participants: s.participants, byRisk: s.byRisk, jkmWaitingNotMet: s.jkmWaitingNotMet, participantMonthsPaidLate: s.late }));
}
