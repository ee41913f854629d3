import { describe } from 'vitest';
import { fuzzAll } from './harness';
import { benefitSpecs } from './specs/others';

describe('fuzz: benefits', () => fuzzAll(benefitSpecs));
