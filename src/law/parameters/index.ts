/**
 * Every baseline parameter, by id. Add a new parameter file's exports here.
 *
 * @module
 * @internal
 */
import { bpuIncomeBrackets, bpuJhtRate, bpuJkkRate, bpuJkmAmount } from './bpu';
import { benefitJhtPartial, benefitJhtPayout, benefitJpLimitIndexation, benefitJpLimits, benefitJpLimitsDerived, benefitJpRetirementAge, benefitJpRules } from './benefitsJhtJp';
import { benefitJkkCash, benefitJkkStmb, benefitJkkTransport, benefitJkmBpuWaiting, benefitJkmCash, benefitJkmScholarshipMinMonths, benefitScholarship } from './benefitsJkkJkm';
import { benefitJkpRules } from './benefitsJkp';
import { bpuDueDate, puDueDate } from './dueDates';
import { bpuMaxOccupations, bpuRegistrationAgeLimit } from './eligibility';
import { jkpComposition, jkpWageCap } from './jkp';
import { jpWageCap, jpWageCapIndexation } from './jp';
import { bpuAdvancePayment, bpuLapse, bpuLateFine, puLateFine } from './payments';
import { puJhtRates, puJkkRates, puJkmRate, puJpRates, puProgramsByScale, puWageBaseRules } from './pu';
import { reliefPp49, reliefPp50, reliefPp7 } from './relief';

/** The baseline parameters, keyed by id. */
export const BASELINE_PARAMETERS = {
  'pu.jkkRates': puJkkRates,
  'pu.jkmRate': puJkmRate,
  'pu.jhtRates': puJhtRates,
  'pu.jpRates': puJpRates,
  'pu.programsByScale': puProgramsByScale,
  'pu.wageBaseRules': puWageBaseRules,
  'pu.dueDate': puDueDate,
  'jp.wageCap': jpWageCap,
  'jp.wageCapIndexation': jpWageCapIndexation,
  'jkp.composition': jkpComposition,
  'jkp.wageCap': jkpWageCap,
  'bpu.jkkRate': bpuJkkRate,
  'bpu.jkmAmount': bpuJkmAmount,
  'bpu.jhtRate': bpuJhtRate,
  'bpu.incomeBrackets': bpuIncomeBrackets,
  'bpu.dueDate': bpuDueDate,
  'bpu.registrationAgeLimit': bpuRegistrationAgeLimit,
  'bpu.maxOccupations': bpuMaxOccupations,
  'relief.pp49_2020': reliefPp49,
  'relief.pp7_2025': reliefPp7,
  'relief.pp50_2025': reliefPp50,
  'pu.lateFine': puLateFine,
  'bpu.lateFine': bpuLateFine,
  'bpu.lapse': bpuLapse,
  'bpu.advancePayment': bpuAdvancePayment,
  'benefit.jkk.cash': benefitJkkCash,
  'benefit.jkk.stmb': benefitJkkStmb,
  'benefit.jkk.transportCaps': benefitJkkTransport,
  'benefit.jkm.cash': benefitJkmCash,
  'benefit.jkm.scholarshipMinContributionMonths': benefitJkmScholarshipMinMonths,
  'benefit.jkm.bpuWaitingRule': benefitJkmBpuWaiting,
  'benefit.scholarship': benefitScholarship,
  'benefit.jht.partialWithdrawal': benefitJhtPartial,
  'benefit.jht.payoutTriggers': benefitJhtPayout,
  'benefit.jp.rules': benefitJpRules,
  'benefit.jp.retirementAge': benefitJpRetirementAge,
  'benefit.jp.benefitLimits': benefitJpLimits,
  'benefit.jp.benefitLimitsDerived': benefitJpLimitsDerived,
  'benefit.jp.benefitLimitIndexation': benefitJpLimitIndexation,
  'benefit.jkp.rules': benefitJkpRules,
} as const;
