// Bundles the browser entry (dist/index.js: no Node modules, no files or shell) with the packages
// it uses into one minified ES module, dist/browser/deegen-lua.min.js, for pages that load the VM
// without a bundler of their own (`@deegen/lua/browser`). Bundlers importing `@deegen/lua` for a
// browser get dist/index.js through the `browser` export condition instead.
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/index.js'],
  bundle: true,
  platform: 'browser',
  format: 'esm',
  // Class fields, ?? and ??=, BigInt64Array: what the sources use; all evergreen browsers have them.
  target: 'es2022',
  outfile: 'dist/browser/deegen-lua.min.js',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
