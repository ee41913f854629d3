import { describe } from 'vitest';
import { fuzzAll } from './harness';
import { paymentSpecs } from './specs/others';

describe('fuzz: payments', () => fuzzAll(paymentSpecs));
