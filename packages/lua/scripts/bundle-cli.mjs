// Bundles the built CLI into one minified ES module: loading one file instead of ~80 and parsing
// less text keep the start-up of a short script well under 100 ms.
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/cli/main.js'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'dist/deegen-lua.mjs',
  // Less text to parse at every start; names are kept for readable JS stack traces.
  minify: true,
  keepNames: true,
  logLevel: 'warning',
});
