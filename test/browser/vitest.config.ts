// Vitest config of the real-browser test (`npm run test:browser`): kept out of `npm test`
// because it needs the built docs site and a Chromium binary; .ci/run installs Chromium and runs it.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
