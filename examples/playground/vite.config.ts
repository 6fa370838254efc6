import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig(({ command }) => ({
  // Relative asset paths: the built page works from any folder of any static server.
  base: './',
  resolve: {
    // `vite` (dev) runs the workspace packages' TypeScript sources, so VM changes show at once;
    // `vite build` uses their builds, as a site depending on the published package would.
    conditions: command === 'serve' ? ['@deegen/source', ...defaultClientConditions] : [...defaultClientConditions],
  },
  worker: { format: 'es' },
  build: { target: 'es2022' },
}));
