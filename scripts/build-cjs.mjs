// Writes dist/cjs/: a CommonJS copy of a package's ES module build (run in the package's folder
// after `tsc`), so that `require('@deegen/x')` works as well as `import`. Each module is
// converted on its own (no bundling), keeping the file layout and the relative `require`s;
// dist/cjs/package.json marks the folder as CommonJS for Node and TypeScript, and the type
// declarations are copied beside the modules so that `require` users get the same types.
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';

const DIST = 'dist';
const OUT = join(DIST, 'cjs');
/** Folders of dist/ that are not part of the module tree (this output, bundles). */
const SKIP = new Set([OUT, join(DIST, 'browser')]);

function walk(dir, found) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP.has(path)) walk(path, found);
    } else if (entry.name.endsWith('.d.ts')) found.types.push(path);
    else if (entry.name.endsWith('.js')) found.modules.push(path);
  }
  return found;
}

rmSync(OUT, { recursive: true, force: true });
const { modules, types } = walk(DIST, { modules: [], types: [] });
await build({
  entryPoints: modules,
  outdir: OUT,
  outbase: DIST,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
for (const file of types) {
  const target = join(OUT, relative(DIST, file));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
}
writeFileSync(join(OUT, 'package.json'), '{ "type": "commonjs" }\n');
