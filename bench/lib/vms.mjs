// The virtual machines a benchmark run compares. Each entry says how to run a Lua file on it.
// `ours: true` marks a mode of deegen-lua; lua5.1 is the baseline every ratio is taken against.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const deegenBin = join(root, 'packages', 'lua', 'bin', 'deegen-lua');
const deegenBundle = join(root, 'packages', 'lua', 'dist', 'deegen-lua.cjs');
const driver = (name) => join(here, '..', 'drivers', `${name}.mjs`);

/**
 * Our VM's modes. Add a row per engine or tier the CLI grows (`--tier baseline`, ...): every
 * row becomes a column of the results, and `--check` compares each of them with lua5.1.
 */
export const OUR_MODES = [
  { id: 'deegen', label: 'deegen-lua', args: ['--engine', 'interp', '--tier', 'interp'] },
  { id: 'deegen-baseline', label: 'deegen --tier baseline', args: ['--tier', 'baseline'] },
  { id: 'deegen-auto', label: 'deegen --tier auto', args: ['--tier', 'auto'] },
];

/** Programs a VM cannot run as written, with the reason shown in the table instead of a time. */
const WASMOON_SKIPS = {};

export const BASELINE = 'lua5.1';

/** All VMs in the order of the table's columns. */
export const VMS = [
  { id: 'lua5.1', label: 'lua5.1', command: (file) => ['lua5.1', [file]], version: ['lua5.1', ['-v']] },
  ...OUR_MODES.map((mode) => ({
    id: mode.id,
    label: mode.label,
    ours: true,
    // Run as an executable so the command's own shebang flags apply, as they do for users.
    command: (file) => [deegenBin, [...mode.args, file]],
    requires: deegenBundle,
    missing: 'run `pnpm build` first',
  })),
  { id: 'luajit-joff', label: 'luajit -joff', command: (file) => ['luajit', ['-joff', file]], version: ['luajit', ['-v']] },
  { id: 'luajit', label: 'luajit', command: (file) => ['luajit', [file]], version: ['luajit', ['-v']] },
  { id: 'fengari', label: 'fengari', command: (file) => [process.execPath, [driver('fengari'), file]], npm: 'fengari' },
  {
    id: 'wasmoon',
    label: 'wasmoon',
    command: (file) => [process.execPath, [driver('wasmoon'), file]],
    npm: 'wasmoon',
    skips: WASMOON_SKIPS,
  },
];

/** Why a VM cannot run here at all, or undefined when it can. */
export function unavailable(vm) {
  if (vm.requires && !existsSync(vm.requires)) return `${vm.requires} is missing: ${vm.missing}`;
  return undefined;
}
