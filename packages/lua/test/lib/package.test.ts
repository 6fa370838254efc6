import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScriptRunner } from '../../src/cli/run-script.js';
import { DEFAULT_CPATH, DEFAULT_PATH, searchPath } from '../../src/lib/package-paths.js';
import { LuaTable } from '../../src/runtime/table.js';
import { LuaState } from '../../src/state.js';
import type { LuaStateOptions } from '../../src/state.js';

/** Runs `source` in a fresh state with every library (require searches files here) and returns what it printed. */
function run(source: string, options: LuaStateOptions = {}): string {
  let out = '';
  const state = new LuaState({ grant: 'all', ...options, write: (s) => (out += s) });
  state.run(source, { chunkName: '=test' });
  return out;
}

const NO_DL = 'dynamic libraries not enabled; check your Lua installation';

describe('search paths from the environment', () => {
  it('uses the default when the variable is unset', () => {
    expect(searchPath({}, 'LUA_PATH', 'D')).toBe('D');
  });

  it('puts the default where ";;" stands, between separators', () => {
    expect(searchPath({ LUA_PATH: 'a;;b' }, 'LUA_PATH', 'D')).toBe('a;D;b');
    expect(searchPath({ LUA_PATH: ';;' }, 'LUA_PATH', 'D')).toBe(';D;');
    expect(searchPath({ LUA_PATH: ';;;' }, 'LUA_PATH', 'D')).toBe(';D;;');
    expect(searchPath({ LUA_PATH: 'x/?.lua' }, 'LUA_PATH', 'D')).toBe('x/?.lua');
  });

  it('hands Lua the UTF-8 bytes of the variable', () => {
    expect(searchPath({ LUA_PATH: 'é/?.lua' }, 'LUA_PATH', 'D')).toBe('\xc3\xa9/?.lua');
  });

  it('sets package.path and package.cpath from the state options', () => {
    const env = { LUA_PATH: './mine/?.lua;;', LUA_CPATH: './c/?.so' };
    expect(run('print(package.path) print(package.cpath)', { env })).toBe(`./mine/?.lua;${DEFAULT_PATH};\n./c/?.so\n`);
    expect(run('print(package.path == package.path, package.cpath)')).toBe(`true\t${DEFAULT_CPATH}\n`);
  });

  it('is passed through by the command-line runner', () => {
    let out = '';
    const runner = new ScriptRunner({ progName: 'lua', stdout: (s) => (out += s), stderr: () => {}, env: { LUA_PATH: 'only/?.lua' } });
    expect(runner.run('print(package.path)', '=t')).toBe(0);
    expect(out).toBe('only/?.lua\n');
  });
});

describe('modules found through the file system', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deegen-package-'));
  mkdirSync(join(dir, 'pkg'));
  writeFileSync(join(dir, 'pkg', 'mod.lua'), 'return { name = ..., answer = 42 }');
  writeFileSync(join(dir, 'native.so'), 'not really a library');
  writeFileSync(join(dir, 'pkg.so'), 'not really a library either');

  it('requires a module by an absolute LUA_PATH template', () => {
    const env = { LUA_PATH: `${dir}/?.lua` };
    expect(run('local m = require("pkg.mod") print(m.name, m.answer)', { env })).toBe('pkg.mod\t42\n');
  });

  it('reports a C library it finds as unloadable, as a lua5.1 without dynamic libraries does', () => {
    const env = { LUA_CPATH: `${dir}/?.so` };
    expect(run('print(pcall(require, "native"))', { env })).toBe(
      `false\terror loading module 'native' from file '${dir}/native.so':\n\t${NO_DL}\n`,
    );
  });

  it('tries the root name of a dotted module as an all-in-one C library', () => {
    const env = { LUA_PATH: '', LUA_CPATH: `${dir}/?.so` };
    expect(run('print(pcall(require, "pkg.sub"))', { env })).toBe(
      `false\terror loading module 'pkg.sub' from file '${dir}/pkg.so':\n\t${NO_DL}\n`,
    );
  });

  it('positions a searcher error at the Lua caller only when Lua calls the searcher itself', () => {
    const env = { LUA_CPATH: `${dir}/?.so` };
    const out = run('print(pcall(function() return package.loaders[3]("native") end))', { env });
    expect(out).toBe(`false\ttest:1: error loading module 'native' from file '${dir}/native.so':\n\t${NO_DL}\n`);
  });
});

describe('the package table', () => {
  it('answers loadlib as a build without dynamic libraries: nil, a message, "absent"', () => {
    expect(run('print(package.loadlib("libm.so", "sin"))')).toBe(`nil\t${NO_DL}\tabsent\n`);
  });

  it('registers every opened standard library table in package.loaded', () => {
    const state = new LuaState({ grant: 'all' });
    const loaded = state.realm.registry.getStr('_LOADED') as LuaTable;
    expect(loaded).toBeInstanceOf(LuaTable);
    expect(loaded.getStr('_G')).toBe(state.realm.globals);
    for (const name of ['package', 'coroutine', 'table', 'io', 'os', 'string', 'math', 'debug']) {
      const lib = state.realm.globals.getStr(name);
      if (lib !== undefined) expect(loaded.getStr(name)).toBe(lib);
    }
    expect(state.realm.globals.getStr('package')).toBeInstanceOf(LuaTable);
  });

  it('keeps require and module working on the registry table when package.loaded is replaced', () => {
    const out = run(
      'local orig = package.loaded package.loaded = {} package.preload.p = function() return 1 end ' +
        'require("p") print(orig.p, package.loaded.p)',
    );
    expect(out).toBe('1\tnil\n');
  });

  it('shows the loader running in tracebacks as require', () => {
    const state = new LuaState({ grant: 'all' });
    let tb: string | undefined;
    try {
      state.run('package.preload.x = function() error("inside") end require("x")', { chunkName: '=main' });
    } catch (e) {
      tb = (e as { traceback?: string }).traceback;
    }
    expect(tb).toContain("[C]: in function 'require'");
  });
});
