import { describe, expect, it } from 'vitest';
import { optionActions, parseCommandLine, usage } from '../src/cli/options.js';

const parse = (...args: string[]) => parseCommandLine(['lua', ...args]);

describe('the command line', () => {
  it('finds the script at the first argument that is not an option', () => {
    expect(parse('-e', 'x=1', 'a.lua', '-v')).toMatchObject({ script: 3, version: false, statements: true });
  });

  it('has no script when only options are given', () => {
    expect(parse('-v', '-e', 'x=1')).toMatchObject({ script: 0, version: true, statements: true });
  });

  it('takes - as the script (standard input)', () => {
    expect(parse('-', 'a')).toMatchObject({ script: 1 });
  });

  it('ends the options at --, and has no script when nothing follows it', () => {
    expect(parse('--', '-e')).toMatchObject({ script: 2 });
    expect(parse('-v', '--')).toMatchObject({ script: 0 });
  });

  it('makes -i imply -v', () => {
    expect(parse('-i')).toMatchObject({ interactive: true, version: true });
  });

  it('accepts -e and -l with their argument attached or separate', () => {
    const cl = parse('-eprint(1)', '-l', 'mod', '-lother', '-e', 'print(2)', 'script.lua', '-e', 'ignored')!;
    expect(optionActions(cl)).toEqual([
      { kind: 'statement', text: 'print(1)' },
      { kind: 'library', name: 'mod' },
      { kind: 'library', name: 'other' },
      { kind: 'statement', text: 'print(2)' },
    ]);
  });

  it('takes an argument of -e literally, even one that looks like an option', () => {
    expect(optionActions(parse('-e', '-v')!)).toEqual([{ kind: 'statement', text: '-v' }]);
  });

  it('calls for the usage message on a bad option', () => {
    for (const bad of [['-x'], ['-ix'], ['-vv'], ['--x'], ['-e'], ['-l'], ['-v', '-l'], ['--engine', 'jit']]) {
      expect(parse(...bad)).toBeUndefined();
    }
  });

  it('selects the engine with --engine, which runs nothing itself', () => {
    const cl = parse('--engine', 'reference', '-e', 'x=1')!;
    expect(cl.engine).toBe('reference');
    expect(optionActions(cl)).toEqual([{ kind: 'statement', text: 'x=1' }]);
  });

  it('words the usage message as lua5.1 does, with the program name', () => {
    expect(usage('prog').split('\n').slice(0, 8)).toEqual([
      'usage: prog [options] [script [args]].',
      'Available options are:',
      "  -e stat  execute string 'stat'",
      "  -l name  require library 'name'",
      "  -i       enter interactive mode after executing 'script'",
      '  -v       show version information',
      '  --       stop handling options',
      '  -        execute stdin and stop handling options',
    ]);
  });
});
