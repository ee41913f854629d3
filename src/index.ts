/**
 * jamsostek: Indonesia's employment social security law (BPJS Ketenagakerjaan) as typed, exact,
 * explainable functions. This module re-exports the public surface; it holds no logic.
 *
 * @packageDocumentation
 */

// --- core: errors, money, calendar, explanations ---------------------------------------------
export { JamsostekError, isJamsostekError } from './core/errors';
export type {
  JamsostekIssue,
  JamsostekErrorCode,
  PathSegment,
  InvalidInputIssue,
  MissingFactIssue,
  ParameterNotInForceIssue,
  AmountOutOfRangeIssue,
  InvalidOverlayIssue,
  RuleConflictIssue,
  UndefinedByLawIssue,
} from './core/errors';
export { rupiah, percent, roundRupiah, sumRupiah, formatRupiah, HALF_UP_TO_RUPIAH, ROUNDING_MODES, RoundingSchema, RateSchema } from './core/money';
export type { Rupiah, AmountInput, Rate, Rounding, RoundingMode } from './core/money';
export {
  yearMonth,
  calendarDate,
  addMonths,
  monthsBetween,
  monthRange,
  monthsIn,
  isMonthInRange,
  daysInYearMonth,
  dateInMonth,
  yearMonthOf,
  firstDayOf,
  lastDayOf,
  addDays,
  daysBetween,
  ageOn,
  compareCalendar,
  YearMonthSchema,
  CalendarDateSchema,
  MonthRangeSchema,
  MIN_YEAR,
  MAX_YEAR,
  MAX_RANGE_MONTHS,
} from './core/calendar';
export type { YearMonth, CalendarDate, MonthRange, DayOverflow } from './core/calendar';
export type { Language, BilingualText } from './core/explain';

// --- law: citations, dated parameters, registry and overlays -----------------------------------
export { formatCitation, CitationSchema, LegalStatusSchema, ConfidenceSchema } from './law/citation';
export type { Citation, Instrument, LegalStatus, Confidence } from './law/citation';
export { valueAt, coverageOf } from './law/timeline';
export type { Parameter, ParameterValue, ResolvedValue, Granularity, ParameterKind, LookupOptions, BeyondLastValue } from './law/timeline';
export { baselineLaw, withOverlay, ParameterOverlaySchema, OverlayValueSchema } from './law/registry';
export type { LawRegistry, ParameterId, ParameterValueOf, ParameterOverlay, OverlayValue } from './law/registry';
export type { IncomeBracket } from './law/parameters/bpu';
export type { PayerRates, WageBaseRules, ProgramsByScale } from './law/parameters/pu';
export type { JkpComposition } from './law/parameters/jkp';
export type { CapIndexation } from './law/parameters/jp';
export type { Pp49Relief, Pp7Relief, Pp50Relief } from './law/parameters/relief';
export type { DueDateRule } from './law/parameters/dueDates';
export type { RatesByRiskClass } from './law/parameters/common';

// --- contributions -------------------------------------------------------------------------------
export { monthlyContribution } from './contributions/monthly';
export { contributionSchedule } from './contributions/schedule';
export type { ContributionSchedule, LawChange } from './contributions/schedule';
export { bpuIncomeBracket } from './contributions/bpuIncomeBracket';
export type { BpuBracketResult } from './contributions/bpuIncomeBracket';
export { jpWageCap, nextJpWageCap } from './contributions/jpWageCap';
export type { JpWageCapResult, JpWageCapOptions, JpWageCapProjection } from './contributions/jpWageCap';
export { ContributionOptionsSchema } from './contributions/options';
export type { ContributionOptions } from './contributions/options';
export { ParticipantSchema, PuParticipantSchema, BpuParticipantSchema } from './contributions/participant';
export type {
  ParticipantInput,
  PuParticipantInput,
  BpuParticipantInput,
  PuWageInput,
  LaborIntensiveFacts,
  EmployerScale,
  PuProgram,
  BpuProgram,
  BpuSector,
  FundingSource,
  LaborIntensiveIndustry,
  RiskClass,
} from './contributions/participant';
export type {
  MonthlyContribution,
  ContributionLine,
  ContributionProgram,
  ContributionPayer,
  ContributionTotals,
  LineRelief,
  LawUsed,
  ExplanationStep,
  WageDerivation,
  BracketUsed,
} from './contributions/lines';

// --- eligibility (issue 3) ------------------------------------------------------------------------

// --- funding and programme plans (issue 4) --------------------------------------------------------

// --- payments and membership status (issue 5) -----------------------------------------------------

// --- benefits (issue 6) ---------------------------------------------------------------------------
