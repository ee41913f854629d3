/**
 * Every baseline parameter, by id. Add a new parameter file's exports here.
 *
 * @module
 * @internal
 */
import { bpuIncomeBrackets, bpuJhtRate, bpuJkkRate, bpuJkmAmount } from './bpu';
import { bpuDueDate, puDueDate } from './dueDates';
import { jkpComposition, jkpWageCap } from './jkp';
import { jpWageCap, jpWageCapIndexation } from './jp';
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
  'relief.pp49_2020': reliefPp49,
  'relief.pp7_2025': reliefPp7,
  'relief.pp50_2025': reliefPp50,
} as const;
