import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Starting Chromium on a loaded two-core machine can take several seconds.
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
