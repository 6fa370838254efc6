import { basename } from 'node:path';
import { Node } from 'ts-morph';
import { ImportSet } from './imports.js';
import { stencilOf } from './emit-stencils.js';
import type { EmittedStencil } from './emit-stencils.js';
import { Registry, lowerContinuation, lowerHandler, lowerOutlined } from './lower.js';
import type { SemanticsFile, TypesModel, VariantModel } from './model.js';

/**
 * Emits the interpreter: one `execute(thread)` with a `dispatch` switch (one case per variant),
 * a `conts` switch (one case per continuation) and the outlined slow paths as functions.
 */
export function emitInterpreter(
  files: readonly SemanticsFile[],
  types: TypesModel,
  variants: readonly VariantModel[],
  outDir: string,
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
  const stencils = variants.map((v, i) => stencilOf(v, handlers[i]));
  // Continuations and outlined functions are discovered while lowering (and may discover more):
  // lower both lists until neither grows.
  const contCases: string[] = [];
  const outlined: string[] = [];
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
      outlined.push(`/** ${o.variant.name}: ${what}. */\n${lowerOutlined(o.name, o.variant, o.fn, o.file, types, registry)}`);
    }
  }
  // Before dispatching, the plain engine hands the frame to compiled code when its function has
  // some, or asks the thread's tiering policy (which may compile it now). Never while debug hooks
  // are on: they run on the instrumented engine, instruction by instruction.
  const tierCheck = `
        if ($t.tiering !== null && $t.hookMask === 0) {
          const $p = $frame.proto!;
          if ($p.jit !== null && ($p.jit !== undefined || $t.tiering.visit($p, $t))) {
            $frame.pc = $pc;
            try {
              $p.jit!($t);
            } catch ($e) {
              // Compiled code left the failing instruction's pc in the frame: keep it.
              if ($t.frame === $frame) $pc = $frame.pc;
              throw $e;
            }
            if ($t.ticked) return;
            continue main;
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
  let $code!: Int32Array;
  let $k!: any[];
  let $base = 0;
  let $pc = 0;
  let $ticks = ENGINE_TICK;
  let $callee: unknown = null;${registry.usesCaches ? '\n  let $ick!: unknown[];\n  let $icv!: any[];' : ''}
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
      if ($t.handleError($e)) return;
    }
  }
}`;
  if (registry.usesCaches) bindCacheRuntime();
  const cacheCounts = new Map(variants.map((v) => [v.bytecode.name, registry.cacheCount(v.bytecode.name)]));
  // What stitched code may name: the interpreter module's values, handed to it as one object.
  const bindingNames = [...imports.valueNames(), '$RELOAD', '$TAKEN', '$icMisses', ...[...registry.outlined.keys()].sort()];
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

${outlined.join('\n\n')}

/** Everything stencils may name (stencils.gen.ts lists the names in this order), for the JIT. */
export const $jitBindings: Record<string, unknown> = { ${bindingNames.join(', ')} };
`;
  return { text, cacheCounts, stencils, bindingNames };
}
