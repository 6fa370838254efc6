// `pnpm gen [--check] [deegen.config.json ...]`: runs the Deegen generator from source (a
// build-time tool, so nothing needs building first). Without config paths it handles every
// language package of the repository.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const tsx = require.resolve('tsx');
const args = process.argv.slice(2).map((a) => (a.startsWith('--') ? a : join(process.cwd(), a)));
const r = spawnSync(
  process.execPath,
  ['--import', tsx, '--conditions=@deegen/source', join(root, 'packages/ir/src/generator/cli.ts'), ...args],
  { stdio: 'inherit', cwd: root },
);
process.exit(r.status ?? 1);
