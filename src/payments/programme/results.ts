/**
 * What a programme review returns: per cohort the groups of participants who share one status,
 * the effect of every funder payment, and counts by risk; the same counts per funder and region.
 *
 * @module
 */
import type { CalendarDate, YearMonth } from '../../core/calendar';
import type { BilingualText } from '../../core/explain';
import type { Rupiah } from '../../core/money';
import type { Citation } from '../../law/citation';
import type { LawUsed } from '../../law/lawUsed';
import type { MembershipAt } from '../membership';

/**
 * Where a participant stands: `lost` (membership ended), `unprotected` (inactive: arrears past
 * due, or no contribution scheduled), `at_risk` (protected, but the next unpaid month falls due
 * within the warning window), `protected`.
 */
export type ProtectionRisk = 'lost' | 'unprotected' | 'at_risk' | 'protected';

/** A month paid after its due date. */
export interface LateMonth {
  /** The iuran month. */
  readonly month: YearMonth;
  /** Its due date. */
  readonly dueDate: CalendarDate;
  /** When it was paid. */
  readonly paymentDate: CalendarDate;
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
  /** The months paid late. */
  readonly paidLate: readonly LateMonth[];
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
  readonly paymentDate: CalendarDate;
  /** How many participants it covers. */
  readonly participantCount: number;
  /** The months it paid after their due dates. */
  readonly paidLate: readonly { readonly month: YearMonth; readonly dueDate: CalendarDate; readonly daysLate: number }[];
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
  readonly participantCount: number;
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
  readonly participantCount: number;
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
  /** Every value of law read. */
  readonly lawUsed: readonly LawUsed[];
}
