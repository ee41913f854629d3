import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant (issue 8): the unit tests and the regulation cases.
// The fuzz suite is left out: it covers every line, so it would run for every mutant and multiply
// the cost of a mutation run without killing mutants the unit tests miss (see docs/quality.md).
// MUTATE_TESTS=test/core,test/law narrows the test files (e.g. to one area's tests).
const only = process.env['MUTATE_TESTS']?.split(',').filter((d) => d.length > 0);

export default defineConfig({
  test: {
    include: only === undefined ? ['test/**/*.test.ts'] : only.map((d) => (d.endsWith('.ts') ? d : `${d}/**/*.test.ts`)),
    // Also left out: tests that run code in child processes (time zones, doc examples) or a browser,
    // which per-test coverage cannot attribute to mutants and which take seconds each.
    exclude: ['test/fuzz/**', 'test/docs/**', 'test/browser/**', 'test/core/timezones.test.ts', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
