import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index';
import { contributionSpecs } from './specs/contributions';
import { coreSpecs } from './specs/core';
import { lawSpecs } from './specs/law';
import { benefitSpecs, eligibilitySpecs, fundingSpecs, paymentSpecs } from './specs/others';

/**
 * Exported functions that are not data entry points, with the reason. Everything else exported
 * as a function from src/index.ts must have a fuzz spec.
 */
const NOT_FUZZED: Record<string, string> = {
  Criterion: 'class of defineCriterion results; constructed through defineCriterion (fuzzed)',
  RuleGroup: 'class of allOf/anyOf/not results; constructed through them (fuzzed)',
  RuleSet: 'class of defineRuleSet results; constructed through defineRuleSet (fuzzed)',
};

describe('fuzz coverage of the public surface', () => {
  const specs = [...coreSpecs, ...lawSpecs, ...contributionSpecs, ...eligibilitySpecs, ...fundingSpecs, ...paymentSpecs, ...benefitSpecs];
  const fuzzed = new Set(specs.map((s) => s.name));
  const exported = Object.entries(lib)
    .filter(([, v]) => typeof v === 'function')
    .map(([k]) => k)
    .sort();

  it('every exported function has a fuzz spec (or a stated reason not to)', () => {
    expect(exported.filter((name) => !fuzzed.has(name) && !(name in NOT_FUZZED))).toEqual([]);
  });

  it('every spec and exclusion names a function that is exported', () => {
    expect([...fuzzed, ...Object.keys(NOT_FUZZED)].filter((name) => typeof (lib as Record<string, unknown>)[name] !== 'function')).toEqual([]);
    expect(specs.length).toBe(fuzzed.size); // no function fuzzed twice by mistake
  });
});
