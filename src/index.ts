/**
 * jamsostek: Indonesia's employment social security law (BPJS Ketenagakerjaan) as typed, exact,
 * explainable functions. This module re-exports the public surface; it holds no logic.
 *
 * @packageDocumentation
 */

// --- core: errors, money, calendar, explanations ---------------------------------------------
export { JamsostekError, isJamsostekError, MAX_MESSAGE_LENGTH } from './core/errors';
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
export type { YearMonth, CalendarDate, MonthRange, DayOverflow, DateInMonthOptions } from './core/calendar';
export type { Language, BilingualText } from './core/explain';
export { regionCode, regionLevel, regionContains, RegionCodeSchema } from './core/region';
export type { RegionCode, RegionLevel } from './core/region';

// --- law: citations, dated parameters, registry and overlays -----------------------------------
export { formatCitation, CitationSchema, LegalStatusSchema, ConfidenceSchema } from './law/citation';
export type { Citation, Instrument, LegalStatus, Confidence } from './law/citation';
export { coverageOf } from './law/timeline';
export type { Parameter, ParameterValue, ResolvedValue, Granularity, ParameterKind } from './law/timeline';
export { valueAt } from './law/lookup';
export type { LookupOptions } from './law/lookup';
export { ProjectionSchema } from './law/options';
export type { LawOptions, Projection } from './law/options';
export { baselineLaw, withOverlay, ParameterOverlaySchema, OverlayValueSchema } from './law/registry';
export type { LawRegistry, ParameterId, ParameterValueOf, ParameterOverlay, OverlayValue, OverlayValues } from './law/registry';
export type { OverlayForm } from './law/overlayForm';
export type { LawUsed } from './law/lawUsed';
export type { ExplanationStep } from './law/explanation';
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
export { contributionBatch, ColumnRosterSchema } from './contributions/batch';
export type { ContributionBatch, BatchLineKind, ColumnRoster, PuColumnRoster, BpuColumnRoster, NumberColumn } from './contributions/batch';
export { streamContributionBatches, StreamOptionsSchema } from './contributions/stream';
export type { StreamRoster, StreamOptions, StreamedBatch, PuStreamMember, BpuStreamMember } from './contributions/stream';
export type { ContributionSchedule, LawChange } from './contributions/schedule';
export { bpuIncomeBracket, BpuIncomeBracketOptionsSchema } from './contributions/bpuIncomeBracket';
export type { BpuBracketResult, BpuIncomeBracketOptions } from './contributions/bpuIncomeBracket';
export { jpWageCap, nextJpWageCap, JpWageCapOptionsSchema, NextJpWageCapOptionsSchema } from './contributions/jpWageCap';
export type { JpWageCapResult, JpWageCapOptions, NextJpWageCapOptions } from './contributions/jpWageCap';
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
  RecomposedProgram,
  WageDerivation,
  BracketUsed,
} from './contributions/lines';

// --- eligibility (issue 3) ------------------------------------------------------------------------
export { defineCriterion, Criterion, RuleIdSchema, BilingualTextSchema, BasisSchema, EffectivePeriodSchema } from './eligibility/rule';
export type { CriterionSpec, CriterionContext, CriterionVerdict, FactSchemas, FactsOf, EffectivePeriod, EffectivePeriodInput } from './eligibility/rule';
export { allOf, anyOf, not, defineRuleSet, extendRuleSet, RuleSet, RuleGroup, MAX_RULE_DEPTH } from './eligibility/compose';
export type { RuleNode, GroupKind, GroupOptions, RuleSetSpec, RuleSetExtension } from './eligibility/compose';
export { evaluateEligibility, EligibilityOptionsSchema } from './eligibility/evaluate';
export type { EligibilityResult, EligibilityOutcome, EligibilityOptions, CriterionResult, CriterionStatus, FailedCriterion } from './eligibility/evaluate';
export { screenCandidates, screenEach, ScreeningOptionsSchema } from './eligibility/batch';
export type { ScreeningOptions, ScreeningSummary, ScreenedCandidate, CandidateError, OnInvalidCandidate } from './eligibility/batch';
export { ELIGIBILITY_FACTS } from './eligibility/facts';
export type { CandidateFacts, EmploymentStatus, OtherFunding } from './eligibility/facts';
export { parseNik, NikSchema } from './eligibility/nik';
export type { NikInfo, NikSex, ParseNikOptions } from './eligibility/nik';
export { bpuOutsideEmployment, bpuRegistrationAge, bpuOccupationLimit, bpuBasicsRuleSet } from './eligibility/rulesets/bpuBasics';
export { domicileIn, dtsenDecileAtMost, incomeBelow, notFundedByOtherGovernment, activeInformalWork, pekerjaRentanRuleSet, PekerjaRentanConfigSchema } from './eligibility/rulesets/pekerjaRentan';
export type { PekerjaRentanConfig, AssistedProgram } from './eligibility/rulesets/pekerjaRentan';
export { NTT_2026_CONFIG, ntt2026RuleSet } from './eligibility/rulesets/ntt2026';

// --- funding and programme plans (issue 4) --------------------------------------------------------
export { allocate, AllocationPolicySchema, RemainderPolicySchema, SharesSchema, ShareSchema, WholeRupiahSchema } from './funding/allocate';
export type { Allocation, AllocationPart, AllocationPolicy, RemainderPolicy, ShareInput } from './funding/allocate';
export { FunderSchema, DEFAULT_BUDGET_TYPE } from './funding/funders';
export type { FunderInput, FunderKind, Funder, CapOverflow } from './funding/funders';
export { ArrangementSchema } from './funding/arrangement';
export type { ArrangementInput } from './funding/arrangement';
export { planProgramme, ProgrammePlanSchema, PlanProfileSchema } from './funding/plan';
export type {
  ProgrammePlanInput,
  ProgrammePlan,
  RosterInput,
  CohortInput,
  PlanProfileInput,
  BudgetFit,
  FunderTotal,
  PlanMonth,
  RosterSummary,
  ProfileSummary,
  AmountRun,
} from './funding/plan';
export { maxParticipants, budgetDuration, MaxParticipantsSchema, BudgetDurationSchema } from './funding/budget';
export type { MaxParticipantsInput, MaxParticipantsResult, BudgetDurationInput, BudgetDurationResult } from './funding/budget';
export { coverageRatio, coverageChange, participantsForTarget, CoverageCountsSchema, CoverageTargetSchema, PercentTextSchema, PercentRoundingSchema } from './funding/coverage';
export type { CoverageRatio, CoverageChange, CoverageFigure, CoverageTargetInput, CoverageTargetResult, PercentRounding } from './funding/coverage';
export type { Fraction } from './funding/rational';

// --- payments and membership status (issue 5) -----------------------------------------------------
export { applyPayments, ALLOCATION_RULE, PaymentScheduleSchema, ScheduleMonthSchema, PaymentSchema, PaymentsSchema, PaymentRecordOptionsSchema } from './payments/record';
export type {
  PaymentSegment,
  ScheduleMonthInput,
  PaymentScheduleInput,
  PaymentInput,
  PaymentRecordOptions,
  PaymentAllocation,
  RecordMonth,
  UnallocatedPayment,
  FinePayment,
  Lapse,
  PaymentRecord,
} from './payments/record';
export { membershipStatus, MembershipStatusOptionsSchema } from './payments/status';
export type { MonthState, MonthStatus, MembershipState, MembershipReason, MembershipAt, MembershipStatus, MembershipStatusOptions } from './payments/status';
export { lateFine, arrearsStatement, LateFineInputSchema, FineOptionsSchema, ArrearsStatementOptionsSchema } from './payments/fines';
export type { LateFineInput, FineOptions, LateFineResult, FineComponent, MonthFine, FineCapNote, MonthOwed, ArrearsTotals, ArrearsStatement, ArrearsStatementOptions } from './payments/fines';
export {
  contributionPeriods,
  jkmWaitingPeriodCheck,
  scholarshipPeriodCheck,
  jkpPeriodCheck,
  ContributionPeriodOptionsSchema,
  EventPeriodOptionsSchema,
  JkpPeriodOptionsSchema,
} from './payments/periods';
export type { ContributionPeriodOptions, ContributionPeriods, EventPeriodOptions, PeriodCheck, JkpPeriodOptions, JkpPeriodCheck } from './payments/periods';
export { programmeProtection, ProgrammeCohortSchema, ProgrammeCohortsSchema, FunderPaymentSchema, ProgrammeProtectionOptionsSchema } from './payments/programme';
export type {
  ProgrammeParticipantInput,
  FunderPaymentInput,
  ProgrammeCohortInput,
  ProgrammeProtectionOptions,
  ProtectionRisk,
  LateMonth,
  ProtectionGroup,
  FunderPaymentEffect,
  RiskCounts,
  CohortProtection,
  ProtectionSummary,
  ProgrammeProtection,
} from './payments/programme';
export type { LateFineRule, BpuLapseRule, AdvancePaymentRule } from './law/parameters/payments';

// --- benefits (issue 6) ---------------------------------------------------------------------------
export { jkkBenefit, JkkInputSchema } from './benefits/jkk';
export type { JkkInput, JkkBenefit, JkkOutcomeInput, TransportMode, StmbMonth } from './benefits/jkk';
export { jkmBenefit, JkmInputSchema } from './benefits/jkm';
export type { JkmInput, JkmBenefit, AlternativeReading } from './benefits/jkm';
export { scholarshipEntitlement, ScholarshipInputSchema, ScholarshipChildSchema } from './benefits/scholarship';
export type { ScholarshipInput, ScholarshipChildInput, ChildEducationInput, ScholarshipEntitlement, ScholarshipChildResult, ScholarshipPayment, ScholarshipSummary } from './benefits/scholarship';
export { jhtBalance, jhtWithdrawal, JhtProjectionInputSchema, JhtWithdrawalInputSchema } from './benefits/jht';
export type { JhtProjectionInput, JhtProjection, JhtProjectionMonth, CompoundingConvention, JhtWithdrawalInput, JhtWithdrawal } from './benefits/jht';
export { jpBenefit, jpRetirementDate, JpInputSchema, JpOptionsSchema } from './benefits/jp';
export type { JpInput, JpOptions, JpBenefit, JpRetirementDate, SurvivorPension } from './benefits/jp';
export { jkpBenefit, JkpInputSchema, JkpOptionsSchema } from './benefits/jkp';
export type { JkpInput, JkpOptions, JkpBenefit, JkpMonth, TerminationReason } from './benefits/jkp';
export { claimsSummary, ClaimsSummaryInputSchema } from './benefits/claims';
export type { ClaimsSummaryInput, ClaimsSummary, ClaimGroup, PaidClaimInput, ClaimProgram, ClaimType } from './benefits/claims';
export { BenefitOptionsSchema, EarningsSchema } from './benefits/result';
export type { BenefitComponent, BenefitCondition, BenefitOptions, ComponentBasis, EarningsInput, EarningsBase } from './benefits/result';
export type { JkmCash, JkkCash, StmbPeriod, TransportCaps, EducationLevel, ScholarshipLevel, ScholarshipRules, BpuJkmWaitingRule } from './law/parameters/benefitsJkkJkm';
export type { JhtPartialWithdrawal, JhtPayoutTrigger, JhtPayoutRules, JpPensionRules, JpBenefitLimits } from './law/parameters/benefitsJhtJp';
export type { JkpBenefitRules, JkpCashPeriod } from './law/parameters/benefitsJkp';
