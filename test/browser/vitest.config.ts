// Vitest config of the tests over the built docs site (`npm run test:browser`): kept out of
// `npm test` because they need the built site (docs-site/, built by `npm run docs`). The
// *.browser.ts tests also need a Chromium binary (.ci/run installs it); the *.site.ts tests read
// the generated HTML with plain node.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts', 'test/browser/**/*.site.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
