import { basename } from 'node:path';
import { Node } from 'ts-morph';
import { ImportSet } from './imports.js';
import { stencilOf } from './emit-stencils.js';
import type { EmittedStencil } from './emit-stencils.js';
import { Registry, lowerContinuation, lowerHandler, lowerOutlined } from './lower.js';
import type { SemanticsFile, TypesModel, VariantModel } from './model.js';
import type { StencilCalls } from './promote-registers.js';

/**
 * Emits the interpreter: one `execute(thread)` with a `dispatch` switch (one case per variant),
 * a `conts` switch (one case per continuation) and the outlined slow paths as functions.
 */
export function emitInterpreter(
  files: readonly SemanticsFile[],
  types: TypesModel,
  variants: readonly VariantModel[],
  outDir: string,
  stencilCalls: StencilCalls = {},
): { text: string; cacheCounts: Map<string, number>; stencils: EmittedStencil[]; bindingNames: string[] } {
  const registry = new Registry();
  const imports = new ImportSet();
  for (const f of files) {
    for (const i of f.imports) imports.add(i, f.path, outDir);
    for (const c of f.constants) {
      imports.add({ name: c, imported: c, module: `./${basename(f.path).replace(/\.ts$/, '.js')}`, typeOnly: false, namespace: false, line: 1 }, f.path, outDir);
    }
  }
  for (const i of types.imports) imports.add(i, types.path, outDir);
  imports.bind('FRAME_GUEST', '@deegen/ir', 'FRAME_GUEST', false);
  imports.bind('ENGINE_TICK', '@deegen/ir', 'ENGINE_TICK', false);
  for (const t of ['Frame', 'GuestCallable', 'Thread']) imports.bind(t, '@deegen/ir', t, true);
  const bindCacheRuntime = (): void => {
    for (const n of ['IC_MISS', 'PolyCache', 'icStore']) imports.bind(n, '@deegen/ic', n, false);
  };

  const handlers = variants.map((v) => lowerHandler(v, v.bytecode.file, types, registry));
  const cases = variants.map((v, i) => `case ${v.id}: { // ${v.name}: ${v.bytecode.summary}\n${handlers[i]}\n}`);
  // Continuations and outlined functions are discovered while lowering (and may discover more):
  // lower both lists until neither grows.
  const contCases: string[] = [];
  const outlined: string[] = [];
  const outlinedText = new Map<string, string>();
  const done = new Set<string>();
  for (let again = true; again; ) {
    again = false;
    while (contCases.length < registry.continuations.length) {
      const c = registry.continuations[contCases.length];
      const label = Node.isFunctionDeclaration(c.fn) ? c.fn.getName() : `line ${c.fn.getStartLineNumber()}`;
      contCases.push(`case ${c.id}: { // ${c.variant.name}: continuation ${label}\n${lowerContinuation(c.variant, c.fn, c.file, types, registry)}\n}`);
      again = true;
    }
    for (const o of [...registry.outlined.values()]) {
      if (done.has(o.name)) continue;
      done.add(o.name);
      again = true;
      const what = o.generic ? 'generic path behind the fast paths' : 'slow path';
      const text = lowerOutlined(o.name, o.variant, o.fn, o.file, types, registry);
      outlinedText.set(o.name, text);
      outlined.push(`/** ${o.variant.name}: ${what}. */\n${text}`);
    }
  }
  const named = stencilCalls.safe ?? new Set<string>();
  const calls: StencilCalls = { ...stencilCalls, safe: new Set([...named, ...registerSafeOutlined(outlinedText, named)]) };
  const stencils = variants.map((v, i) => stencilOf(v, handlers[i], calls));
  // Before dispatching, the plain engine hands the frame to compiled code when its function has
  // some, or asks the thread's tiering policy (which may compile it now). Never while debug hooks
  // are on: they run on the instrumented engine, instruction by instruction.
  const tierCheck = `
        if ($t.tiering !== null && $t.hookMask === 0) {
          const $p = $frame.proto!;
          if ($t.jitBail) {
            // Compiled code left this instruction to us (its fast paths failed): run just it (or
            // just the continuation that ran before it), then end the tick, back to compiled code
            // (Thread.stepInterpreted).
            $t.jitBail = false;
            $ticks = $t.jitStepInstructions;
          } else if ($t.jitStep) {
            // That instruction changed frames: hand the new state back to compiled code's
            // caller at once (not into another function's code, nested in this step).
            $frame.pc = $pc;
            $t.ticked = true;
            return;
          } else if ($p.jit !== null && ($p.jit !== undefined || $t.tiering.visit($p, $t))) {
            $frame.pc = $pc;
            let $ran: boolean | void;
            try {
              $ran = $p.jit!($t);
            } catch ($e) {
              // Compiled code left the failing instruction's pc in the frame: keep it.
              if ($t.frame === $frame) $pc = $frame.pc;
              throw $e;
            }
            if ($ran === false) {
              // The pc is in code left to the interpreter (a function compiled in parts): run it
              // from where compiled code left it, up to the next tick, call or return.
              $stack = $t.stack;
              $pc = $frame.pc;
            } else {
              if ($t.ticked) return;
              // Each entry into compiled code counts as an instruction: tail calls between compiled
              // functions come back here without a taken branch, and must still end a tick.
              if (--$ticks < 0) {
                $t.ticked = true;
                return;
              }
              continue main;
            }
          }
        }`;
  const engine = (name: string, doc: string, beforeInstruction: string, beforeDispatch = ''): string => `/**
 * ${doc}
 * Runs guest code on \`$t\` from its current frame until a return reaches a boundary frame.
 * Guest calls push frames and loop; they never recurse in JS.
 */
export function ${name}($t: Thread): void {
  let $frame: Frame = $t.frame;
  let $stack: any[] = $t.stack;
  let $code!: readonly number[];
  let $k!: any[];
  let $base = 0;
  let $pc = 0;
  let $ticks = ENGINE_TICK;
  let $callee: unknown = null;
  // Compiled functions nested in JS calls beneath this run (Thread.afterCompiledCall): an error unwinds
  // every one above.
  const $nesting = $t.jitNesting;${registry.usesCaches ? '\n  let $ick!: unknown[];\n  let $icv!: any[];' : ''}
  for (;;) {
    try {
      main: for (;;) {
        // The thread may have been switched to the other engine (debug hooks turned on or off).
        if ($t.engine !== ${name}) return $t.engine($t);
        $frame = $t.frame;
        if ($frame.kind !== FRAME_GUEST) return;
        $stack = $t.stack;
        $base = $frame.base;
        $pc = $frame.pc;
        $code = $frame.proto!.code;
        $k = $frame.proto!.consts;
        $callee = $frame.callee;${registry.usesCaches ? '\n        $ick = $frame.proto!.icKeys!;\n        $icv = $frame.proto!.icValues!;' : ''}
        if ($t.pendingCont >= 0) {
          const $c = $t.pendingCont;
          $t.pendingCont = -1;
          conts: switch ($c) {
${contCases.join('\n')}
            default:
              throw new Error(\`no continuation \${$c}\`);
          }
        }
${beforeDispatch}
        dispatch: for (;;) {
          if (--$ticks < 0) {
            // Return to Thread.run, which re-enters (see Thread.ticked).
            $frame.pc = $pc;
            $t.ticked = true;
            return;
          }${beforeInstruction}
          switch ($code[$pc]) {
${cases.join('\n')}
            default:
              throw new Error(\`bad opcode \${$code[$pc]} at pc \${$pc}\`);
          }
        }
      }
    } catch ($e) {
      if ($t.frame === $frame) $frame.pc = $pc;
      $t.jitNesting = $nesting;
      if ($t.handleError($e)) return;
    }
  }
}`;
  if (registry.usesCaches) bindCacheRuntime();
  const cacheCounts = new Map(variants.map((v) => [v.bytecode.name, registry.cacheCount(v.bytecode.name)]));
  // What stitched code may name: the interpreter module's values, handed to it as one object.
  const missNames = [...registry.cacheMisses.keys()].sort();
  const bindingNames = [...imports.valueNames(), '$RELOAD', '$TAKEN', '$icMisses', ...[...registry.outlined.keys()].sort(), ...missNames];
  const misses = missNames.map((n) => `/** Inline cache of ${n.slice(0, n.indexOf('$'))}: polymorphic lookup and miss. */\n${registry.cacheMisses.get(n)!}`);
  const text = `${imports.render()}

/** Inline-cache misses per variant id, for statistics (executions are counted by the instrumented engine). */
export const $icMisses = new Float64Array(${variants.length});

/** Returned by an outlined path when the thread's frame changed: reload and go on. */
const $RELOAD: unknown = { reload: true };
/** Returned by an outlined path of a branch bytecode to take the branch. */
const $TAKEN: unknown = { taken: true };

${engine('execute', 'The interpreter.', '', tierCheck)}

${engine(
    'executeInstrumented',
    'The same interpreter with a hook before every instruction (\`LanguageHooks.onInstruction\`), for debuggers: a thread runs on it while its hookMask has HOOK_INSTRUCTION.',
    `
          $frame.pc = $pc;
          $t.hooks.onInstruction!($t);`,
  )}

${[...outlined, ...misses].join('\n\n')}

/** Everything stencils may name (stencils.gen.ts lists the names in this order), for the JIT. */
export const $jitBindings: Record<string, unknown> = { ${bindingNames.join(', ')} };
`;
  return { text, cacheCounts, stencils, bindingNames };
}

/**
 * Outlined paths that compiled code may call with the registers in JS locals (see
 * promote-registers.ts): their code never touches the frame's registers (only values passed to
 * them and the scratch area past the frame, where metamethod arguments go) and calls nothing that
 * could, so guest code they start runs only after they return (a pushed frame, `$RELOAD`). Found
 * from the lowered text, so they follow the semantics: a path that reads a register range,
 * closes upvalues, collects garbage or re-enters guest code is not among them.
 */
function registerSafeOutlined(texts: ReadonlyMap<string, string>, safe: ReadonlySet<string>): Set<string> {
  const THREAD_METHODS_SAFE = new Set(['invoke']);
  // Raising an error: the compiled function writes its registers back when an error leaves it.
  const SAFE_CALLEES = new Set(['throwError']);
  const direct = new Map<string, boolean>();
  const calls = new Map<string, string[]>();
  for (const [name, text] of texts) {
    // The first line of the body names the frame's state for the lowered code: skip it.
    const body = text.slice(text.indexOf('\n', text.indexOf('{')) + 1);
    const lines = body.split('\n').filter((l) => !/^\s*const \$stack: any\[\] = \$t\.stack; const \$base = \$frame\.base;/.test(l));
    const code = lines.join('\n');
    let ok = !/\$stack\[\$base\b/.test(code) && !/\b(storeReturns|closeUpvalues|callThen|allocationCollect)\b|\.call\(|\bt\.stack\b|\$t\.stack\b/.test(code);
    // Every use of the thread other than these goes to a function that must be safe itself.
    // Thread methods: pushing a call frame is safe (guest code runs after the path returns).
    for (const m of code.matchAll(/\$t\.(\w+)\(/g)) if (!THREAD_METHODS_SAFE.has(m[1])) ok = false;
    const callees: string[] = [];
    for (const m of code.matchAll(/(\w+(?:\$\w*)*)\(\(?\$t\b/g)) {
      const callee = m[1];
      if (texts.has(callee)) callees.push(callee);
      else if (!safe.has(callee) && !SAFE_CALLEES.has(callee)) ok = false;
    }
    direct.set(name, ok);
    calls.set(name, callees);
  }
  const result = new Set<string>();
  const visiting = new Set<string>();
  const isSafe = (name: string): boolean => {
    if (result.has(name)) return true;
    if (visiting.has(name)) return true; // a cycle adds nothing unsafe
    visiting.add(name);
    const ok = direct.get(name) === true && calls.get(name)!.every(isSafe);
    visiting.delete(name);
    if (ok) result.add(name);
    return ok;
  };
  for (const name of texts.keys()) isSafe(name);
  return result;
}
