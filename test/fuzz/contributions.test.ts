import { describe } from 'vitest';
import { fuzzAll } from './harness';
import { contributionSpecs } from './specs/contributions';

describe('fuzz: contributions', () => fuzzAll(contributionSpecs));
