// `pnpm bench`: times every program in bench/programs on each mode of deegen-lua and on the
// peer VMs, round-robin, and reports medians and ratios against lua5.1. See docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, USAGE } from './lib/args.mjs';
import { renderChart } from './lib/chart.mjs';
import { resultsSection, updateDocs } from './lib/docs.mjs';
import { measure } from './lib/measure.mjs';
import { textTable } from './lib/report.mjs';
import { geomean, median } from './lib/stats.mjs';
import { BASELINE, VMS, unavailable } from './lib/vms.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const programDir = join(here, 'programs');
const resultsDir = join(here, 'results');
const docsFile = join(here, '..', 'docs', 'benchmarks.md');
const require = createRequire(import.meta.url);

let opts;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error(`bench: ${e.message}\n${USAGE}`);
  process.exit(2);
}
if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}

const allPrograms = readdirSync(programDir).filter((f) => f.endsWith('.lua')).map((f) => f.slice(0, -4)).sort();
const programs = opts.programs ?? allPrograms;
for (const p of programs) {
  if (!allPrograms.includes(p)) fail(`no program ${p} (have: ${allPrograms.join(', ')})`);
}

let vms;
if (opts.check) {
  vms = VMS.filter((v) => (opts.vms ? opts.vms.includes(v.id) : v.ours) || v.id === BASELINE);
} else if (opts.vms) {
  vms = VMS.filter((v) => opts.vms.includes(v.id) || v.id === BASELINE);
} else {
  vms = VMS.filter((v) => !(opts.quick && v.id === 'fengari'));
}
for (const id of opts.vms ?? []) {
  if (!VMS.some((v) => v.id === id)) fail(`no VM ${id} (have: ${VMS.map((v) => v.id).join(', ')})`);
}
for (const v of vms) {
  const why = unavailable(v);
  if (why) fail(`${v.label}: ${why}`);
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

const started = Date.now();
if (opts.check) await check();
else await bench();

async function check() {
  console.log(`checking ${programs.length} programs: outputs of ${vms.filter((v) => v.id !== BASELINE).map((v) => v.label).join(', ')} against lua5.1 (no timing)`);
  let bad = 0;
  for (const p of programs) {
    const file = join(programDir, `${p}.lua`);
    const runs = {};
    for (const vm of vms) {
      const [cmd, args] = vm.command(file);
      runs[vm.id] = await measure(cmd, args, { timeoutSec: opts.timeout, cwd: programDir });
    }
    const ref = runs[BASELINE];
    const verdicts = vms.filter((v) => v.id !== BASELINE).map((v) => `${v.label}: ${verdict(runs[v.id], ref)}`);
    const ok = ref.code === 0 && verdicts.every((s) => s.endsWith(': same'));
    if (!ok) bad++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${p.padEnd(18)} ${verdicts.join(', ')}${ref.code !== 0 ? ` (lua5.1 itself failed: ${ref.stderr.trim()})` : ''}`);
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\n${programs.length - bad} passed, ${bad} failed (${secs} s)`);
  process.exitCode = bad ? 1 : 0;
}

function verdict(run, ref) {
  if (run.timedOut) return 'timeout';
  if (run.code !== 0) return `error (${run.stderr.trim().split('\n')[0]})`;
  return run.stdout === ref.stdout ? 'same' : 'mismatch';
}

async function bench() {
  const results = {};
  const notes = [];
  console.log(`${programs.length} programs x ${vms.length} VMs (${vms.map((v) => v.label).join(', ')}), ${opts.runs} run(s) each, round-robin`);
  for (const p of programs) {
    const file = join(programDir, `${p}.lua`);
    const per = Object.fromEntries(vms.map((v) => [v.id, { status: 'ok', times: [], peaks: [] }]));
    for (const v of vms) {
      const reason = v.skips?.[p];
      if (reason) {
        per[v.id] = { status: 'skipped', reason };
        notes.push(`${v.label} skips ${p}: ${reason}`);
      }
    }
    let reference;
    for (let run = 0; run < opts.runs; run++) {
      // lua5.1 first in each round: its first output is what the others must print.
      for (const v of vms) {
        const r = per[v.id];
        if (r.status !== 'ok') continue;
        const [cmd, args] = v.command(file);
        const m = await measure(cmd, args, { timeoutSec: opts.timeout, cwd: programDir });
        if (v.id === BASELINE && reference === undefined) {
          if (m.code !== 0 || m.timedOut) fail(`${p} fails on lua5.1: ${m.stderr.trim()}`);
          reference = m.stdout;
        }
        if (m.timedOut) {
          per[v.id] = { status: 'timeout' };
          notes.push(`${v.label} timed out on ${p} after ${opts.timeout} s`);
        } else if (m.code !== 0) {
          per[v.id] = { status: 'error', message: m.stderr.trim().split('\n')[0] };
          notes.push(`${v.label} failed on ${p}: ${m.stderr.trim().split('\n')[0]}`);
        } else if (m.stdout !== reference) {
          per[v.id] = { status: 'mismatch', output: m.stdout.slice(0, 500) };
          notes.push(`${v.label} printed something other than lua5.1 on ${p}: ${JSON.stringify(m.stdout.trim().slice(0, 120))}`);
        } else {
          r.times.push(m.ms);
          if (m.peakKb !== undefined) r.peaks.push(m.peakKb);
        }
      }
    }
    for (const v of vms) {
      const r = per[v.id];
      if (r.status === 'ok') {
        r.ms = median(r.times);
        r.peakKb = r.peaks.length ? Math.max(...r.peaks) : undefined;
      }
    }
    results[p] = per;
    const base = per[BASELINE].ms;
    console.log(`${p.padEnd(18)} ${vms.map((v) => `${v.label} ${per[v.id].status === 'ok' ? (v.id === BASELINE ? `${(base / 1000).toFixed(2)}s` : `${(per[v.id].ms / base).toFixed(2)}x`) : per[v.id].status}`).join(', ')}`);
  }

  const geomeans = {};
  for (const v of vms) {
    const ratios = programs.filter((p) => results[p][v.id].status === 'ok').map((p) => results[p][v.id].ms / results[p][BASELINE].ms);
    const peaks = programs.map((p) => results[p][v.id].peakKb).filter((k) => k !== undefined);
    if (ratios.length) geomeans[v.id] = { ratio: geomean(ratios), count: ratios.length, peakMb: peaks.length ? median(peaks) / 1024 : undefined };
  }
  const totalMs = Date.now() - started;
  const data = {
    date: new Date().toISOString(),
    runs: opts.runs,
    totalMs,
    machine: machine(),
    versions: versions(),
    programs,
    vms: vms.map((v) => ({ id: v.id, label: v.label, ours: Boolean(v.ours) })),
    results,
    geomeans,
    notes,
  };
  console.log(`\n${textTable(data)}\n`);
  for (const n of notes) console.log(`note: ${n}`);

  mkdirSync(resultsDir, { recursive: true });
  const full = !opts.programs && !opts.vms && !opts.quick && opts.runs >= 3;
  if (full) {
    writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(data, null, 2)}\n`);
    const chart = join(resultsDir, 'chart.svg');
    writeFileSync(chart, renderChart(data));
    updateDocs(docsFile, resultsSection(data, relative(dirname(docsFile), chart)));
    console.log(`wrote bench/results/latest.json, bench/results/chart.svg and the results in docs/benchmarks.md`);
  } else {
    writeFileSync(join(resultsDir, 'partial.json'), `${JSON.stringify(data, null, 2)}\n`);
    console.log('wrote bench/results/partial.json (a partial run leaves latest.json and the docs alone)');
  }
  console.log(`total wall time ${(totalMs / 1000).toFixed(1)} s`);
}

function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memGb: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.versions.node,
  };
}

function versions() {
  const v = {};
  for (const vm of vms) {
    if (vm.version) {
      const [cmd, args] = vm.version;
      // lua5.1 -v prints its banner on stderr, luajit on stdout.
      const r = spawnSync(cmd, args, { encoding: 'utf8' });
      v[vm.id] = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n')[0].replace(/\s+(--\s*)?Copyright.*$/, '') || '?';
    } else if (vm.npm) {
      v[vm.id] = JSON.parse(readFileSync(require.resolve(`${vm.npm}/package.json`), 'utf8')).version;
    } else if (vm.ours) {
      v[vm.id] = JSON.parse(readFileSync(join(here, '..', 'packages', 'lua', 'package.json'), 'utf8')).version;
    }
  }
  return v;
}
