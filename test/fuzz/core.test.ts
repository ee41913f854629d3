import { describe } from 'vitest';
import { fuzzAll } from './harness';
import { coreSpecs } from './specs/core';

describe('fuzz: core', () => fuzzAll(coreSpecs));
