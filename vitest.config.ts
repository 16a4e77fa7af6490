import { defineConfig } from 'vitest/config';

// Unit tests are fast and run in parallel; browser and build tests (tests/e2e)
// build the site once in a global setup and share it.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
