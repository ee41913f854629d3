import { describe } from 'vitest';
import { fuzzAll } from './harness';
import { fundingSpecs } from './specs/others';

describe('fuzz: funding', () => fuzzAll(fundingSpecs));
