import type { TierMode } from '@deegen/tiering';
import { DEFAULT_TIER } from '../state.js';
import type { EngineMode } from '../state.js';

/**
 * The command line as lua5.1 reads it. `argv[0]` is the program name, so indices are the ones
 * lua5.1 uses to build the `arg` table.
 */
export interface CommandLine {
  readonly argv: readonly string[];
  /** The index of the script (a file name, or `-` for standard input); 0 when there is none. */
  readonly script: number;
  /** `-i`: the interactive loop after the script. */
  readonly interactive: boolean;
  /** `-v`, also implied by `-i`: print the version banner first. */
  readonly version: boolean;
  /** Whether any `-e` was given (then, without a script, standard input is not read). */
  readonly statements: boolean;
  /** `--engine`, this command's own option: which engine runs bytecode. */
  readonly engine: EngineMode;
  /** `--stats`: print execution statistics to stderr at the end. */
  readonly stats: boolean;
  /** `--tier`: when the baseline JIT compiles (default DEFAULT_TIER, `auto`). */
  readonly tier: TierMode;
  /** `--jit-threshold N`: visits before a function is compiled in `auto` mode. */
  readonly jitThreshold: number | undefined;
  /** `--dump-jit`: print the stitched JS of each compiled function to stderr. */
  readonly dumpJit: boolean;
  /** `--jit-split`: compile functions too large to compile whole in parts, their loops apart. */
  readonly jitSplit: boolean;
}

/** What runs before the script, in command-line order. */
export type OptionAction = { readonly kind: 'statement'; readonly text: string } | { readonly kind: 'library'; readonly name: string };

/** `--engine NAME` selects the engine; lua5.1 has no such option, so it cannot clash with one. */
const ENGINE_OPTION = '--engine';
/** `--stats` prints instruction counts and inline-cache hit rates to stderr at the end. */
const STATS_OPTION = '--stats';
/** `--tier MODE` and `--jit-threshold N`: the baseline JIT's policy (@deegen/tiering). */
const TIER_OPTION = '--tier';
const THRESHOLD_OPTION = '--jit-threshold';
/** `--dump-jit` prints each compiled function's stitched JS to stderr. */
const DUMP_JIT_OPTION = '--dump-jit';
/** `--jit-split` compiles functions too large to compile whole in parts. */
const SPLIT_OPTION = '--jit-split';
/** This command's own options that take a value (the next argument). */
const VALUE_OPTIONS: readonly string[] = [ENGINE_OPTION, TIER_OPTION, THRESHOLD_OPTION];

export function usage(progName: string): string {
  return (
    `usage: ${progName} [options] [script [args]].\n` +
    'Available options are:\n' +
    "  -e stat  execute string 'stat'\n" +
    "  -l name  require library 'name'\n" +
    "  -i       enter interactive mode after executing 'script'\n" +
    '  -v       show version information\n' +
    '  --       stop handling options\n' +
    '  -        execute stdin and stop handling options\n' +
    `  ${ENGINE_OPTION} interp|reference\n` +
    '           run bytecode with the generated interpreter (default) or the semantics themselves\n' +
    `  ${STATS_OPTION}  print JIT events and inline-cache misses to stderr at the end\n` +
    '           (with --tier interp: instruction counts and inline-cache hit rates)\n' +
    `  ${TIER_OPTION} interp|baseline|auto\n` +
    '           interpreter only, compile every function at its first run, or compile hot code (default)\n' +
    `  ${THRESHOLD_OPTION} N\n` +
    '           in auto mode, compile after N calls (a loop counts 250 per 1,024 instructions)\n' +
    `  ${SPLIT_OPTION}  compile functions too large to compile whole in parts, their loops apart\n` +
    `  ${DUMP_JIT_OPTION}  print the JavaScript stitched for each compiled function to stderr\n`
  );
}

/**
 * Reads the options as lua5.1 does, or returns undefined when they call for the usage message:
 * an unknown option, a flag with trailing characters (`-ix`, `--x`), or `-e`/`-l` without
 * their argument. `-e` and `-l` also take their argument attached (`-eprint(1)`, `-lmod`).
 * Options end at the first argument not starting with `-`, at `-` (standard input as the
 * script) and after `--`.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine | undefined {
  let interactive = false;
  let version = false;
  let statements = false;
  let engine: EngineMode = 'interp';
  let stats = false;
  let tier: TierMode = DEFAULT_TIER;
  let jitThreshold: number | undefined;
  let dumpJit = false;
  let jitSplit = false;
  const done = (script: number): CommandLine => ({ argv, script, interactive, version, statements, engine, stats, tier, jitThreshold, dumpJit, jitSplit });
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a[0] !== '-') return done(i);
    if (a === STATS_OPTION) {
      stats = true;
      continue;
    }
    if (a === DUMP_JIT_OPTION) {
      dumpJit = true;
      continue;
    }
    if (a === SPLIT_OPTION) {
      jitSplit = true;
      continue;
    }
    if (a === ENGINE_OPTION) {
      const m = argv[++i];
      if (m !== 'interp' && m !== 'reference') return undefined;
      engine = m;
      continue;
    }
    if (a === TIER_OPTION) {
      const m = argv[++i];
      if (m !== 'interp' && m !== 'baseline' && m !== 'auto') return undefined;
      tier = m;
      continue;
    }
    if (a === THRESHOLD_OPTION) {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) return undefined;
      jitThreshold = n;
      continue;
    }
    switch (a[1]) {
      case '-':
        if (a.length !== 2) return undefined;
        return done(i + 1 < argv.length ? i + 1 : 0);
      case undefined:
        return done(i);
      case 'i':
      case 'v':
        if (a.length !== 2) return undefined;
        if (a[1] === 'i') interactive = true;
        version = true;
        break;
      case 'e':
      case 'l':
        if (a[1] === 'e') statements = true;
        if (a.length === 2 && ++i >= argv.length) return undefined;
        break;
      default:
        return undefined;
    }
  }
  return done(0);
}

/** The `-e` and `-l` options before the script (all of them when there is none), in order. */
export function optionActions(cl: CommandLine): OptionAction[] {
  const { argv } = cl;
  const end = cl.script > 0 ? cl.script : argv.length;
  const out: OptionAction[] = [];
  for (let i = 1; i < end; i++) {
    const a = argv[i];
    if (a === STATS_OPTION || a === DUMP_JIT_OPTION || a === SPLIT_OPTION) continue;
    if (VALUE_OPTIONS.includes(a)) {
      i++;
      continue;
    }
    if (a[1] !== 'e' && a[1] !== 'l') continue;
    const value = a.length > 2 ? a.slice(2) : argv[++i];
    out.push(a[1] === 'e' ? { kind: 'statement', text: value } : { kind: 'library', name: value });
  }
  return out;
}
