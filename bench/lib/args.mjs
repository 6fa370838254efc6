// Command-line options of `pnpm bench`.

export const USAGE = `usage: pnpm bench [options]
  --programs a,b   only these programs (names of files in bench/programs, without .lua)
  --vms x,y        only these VMs (lua5.1 always runs: it is the reference for outputs and ratios)
  --runs N         timed runs per program and VM (default 3); the median is reported
  --quick          one run each, fengari left out unless --vms names it
  --timeout S      seconds before one run is killed (default 120)
  --check          no timing: run every program once on lua5.1 and on each mode of deegen-lua
                   and compare the outputs
  --help           this text
Full runs (all programs and VMs, default runs) write bench/results/latest.json, the chart and
the results section of docs/benchmarks.md; other runs write bench/results/partial.json.`;

export function parseArgs(argv) {
  const opts = { programs: undefined, vms: undefined, runs: 3, quick: false, timeout: 120, check: false, help: false };
  const list = (v) => v.split(',').map((s) => s.trim()).filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--programs': opts.programs = list(value()); break;
      case '--vms': opts.vms = list(value()); break;
      case '--runs': opts.runs = positive(flag, value()); break;
      case '--timeout': opts.timeout = positive(flag, value()); break;
      case '--quick': opts.quick = true; break;
      case '--check': opts.check = true; break;
      case '--help': case '-h': opts.help = true; break;
      case '--': break; // pnpm passes it through in `pnpm bench -- --quick`
      default: throw new Error(`unknown option ${a}`);
    }
  }
  if (opts.quick) opts.runs = 1;
  return opts;
}

function positive(flag, v) {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} wants a positive number, got ${v}`);
  return n;
}
