import { describe } from 'vitest';
import { fuzzAll } from './harness';
import { eligibilitySpecs } from './specs/others';

describe('fuzz: eligibility', () => fuzzAll(eligibilitySpecs));
