import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@deegen/source'] },
  ssr: { resolve: { conditions: ['@deegen/source'] } },
  test: { include: ['test/**/*.test.ts'] },
});
