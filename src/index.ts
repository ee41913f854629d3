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
export { rupiah, percent, roundRupiah, RoundRupiahOptionsSchema, sumRupiah, formatRupiah, HALF_UP_TO_RUPIAH, ROUNDING_MODES, RoundingSchema, RateSchema } from './core/money';
export type { Rupiah, AmountInput, Rate, Rounding, RoundingMode, RoundRupiahOptions } from './core/money';
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
export type { OverlayForm, OverlayObject } from './law/overlayForm';
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

// --- eligibility ------------------------------------------------------------------------------
export { defineCriterion, Criterion } from './eligibility/rule';
export type { CriterionSpec, CriterionContext, CriterionVerdict } from './eligibility/rule';
export { RuleIdSchema, BilingualTextSchema, CitationsSchema, EffectivePeriodSchema } from './eligibility/schemas';
export type { EffectivePeriod, EffectivePeriodInput } from './eligibility/schemas';
export type { FactSchemas, FactsOf, FactValues, FactInput, AnyFacts, CandidateFacts, FactsOfRule, FactsOfRules } from './eligibility/factTypes';
export { allOf, anyOf, not, RuleGroup } from './eligibility/group';
export type { RuleNode, GroupKind, GroupOptions } from './eligibility/group';
export { MAX_RULE_DEPTH } from './eligibility/depth';
export { defineRuleSet, RuleSet } from './eligibility/ruleSet';
export type { RuleSetSpec } from './eligibility/ruleSet';
export { extendRuleSet } from './eligibility/extend';
export type { RuleSetExtension, ExtensionRules, ExtendedFacts } from './eligibility/extend';
export { evaluateEligibility, EligibilityOptionsSchema } from './eligibility/evaluate';
export type { EligibilityOptions, FactsArgument, UnknownFactsPolicy } from './eligibility/evaluate';
export type { EligibilityResult, EligibleResult, IneligibleResult, UndeterminedResult, EligibilityOutcome, CriterionResult, DecidedCriterionResult, UndeterminedCriterionResult, CriterionStatus, FailedCriterion } from './eligibility/result';
export { screenCandidates, screenEach, ScreeningOptionsSchema } from './eligibility/batch';
export type { ScreeningOptions, ScreeningSummary, ScreenedCandidate, CandidateError, OnInvalidCandidate } from './eligibility/batch';
export { ELIGIBILITY_FACTS } from './eligibility/facts';
export type { EligibilityFacts, EmploymentStatus, OtherFunding } from './eligibility/facts';
export { parseNik, NikSchema } from './eligibility/nik';
export type { NikInfo, NikSex, ParseNikOptions } from './eligibility/nik';
export { bpuOutsideEmployment, bpuRegistrationAge, bpuOccupationLimit, bpuBasicsRuleSet } from './eligibility/rulesets/bpuBasics';
export type { BpuBasicsFacts } from './eligibility/rulesets/bpuBasics';
export { domicileIn, dtsenDecileAtMost, incomeBelow, notFundedByOtherGovernment, activeInformalWork, pekerjaRentanRuleSet, PekerjaRentanConfigSchema } from './eligibility/rulesets/pekerjaRentan';
export type { PekerjaRentanConfig, PekerjaRentanFacts, AssistedProgram, AssistanceCriterionOptions } from './eligibility/rulesets/pekerjaRentan';
export { NTT_2026_CONFIG, ntt2026RuleSet } from './eligibility/rulesets/ntt2026';

// --- funding and programme plans ---------------------------------------------------------------------
export { allocate, AllocateOptionsSchema, RemainderPolicySchema, SharesSchema, ShareSchema, ShareValueSchema, WholeRupiahSchema } from './funding/allocate';
export type { Allocation, AllocationPart, AllocateOptions, RemainderPolicy, ShareInput, PercentShare, RatioShare, Shares, ShareValue } from './funding/allocate';
export { FunderSchema, DEFAULT_BUDGET_TYPE } from './funding/funders';
export type { FunderInput, FunderKind, Funder, CapOverflow } from './funding/funders';
export { ArrangementSchema } from './funding/arrangement';
export type { ArrangementInput } from './funding/arrangement';
export { FundingOptionsSchema } from './funding/options';
export type { FundingOptions } from './funding/options';
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
export { maxParticipants, budgetDuration, MaxParticipantsSchema, BudgetDurationSchema, ParticipantCostSchema } from './funding/budget';
export type { MaxParticipantsInput, MaxParticipantsResult, BudgetDurationInput, BudgetDurationResult, MonthCost, MonthBalance } from './funding/budget';
export { coverageRatio, coverageChange, participantsForTarget, CoverageCountsSchema, CoverageOptionsSchema, CoverageTargetSchema, PercentTextSchema, PercentRoundingSchema } from './funding/coverage';
export type { CoverageRatio, CoverageChange, CoverageCounts, CoverageFigure, CoverageOptions, CoverageTargetInput, CoverageTargetResult, ParticipantCostInput, PercentRounding } from './funding/coverage';
export type { Fraction } from './funding/rational';

// --- payments and membership status ----------------------------------------------------------
export { applyPayments, ALLOCATION_RULE, PaymentScheduleSchema, ScheduleMonthSchema, PaymentSchema, PaymentsSchema, PaymentRecordOptionsSchema } from './payments/record';
export type {
  PaymentSegment,
  ScheduleMonthInput,
  PaymentScheduleInput,
  PaymentInput,
  RecordOptions,
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
export { lateFine, LateFineInputSchema, LateFineOptionsSchema } from './payments/fines';
export type { LateFineInput, LateFineOptions, LateFineResult, FineCapNote } from './payments/fines';
export { arrearsStatement, ArrearsStatementOptionsSchema } from './payments/arrears';
export type { FineComponent, MonthFine, MonthOwed, ArrearsTotals, ArrearsStatement, ArrearsStatementOptions } from './payments/arrears';
export { contributionPeriods, ContributionPeriodOptionsSchema } from './payments/periods';
export type { ContributionPeriodOptions, ContributionPeriods } from './payments/periods';
export {
  jkmWaitingPeriodCheck,
  scholarshipPeriodCheck,
  jkpPeriodCheck,
  JkmWaitingPeriodOptionsSchema,
  ScholarshipPeriodOptionsSchema,
  JkpPeriodOptionsSchema,
} from './payments/periodChecks';
export type { JkmWaitingPeriodOptions, ScholarshipPeriodOptions, PeriodCheck, JkpPeriodOptions, JkpPeriodCheck } from './payments/periodChecks';
export { programmeProtection, ProgrammeCohortSchema, ProgrammeCohortsSchema, ProgrammeParticipantSchema, FunderPaymentSchema, ProgrammeProtectionOptionsSchema } from './payments/programme';
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

// --- benefits --------------------------------------------------------------------------------------
export { jkkBenefit, JkkInputSchema } from './benefits/jkk';
export type { JkkInput, JkkBenefit, JkkOutcomeInput, TransportMode, StmbMonth } from './benefits/jkk';
export { jkmBenefit, JkmInputSchema } from './benefits/jkm';
export type { JkmInput, JkmBenefit, AlternativeReading } from './benefits/jkm';
export { scholarshipEntitlement, ScholarshipInputSchema, ScholarshipChildSchema } from './benefits/scholarship';
export type { ScholarshipInput, ScholarshipChildInput, ChildEducationInput, ScholarshipEntitlement, ScholarshipChildResult, ScholarshipPayment, ScholarshipSummary } from './benefits/scholarship';
export { jhtBalance, JhtProjectionInputSchema } from './benefits/jhtBalance';
export type { JhtProjectionInput, JhtBalanceOptions, JhtProjection, JhtProjectionMonth, CompoundingConvention } from './benefits/jhtBalance';
export { jhtWithdrawal, JhtWithdrawalInputSchema } from './benefits/jhtWithdrawal';
export type { JhtWithdrawalInput, JhtWithdrawal } from './benefits/jhtWithdrawal';
export { jpBenefit, jpRetirementDate, JpInputSchema, JpOptionsSchema } from './benefits/jp';
export type { JpInput, JpOptions, JpBenefit, JpMonthlyPension, JpNoPension, JpAppliedLimits, JpRetirementDate, SurvivorPension } from './benefits/jp';
export { jkpBenefit, JkpInputSchema, JkpOptionsSchema } from './benefits/jkp';
export type { JkpInput, JkpOptions, JkpBenefit, JkpMonth, TerminationReason } from './benefits/jkp';
export { claimsSummary, ClaimsSummaryInputSchema } from './benefits/claims';
export type { ClaimsSummaryInput, ClaimsSummary, ClaimGroup, PaidClaimInput, ClaimProgram, ClaimType } from './benefits/claims';
export { BenefitOptionsSchema } from './benefits/options';
export type { BenefitOptions } from './benefits/options';
export { EarningsSchema } from './benefits/earnings';
export type { EarningsInput, EarningsBase } from './benefits/earnings';
export type { BenefitComponent, BenefitCondition, AmountKind } from './benefits/result';
export type { JkmCash, JkkCash, StmbPeriod, TransportCaps, EducationLevel, ScholarshipLevel, ScholarshipRules, BpuJkmWaitingRule } from './law/parameters/benefitsJkkJkm';
export type { JhtPartialWithdrawal, JhtPayoutTrigger, JhtPayoutRules, JpPensionRules, JpBenefitLimits, JpLimitIndexation } from './law/parameters/benefitsJhtJp';
export type { JkpBenefitRules, JkpCashPeriod } from './law/parameters/benefitsJkp';
