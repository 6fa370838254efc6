import { ts } from 'ts-morph';
import { HOLE_BRANCH, HOLE_CONSTANT, HOLE_NEXT, HOLE_PC, HOLE_REGISTER, HOLE_RELOAD, HOLE_RELOAD_FROM, HOLE_SPILL, HOLE_SPILL_RETURN } from '@deegen/stencil';
import { FRAME_SCRATCH, MAX_JIT_NESTING } from '../runtime/thread.js';
import { FRAME_GUEST } from '../runtime/frame.js';
import type { VariantModel } from './model.js';
import { poolLocals } from './pool-locals.js';
import { promoteRegisters } from './promote-registers.js';
import type { DeclaredWrite, StencilCalls } from './promote-registers.js';

/**
 * Stencils for the baseline JIT (@deegen/stencil), made from the interpreter's own handlers.
 *
 * A handler, as lowered for the interpreter, reads operand k of its instruction as
 * `$code[$pc + k]`, moves on with `$pc += length; continue dispatch;`, takes a branch with
 * `$pc = $code[$pc + k]; continue dispatch;` and asks the engine to reload its state with
 * `continue main;`. A stencil is the same code with each of those rewritten for one stitched
 * function per guest function, in which instruction `pc` is the block `i<pc>: { ... }`, laid out
 * by the stitcher in labelled blocks and loops or as a case of a `dispatch: for (;;) switch ($pc)`
 * loop:
 * - operand words become holes the stitcher fills with the word's value (a number);
 * - reads of `$pc` become a hole for the instruction's own pc, so cache indices and saved pcs
 *   are constants;
 * - moving on sets `$pc` to the next instruction and leaves with `break i<pc>`, which falls into
 *   the next instruction's case (so `$pc` is always the running instruction's, for errors);
 * - a taken branch is one hole (HOLE_BRANCH + operand word) that the stitcher fills for its
 *   layout: `break`/`continue` to a label (a backward one counting a tick), or `$pc = target`
 *   and round the dispatch loop, counting a tick;
 * - a guest call runs the callee's compiled code directly when it has some, and its continuation
 *   inline once the callee has returned (see compiledCall; bounded nesting);
 * - otherwise `continue main` (a guest call was pushed, a frame returned, or an outlined path asks
 *   for a reload) returns to the interpreter, which reloads and re-enters compiled code as needed.
 * The handler is TypeScript; the stencil is transpiled to JavaScript here, at build time.
 */

export interface EmittedStencil {
  readonly id: number;
  readonly name: string;
  readonly length: number;
  readonly parts: readonly string[];
  readonly holes: readonly number[];
  readonly flow: StencilFlow;
  /** Pool variables (`$v0` ...) the stencil uses for its locals (pool-locals.ts). */
  readonly temps: number;
}

/** See @deegen/stencil's Stencil.flow. */
export interface StencilFlow {
  readonly writes: readonly number[];
  readonly numbers: readonly number[];
  readonly targets: readonly number[];
  readonly clean: boolean;
  readonly falls: boolean;
  readonly calls: boolean;
}

/** A variant's out operand and declared writes, as operand word offsets. */
export function declaredWrites(v: VariantModel): DeclaredWrite[] {
  const out: DeclaredWrite[] = [];
  const dst = v.operands.find((o) => o.kind === 'out');
  if (dst !== undefined) out.push({ offset: dst.offset, add: 0, andAbove: false });
  for (const w of v.bytecode.writes) {
    const o = v.operands.find((x) => x.name === w.operand);
    if (o === undefined) throw new Error(`${v.name}: writes names no operand '${w.operand}'`);
    out.push({ offset: o.offset, add: w.add, andAbove: w.andAbove });
  }
  return out;
}

/** Indices (into `bindingNames`) of the bindings a stencil's text names. */
function usesOf(s: EmittedStencil, bindingNames: readonly string[]): number[] {
  const text = s.parts.join(' ');
  const out: number[] = [];
  bindingNames.forEach((name, i) => {
    const escaped = name.replace(/\$/g, '\\$');
    if (new RegExp(`(?<![\\w$.])${escaped}(?![\\w$])`).test(text)) out.push(i);
  });
  return out;
}

const BRANCH = /\$pc = \$code\[\$pc \+ (\d+)\]; continue dispatch;/g;
const NEXT = /\$pc \+= (\d+); continue dispatch;/g;
const OPERAND = /\$code\[\$pc \+ (\d+)\]/g;

/**
 * A guest call of stitched code (`$t.invoke(fn, argBase, argc, cont)` in the handler). When the
 * callee has compiled code, no hook is on, MAX_JIT_NESTING leaves room and neither the frame
 * list nor the stack must grow, the stencil pushes the callee's frame itself and calls the
 * callee's compiled code directly: one JS call site per guest call, whose target the host sees
 * and can inline, and no detour through the thread's generic protocol. Thread.afterCompiledCall
 * then says whether the caller goes on inline. Otherwise Thread.invoke, then
 * Thread.runCompiledCallee, as in the interpreter; a callee whose fate is undecided is left to
 * the interpreter's loop, whose tiering check counts the call (and compiles it when it is due):
 * asking the policy here instead cost every call site a write-back and reload of all its locals
 * around that rare path, and counted each such call twice. Every path ends in code that runs on
 * every call of its kind (no branch taken only every few thousand calls): V8 deoptimises a
 * function the first time it runs code it has no type feedback for, and re-optimising large
 * stitched functions cost deltablue 0.8 s when the per-tick call limit was checked here instead
 * of on the way back.
 */
function compiledCall(fn: string, argc: string, id: string): string {
  // Frame.enterGuest written out: in a large stitched function the host has spent its inlining
  // budget long before the call sites, and the method call cost a tenth of a call and return.
  // (test/runtime/enter-guest.test.ts checks that both leave a frame the same.)
  return `{
const $cf = ${fn}, $cn = ${argc};
const $cp = $cf.proto;
const $cj = $cp === null ? null : $cp.jit;
let $cg;
if (typeof $cj === 'function' && $t.jitNesting < ${MAX_JIT_NESTING} && $t.hookMask === 0 && $t.depth < $t.maxDepth && ($cg = $t.frames[$t.depth + 1]) !== undefined && $stack.length >= $ab + $cp.frameSize + ${FRAME_SCRATCH}) {
$frame.cont = ${id};
$t.depth++;
${ENTER_GUEST_INLINE}
$t.frame = $cg;
$t.jitNesting++;
$t.jitCallsLeft--;
$cj($t);
if ($t.afterCompiledCall($frame, ${id})) continue main;
} else if ($t.invoke($cf, $ab, $cn, ${id}) && ($cj === undefined || !$t.runCompiledCallee($frame, ${id}))) continue main;
}`;
}

/**
 * Frame.enterGuest($cf, $cp, $ab, $cn, $stack) on frame `$cg`, as text. A frame last used by a
 * vararg function gets a fresh empty list (stitched code cannot name the shared one).
 */
export const ENTER_GUEST_INLINE = `$cg.kind = ${FRAME_GUEST}; $cg.callee = $cf; $cg.proto = $cp; $cg.base = $ab; $cg.pc = 0; $cg.cont = -1; $cg.argc = $cn; $cg.top = 0; $cg.tailCalls = 0; $cg.hookPc = -1;
if ($cg.varargs.length !== 0) $cg.varargs = [];
for (let $i = $cn; $i < $cp.numParams; $i++) $stack[$ab + $i] = undefined;`;

/** The stencil of one variant, from its interpreter handler text. */
export function stencilOf(
  v: VariantModel,
  handler: string,
  named: StencilCalls = {},
): EmittedStencil {
  // Branch targets are operand words (absolute pcs): the only way a stencil goes round the dispatch loop.
  const targets = new Set<number>();
  let ts1 = handler.replace(BRANCH, (_, k: string) => {
    targets.add(Number(k));
    return `$pcVar = $code[$pc + ${k}]; if (--$ticks < 0) break $tick; $$JUMP`;
  });
  ts1 = ts1.replace(NEXT, (_, n: string) => {
    if (Number(n) !== v.length) throw new Error(`${v.name}: a handler moved on by ${n} words, not ${v.length}`);
    return '$pcVar = $$NEXT; break $$LABEL;';
  });
  if (/continue dispatch|break conts|\$pc \+=|\$pc = /.test(ts1)) throw new Error(`${v.name}: a handler's control flow has a form stencils do not know`);
  // A guest call whose callee has compiled code runs it right here (bounded JS nesting): when the
  // callee has returned into this frame, its continuation runs inline (Thread.runCompiledCallee).
  let calls = false;
  // The lowering (lower.ts) writes every guest call as `$t.invoke(<callee> as GuestCallable, $ab, <count>, <id>)`.
  ts1 = ts1.replace(/if \(\$t\.invoke\((.*?) as GuestCallable, \$ab, (.*?), (\d+)\)\) continue main;/g, (_, fn: string, argc: string, id: string) => {
    calls = true;
    return compiledCall(fn, argc, id);
  });
  ts1 = ts1.replace(/\$\$JUMP/g, 'continue dispatch;').replace(/continue main;/g, 'return;');
  ts1 = ts1.replace(OPERAND, (_, k: string) => `$$H${k}`);
  // A read of the constant pool at an operand is a hole of its own: the stitcher may write the
  // constant itself there (a number literal, see @deegen/stencil's HOLE_CONSTANT).
  ts1 = ts1.replace(/\$k\[\$\$H(\d+)\]/g, (_, k: string) => `$$K${k}`);
  if (/\$code\b/.test(ts1)) throw new Error(`${v.name}: a handler reads the code array other than as an operand`);
  // (Replacement functions, not strings: `$$` in a replacement string means one `$`.)
  ts1 = ts1.replace(/\$pc\b/g, () => '$$PC').replace(/\$pcVar\b/g, () => '$pc');

  // Transpile inside a function that declares what handlers use, then cut the body back out.
  const wrapped = `function $stencil() {\n$leave: { $tick: { $bail: { dispatch: for (;;) { $$LABEL: {\n"@@begin";\n${ts1}\n"@@end";\n} } } } }\n}\n`;
  const js = ts.transpileModule(wrapped, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
    reportDiagnostics: false,
  }).outputText;
  const begin = js.indexOf('"@@begin";');
  const end = js.lastIndexOf('"@@end";');
  if (begin < 0 || end < begin) throw new Error(`${v.name}: transpiled stencil lost its markers`);
  const plain = js
    .slice(begin + '"@@begin";'.length, end)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
  const writes = declaredWrites(v);
  const promoted = promoteRegisters(plain, v.name, named, writes);
  // A taken branch becomes one hole, which the stitcher writes for its layout (round the dispatch
  // loop, or to a label of structured code).
  let body = promoted.text.replace(/\$pc = \$\$H(\d+);\nif \(--\$ticks < 0\)\nbreak \$tick;\ncontinue dispatch;/g, (_, k: string) => `$$BR${k};`);
  if (/continue dispatch/.test(body)) throw new Error(`${v.name}: a taken branch has a form the stitcher does not know`);
  // An outlined path that asks for a reload with the locals current (`break $leave`) may have
  // pushed a guest call (a metamethod written in Lua): the function's shared `$called` path runs
  // the callee's compiled code nested and the continuation in the interpreter, then goes on at
  // the pc the continuation left (see @deegen/stencil). Making a comparison's successors entries
  // of the structured layout for it was measured and not kept (docs/architecture.md).
  body = body.replace(/if \(\$r === \$RELOAD\)\nbreak \$leave;/g, 'if ($r === $RELOAD)\nbreak $called;');
  // The stencil's locals become the stitched function's shared pool (pool-locals.ts).
  const pool = poolLocals(body, v.name);
  body = pool.text;

  const parts: string[] = [];
  const holes: number[] = [];
  const hole = /\$\$BR(\d+);|\$\$H(\d+)|\$\$R(\d+)_(\d+)|\$\$SPILLRET(\d+)_(\d+);|\$\$PC|\$\$NEXT|\$\$LABEL|\$\$SPILL;|\$\$RELOAD;|\$\$RELOADFROM(\d+)_(\d+)_([01]);|\$\$K(\d+)/g;
  let last = 0;
  for (const m of body.matchAll(hole)) {
    parts.push(body.slice(last, m.index));
    if (m[0] === '$$LABEL') {
      // The block label is `i` followed by the pc.
      parts[parts.length - 1] += 'i';
      holes.push(HOLE_PC);
    } else if (m[1] !== undefined) holes.push(HOLE_BRANCH + Number(m[1]));
    else if (m[2] !== undefined) holes.push(Number(m[2]));
    else if (m[3] !== undefined) holes.push(HOLE_REGISTER + 100 * Number(m[3]) + Number(m[4]));
    else if (m[5] !== undefined) holes.push(HOLE_SPILL_RETURN + 100 * Number(m[5]) + Number(m[6]));
    else if (m[0] === '$$SPILL;') holes.push(HOLE_SPILL);
    else if (m[0] === '$$RELOAD;') holes.push(HOLE_RELOAD);
    else if (m[7] !== undefined) holes.push(HOLE_RELOAD_FROM + 10000 * Number(m[9]) + 100 * Number(m[7]) + Number(m[8]));
    else if (m[10] !== undefined) holes.push(HOLE_CONSTANT + Number(m[10]));
    else holes.push(m[0] === '$$NEXT' ? HOLE_NEXT : HOLE_PC);
    last = m.index! + m[0].length;
  }
  parts.push(body.slice(last));
  const flow: StencilFlow = {
    writes: promoted.writes.map(([k, c]) => HOLE_REGISTER + 100 * k + c).sort((a, b) => a - b),
    numbers: promoted.numbers.map(([k, c]) => HOLE_REGISTER + 100 * k + c).sort((a, b) => a - b),
    targets: [...targets].sort((a, b) => a - b),
    clean: promoted.clean,
    falls: promoted.falls,
    calls,
  };
  return { id: v.id, name: v.name, length: v.length, parts, holes, flow, temps: pool.temps };
}

function flowText(f: StencilFlow): string {
  return `{ writes: [${f.writes.join(', ')}], ${f.numbers.length > 0 ? `numbers: [${f.numbers.join(', ')}], ` : ''}targets: [${f.targets.join(', ')}], clean: ${f.clean}, falls: ${f.falls}, calls: ${f.calls} }`;
}

/** The generated stencil module: data only (the stitcher is @deegen/stencil). */
export function emitStencils(stencils: readonly EmittedStencil[], bindingNames: readonly string[]): string {
  const rows = stencils.map(
    (s) =>
      `  // ${s.name}\n  { name: ${JSON.stringify(s.name)}, length: ${s.length}, uses: [${usesOf(s, bindingNames).join(', ')}], holes: [${s.holes.join(', ')}], flow: ${flowText(s.flow)}, temps: ${s.temps}, parts: ${JSON.stringify(s.parts)} },`,
  );
  return `/**
 * Stencils of the baseline JIT, one per bytecode variant (indexed by variant id), made from the
 * same semantics as the interpreter. \`parts\` interleave with \`holes\`: hole k >= 1 is operand
 * word k of the instruction, ${HOLE_PC} is the instruction's pc, ${HOLE_NEXT} the next one's, ${HOLE_SPILL} writes the
 * register locals back and ${HOLE_RELOAD} reloads them, ${HOLE_RELOAD_FROM} + 10000 f + 100 k + c those from
 * (operand k) + c on (none when k = 0) and, when f = 1, those closures captured,
 * ${HOLE_REGISTER} + 100 k + c is register (operand k) + c as a local,
 * ${HOLE_SPILL_RETURN} + 100 k1 + k2 writes back registers (operand k1) on, (operand k2) of them,
 * ${HOLE_BRANCH} + k is a taken branch to the pc in operand word k, ${HOLE_CONSTANT} + k the constant-pool
 * entry operand word k names (read from the pool, or written as a literal); \`uses\` lists
 * the bindings (indices into \`bindingNames\`) the stencil names; \`flow\` tells the stitcher which registers
 * the stencil writes as locals (holes as above) and those of them it may write a number to, its branch targets (operand words), whether it always
 * leaves the locals clean, whether it can go on to the next instruction and whether it makes guest
 * calls (compiled code is entered again after them); \`temps\` is how many of the stitched function's
 * pool variables (\`$v0\` ...) the stencil's locals use. See @deegen/stencil.
 */
export const stencils: readonly {
  readonly name: string;
  readonly length: number;
  readonly uses: readonly number[];
  readonly holes: readonly number[];
  readonly flow: {
    readonly writes: readonly number[];
    readonly numbers?: readonly number[];
    readonly targets: readonly number[];
    readonly clean: boolean;
    readonly falls: boolean;
    readonly calls: boolean;
  };
  readonly temps: number;
  readonly parts: readonly string[];
}[] = [
${rows.join('\n')}
];

/** Names the stencils use, in the order of the interpreter module's \`$jitBindings\`. */
export const bindingNames: readonly string[] = ${JSON.stringify(bindingNames)};
`;
}
