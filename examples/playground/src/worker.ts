// Runs Lua programs off the page's thread, so a long or endless program never freezes the page:
// the page stops one by terminating this worker and starting another.
import { LuaError, LuaState } from '@deegen/lua';
import type { LuaCallable } from '@deegen/lua';
import type { RunRequest, Tier, WorkerMessage } from './protocol.js';

/** What this file uses of the worker's global scope (the DOM library types `self` as a window). */
interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: MessageEvent<RunRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;
const post = (m: WorkerMessage): void => scope.postMessage(m);

/** Lua strings are bytes: `load` takes the program as text (run as UTF-8); output comes back as bytes. */

/** Decodes output bytes as UTF-8, keeping a character split across writes whole. */
function outputDecoder(): (bytes: string, last: boolean) => string {
  const decoder = new TextDecoder();
  return (bytes, last) => {
    const u = new Uint8Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) u[i] = bytes.charCodeAt(i);
    return decoder.decode(u, { stream: !last });
  };
}

/** Output is sent in pieces at most this often, so the page shows progress without a message per print. */
const FLUSH_MS = 50;

function run(req: RunRequest): void {
  const started = performance.now();
  const decode = outputDecoder();
  let pending = '';
  let lastFlush = started;
  const flush = (last: boolean): void => {
    const text = decode(pending, last);
    pending = '';
    lastFlush = performance.now();
    if (text !== '') post({ kind: 'output', text });
  };
  const lua = new LuaState({
    // The page runs its user's own code in its own worker: every library (io and os have no
    // files or shell in a browser anyway), and the worker can be stopped from the page.
    grant: 'all',
    write: (bytes) => {
      pending += bytes;
      if (performance.now() - lastFlush > FLUSH_MS) flush(false);
    },
    tier: req.tier,
    jitThreshold: req.jitThreshold,
    stats: req.stats,
    dumpJit: (name, source) => post({ kind: 'compiled', name, source, atMs: performance.now() - started }),
  });
  let error: string | undefined;
  let main: LuaCallable | undefined;
  try {
    main = lua.load(req.source, { chunkName: '=input' });
    main();
  } catch (e) {
    error = describeError(e);
  }
  flush(true);
  post({
    kind: 'done',
    error,
    listings: main === undefined ? [] : lua.listBytecode(main).map(({ name, listing }) => ({ name, listing })),
    stats: lua.statsReport(),
    tierUsed: (lua.realm.tiering?.mode ?? 'interp') as Tier,
    ms: performance.now() - started,
  });
}

function describeError(e: unknown): string {
  if (!(e instanceof LuaError)) return `internal error: ${String(e)}`;
  // The public LuaError carries text already: the Lua message, and the traceback.
  return e.traceback === undefined ? e.message : `${e.message}\n${e.traceback}`;
}

scope.onmessage = (event: MessageEvent<RunRequest>) => run(event.data);

// Whether this context lets the VM compile (a Content-Security-Policy without 'unsafe-eval'
// blocks `new Function`): the VM checks when a state is made and falls back to its interpreter.
post({ kind: 'ready', jitAvailable: new LuaState({ tier: 'baseline' }).realm.tiering?.mode === 'baseline' });
