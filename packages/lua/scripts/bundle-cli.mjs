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
  // Less text to parse at every start.
  minify: true,
  // No keepNames: it renames every class in a static block (`Object.defineProperty(C, 'name')`),
  // after which V8's optimising compiler no longer inlines `x instanceof C` for it but calls the
  // generic InstanceOf builtin (a Symbol.hasInstance lookup each time): 5-6 times slower in a
  // micro-benchmark, and a method call on objects of two classes 2.64 s -> 1.79 s
  // (docs/architecture.md, "Class names in the bundle").
  keepNames: false,
  logLevel: 'warning',
});
