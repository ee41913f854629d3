import { describe } from 'vitest';
import { fuzzAll } from './harness';
import { lawSpecs } from './specs/law';

describe('fuzz: law', () => fuzzAll(lawSpecs));
