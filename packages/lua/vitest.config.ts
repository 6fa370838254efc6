import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@deegen/source'] },
  ssr: { resolve: { conditions: ['@deegen/source'] } },
  // Reference mode runs the semantics functions directly and is slow on purpose; under CI load a
  // corpus program in that mode may take several seconds.
  test: { include: ['test/**/*.test.ts'], setupFiles: ['test/setup/node-host.ts'], testTimeout: 60_000 },
});
