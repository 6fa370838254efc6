/**
 * `pnpm gen [--check] [config...]`: regenerates (or, with --check, verifies) the generated files
 * of every language package (each `deegen.config.json` under packages/ and examples/).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { GeneratorError } from './diagnostics.js';
import { generate, strayGenerated } from './generate.js';

function findConfigs(repo: string): string[] {
  const found: string[] = [];
  for (const group of ['packages', 'examples']) {
    const dir = join(repo, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const c = join(dir, name, 'deegen.config.json');
      if (existsSync(c)) found.push(c);
    }
  }
  return found;
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const repo = process.cwd();
  const configs = argv.filter((a) => !a.startsWith('--'));
  const list = configs.length > 0 ? configs : findConfigs(repo);
  let stale = 0;
  for (const config of list) {
    const started = performance.now();
    let files;
    try {
      files = generate(config);
    } catch (e) {
      if (e instanceof GeneratorError) {
        console.error(`${relative(repo, dirname(config)) || '.'}/${e.message}`);
        return 2;
      }
      throw e;
    }
    for (const f of files) {
      const old = existsSync(f.path) ? readFileSync(f.path, 'utf8') : undefined;
      if (old === f.content) continue;
      if (check) {
        console.error(`stale: ${relative(repo, f.path)}`);
        stale++;
      } else {
        mkdirSync(dirname(f.path), { recursive: true });
        writeFileSync(f.path, f.content);
        console.log(`wrote ${relative(repo, f.path)}`);
      }
    }
    for (const s of strayGenerated(files)) {
      if (check) {
        console.error(`stray: ${relative(repo, s)} (no longer generated)`);
        stale++;
      } else {
        unlinkSync(s);
        console.log(`removed ${relative(repo, s)}`);
      }
    }
    console.log(`${relative(repo, config)}: ${files.length} files ${check ? 'checked' : 'generated'} in ${Math.round(performance.now() - started)} ms`);
  }
  if (stale > 0) {
    console.error(`${stale} generated file(s) are stale: run \`pnpm gen\` and commit the result.`);
    return 1;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
