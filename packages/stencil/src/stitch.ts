/**
 * The run-time stitcher of the baseline JIT: copies the stencil of each instruction of a guest
 * function, fills its holes with numbers read from the bytecode, and wraps the result in one JS
 * function that the host engine compiles. No parsing, no analysis: one pass over the code words.
 */

/**
 * Hole values: the instruction's own pc, the next instruction's, the write-back of the register
 * locals to the frame, their reload, and register (operand word k) + c as a local
 * (HOLE_REGISTER + 100 k + c), and the write-back of the registers a return hands over only
 * (HOLE_SPILL_RETURN + 100 k1 + k2: from operand k1, operand k2 of them, or all from k1 on when
 * negative), and a taken branch (HOLE_BRANCH + k, below). Other holes are operand word offsets,
 * 1 <= k < 100.
 */
export const HOLE_PC = -1;
export const HOLE_NEXT = -2;
export const HOLE_SPILL = -3;
export const HOLE_RELOAD = -4;
export const HOLE_REGISTER = 1000;
export const HOLE_SPILL_RETURN = 20000;
/**
 * A taken branch to the pc in operand word k (HOLE_BRANCH + k): the whole transfer statement,
 * which the stitcher writes for its layout (round the dispatch loop, or `break`/`continue` to a
 * label of the structured layout).
 */
export const HOLE_BRANCH = 30000;
/**
 * A reload of only the registers an instruction's escapes may have written (HOLE_RELOAD_FROM +
 * 10000 f + 100 k + c): those from register (operand word k) + c on (none when k = 0), and
 * when f = 1, after a guest call or a builtin ran, those other functions can write during a call
 * (StitchOptions.shared: registers closures captured). A frame whose registers something else
 * wrote during a call (a debugger's setlocal sets Frame.poked) is not continued by compiled code:
 * the thread's call protocol leaves the continuation to the interpreter (Thread.afterCompiledCall,
 * runCompiledCallee, invoke).
 */
export const HOLE_RELOAD_FROM = 40000;
/**
 * The constant-pool entry that operand word k names (HOLE_CONSTANT + k): `$k[<index>]`, or the
 * entry itself as a number literal when StitchOptions.constants holds a number there. V8 knows
 * the type of a literal but not of a value read from the pool. So a loop variable that starts
 * from a literal and is updated by arithmetic stays an unboxed double in optimised code, while one
 * that starts from a pool read is boxed at every update.
 */
export const HOLE_CONSTANT = 60000;

/** One bytecode variant's stencil, as `pnpm gen` writes them into a language's stencils.gen.ts. */
export interface Stencil {
  readonly name: string;
  /** Code words of the instruction, opcode included. */
  readonly length: number;
  /** The bindings the stencil names, as indices into StencilSet.bindingNames. */
  readonly uses: readonly number[];
  /** Operand word offsets (>= 1), HOLE_PC or HOLE_NEXT, interleaved with `parts` (parts.length = holes.length + 1). */
  readonly holes: readonly number[];
  readonly parts: readonly string[];
  /**
   * The stencil's register traffic, for writing back only the locals that changed: `writes`, the
   * registers it assigns as locals (HOLE_REGISTER holes); `targets`, the operand words that hold its
   * branch targets (absolute pcs; a taken branch is the only way a stencil goes round the dispatch
   * loop); `clean`, whether every way on to another instruction leaves the locals just reloaded
   * with nothing written since; `falls`, whether it can go on to the next instruction; `calls`,
   * whether it makes a guest call whose continuation the interpreter may run, after which compiled
   * code is entered again at one of its successors. Without it, every write-back writes every
   * local and the function keeps the dispatch-loop layout.
   */
  readonly flow?: {
    readonly writes: readonly number[];
    /**
     * Those of `writes` that some path assigns a number (arithmetic, say): the registers whose
     * values the entries into a loop that writes them convert (StitchOptions.typedEntries). A hint
     * only: absent, nothing is converted.
     */
    readonly numbers?: readonly number[];
    readonly targets: readonly number[];
    readonly clean: boolean;
    readonly falls: boolean;
    readonly calls?: boolean;
  };
  /**
   * How many of the stitched function's pool variables (`$v0`, `$v1`, ...) the stencil's text
   * assigns instead of declaring locals of its own: the stitcher declares as many as its largest
   * stencil needs, once, so that the host gives a long function few registers (see ir's
   * pool-locals.ts). Absent: none.
   */
  readonly temps?: number;
}

/** What a language gives the stitcher, all generated: stencils by variant id and the names they use. */
export interface StencilSet {
  readonly stencils: readonly Stencil[];
  readonly bindingNames: readonly string[];
}

/** Options of one stitch. */
export interface StitchOptions {
  /** Taken branches between returns to the caller (the engine's tick). */
  readonly tick: number;
  /**
   * Instructions a tick of this function stands for, stored in the thread's `tickCost` when it
   * ticks (budgets charge it). Compiled code counts taken branches, not instructions, so only the
   * language can estimate this; without it nothing is stored.
   */
  readonly tickCost?: number;
  /**
   * The same for the structured layout, which counts only backward branches (loop iterations)
   * and the interpreter's steps.
   */
  readonly loopTickCost?: number;
  /**
   * `structured` (the default): labelled blocks and loops where the function's control flow is
   * reducible and every stencil describes its branches (`flow` and HOLE_BRANCH holes); the
   * dispatch loop otherwise. `dispatch`: always the dispatch loop.
   */
  readonly layout?: 'structured' | 'dispatch';
  /** Put `// pc name` before each instruction (for dumps); off for real compiles. */
  readonly comments?: boolean;
  /**
   * The function's register count (its frame size). Registers below it live in JS locals `$R<n>`;
   * without it every register stays in the thread's array.
   */
  readonly registers?: number;
  /**
   * Registers that code other than this activation's may write while it makes a call (captured by
   * closures, for Lua), reloaded after every call (HOLE_RELOAD_FROM). Without it, every call
   * reloads every register.
   */
  readonly shared?: readonly number[];
  /**
   * A number for the compiled function's name (`$compiled<id>`), so that profiles and the host's
   * tracing tell compiled functions apart; `--dump-jit` shows the same name. Only a number.
   */
  readonly id?: number;
  /**
   * The function's constant pool, which must never change once the function is compiled: every
   * number in it is written into the stitched text as a literal (HOLE_CONSTANT). Only numbers
   * become text. Without it, every constant is read from the pool.
   */
  readonly constants?: readonly unknown[];
  /**
   * Whether the structured layout's entry cascade types, on the way into each loop, the registers
   * the loop may write numbers to (typed entries, see loopRegisters); on unless false.
   */
  readonly typedEntries?: boolean;
}

/**
 * The source text of the body of a factory `($rt, $resume) => (t) => void` for `code`. The
 * compiled function runs the thread's current frame from its saved pc until the frame changes (a
 * call, a return, an error) or its ticks run out, exactly as the interpreter would. Two layouts:
 * - structured (see structuredBody): labelled blocks and loops, entered at pc 0, at loop heads
 *   (so entering in the middle of a running loop, OSR, is an ordinary call) and after guest
 *   calls; an activation that must go on from another instruction goes on in `$resume`;
 * - the dispatch loop `for (;;) switch ($pc)`, one case per instruction, entered at any one.
 */
export function stitchSource(set: StencilSet, code: ArrayLike<number>, options: StitchOptions, region: Region | null = null): string {
  return stitch(set, code, options, region).source;
}

/**
 * A part of a function compiled on its own (see split.ts): the blocks of its control-flow graph
 * it holds, by reverse-postorder number. Its code is entered at its first pc by the function's
 * dispatcher, with the taken branches left in the current tick (`$ticksIn`), and returns that
 * count when control goes to an instruction outside it, with the locals written back and the pc
 * in the frame.
 */
export interface Region {
  readonly graph: ControlFlow;
  readonly blocks: Uint8Array;
}

/**
 * What stitch makes: the source and its size (stitchedSize, what the compile limit applies to),
 * whether it is in the structured layout, each instruction's text length (by pc), and the
 * control-flow graph (null in the dispatch layout).
 */
export interface Stitched {
  readonly source: string;
  readonly size: number;
  readonly structured: boolean;
  readonly sizes: Int32Array;
  readonly graph: ControlFlow | null;
  /** Whether its entry cascade converts registers (StitchOptions.typedEntries). */
  readonly typed: boolean;
}

/** stitchSource, and whether the layout is the structured one; only `region`'s instructions when given. */
export function stitch(set: StencilSet, code: ArrayLike<number>, options: StitchOptions, region: Region | null = null): Stitched {
  /** The register a HOLE_REGISTER hole of the instruction at `pc` names. */
  const registerAt = (pc: number, h: number): number =>
    (code[pc + Math.floor((h - HOLE_REGISTER) / 100)] | 0) + ((h - HOLE_REGISTER) % 100);
  // The instructions (their pcs, and each pc's instruction number, -1 inside one), and the
  // registers the stencils name as locals: as many as the highest one named, within the frame.
  const pcs: number[] = [];
  const index = new Int32Array(code.length).fill(-1);
  let locals = 0;
  for (let pc = 0; pc < code.length; ) {
    const s = set.stencils[code[pc]];
    if (s === undefined) throw new Error(`no stencil for opcode ${code[pc]} at pc ${pc}`);
    index[pc] = pcs.length;
    pcs.push(pc);
    if (options.registers !== undefined) {
      for (const h of s.holes) {
        if (h >= HOLE_REGISTER && h < HOLE_SPILL_RETURN) locals = Math.max(locals, registerAt(pc, h) + 1);
      }
    }
    pc += s.length;
  }
  // Not the scratch area past the frame: outlined paths put metamethod arguments there.
  locals = Math.min(locals, options.registers ?? 0);
  /** The write-back of each local. */
  const stores: string[] = [];
  const declare: string[] = [];
  for (let r = 0; r < locals; r++) {
    stores.push(`$S[$B+${r}]=$R${r};`);
    declare.push(`$R${r} = $stack[$base + ${r}]`);
  }
  const spill = stores.join('');
  /** Reloads of registers from `from` on, and of the shared ones after calls, by (from, calls); from 0, every local. */
  const partial = new Map<number, string>();
  const shared = new Uint8Array(locals);
  if (options.shared === undefined) shared.fill(1);
  else for (const r of options.shared) if (r >= 0 && r < locals) shared[r] = 1;
  const reloadFrom = (from: number, calls: boolean): string => {
    const key = from * 2 + (calls ? 1 : 0);
    let text = partial.get(key);
    if (text === undefined) {
      text = '';
      for (let r = 0; r < locals; r++) if (r >= from || (calls && shared[r] === 1)) text += `$R${r}=$S[$B+${r}];`;
      partial.set(key, text);
    }
    return text;
  };
  const reload = reloadFrom(0, false);
  const register = (r: number): string => (r < locals ? `$R${r}` : `$stack[$base + ${r}]`);
  const pool = options.constants;
  const constant = (i: number): string => {
    const c = pool === undefined ? undefined : pool[i];
    return typeof c === 'number' ? numberLiteral(c) : `$k[${i}]`;
  };
  const structuredLayout = options.layout !== 'dispatch';
  const graph = region !== null ? region.graph : structuredLayout ? controlFlow(set, code, pcs, index) : null;
  /** Whether the instruction at `pc` is compiled here (a region holds some blocks only). */
  const inside = (pc: number): boolean => region === null || (graph!.blockOf[pc] >= 0 && region.blocks[graph!.blockOf[pc]] === 1);
  // In the structured layout every way into a loop from outside it writes the locals back, so
  // what the code before a loop wrote is not written back again at every call inside it.
  const entersLoop =
    graph === null || !structuredLayout
      ? null
      : (from: number, to: number): boolean => {
          const t = graph.blockAt[to];
          const f = graph.blockOf[from];
          return t >= 0 && f >= 0 && graph.loop[t] === 1 && t > f;
        };
  const dirty = locals > 0 ? dirtyRegisters(set, code, pcs, index, locals, registerAt, entersLoop) : null;
  /** The write-back of registers `from` to `to` (exclusive) that may have changed before instruction `pc`. */
  const spillAt = (pc: number, from: number, to: number): string => {
    if (dirty === null) return from === 0 && to === locals ? spill : stores.slice(from, to).join('');
    const at = index[pc] * dirty.words;
    let text = '';
    for (let w = from >>> 5; w < dirty.words && w << 5 < to; w++) {
      let bits = dirty.bits[at + w];
      while (bits !== 0) {
        const r = (w << 5) + (31 - Math.clz32(bits & -bits));
        bits &= bits - 1;
        if (r >= from && r < to) text += stores[r];
      }
    }
    return text;
  };

  const used = new Set<number>();
  let temps = 0;
  const sizes = new Int32Array(code.length);
  /**
   * Leaving a region for the instruction at `target` (outside it), from the instruction at `pc`:
   * the locals that may have changed go back to the frame, and the dispatcher goes on there.
   */
  const exitTo = (target: number, pc: number): string => `$pc = ${target};\n${spillAt(pc, 0, locals)}$frame.pc = $pc; return $ticks;`;
  /** The text of the instruction at `pc`, its taken branches written by `branch(target)`. */
  const instruction = (pc: number, layoutBranch: (target: number, from: number) => string): string => {
    const branch = region === null ? layoutBranch : (target: number, from: number): string => (inside(target) ? layoutBranch(target, from) : exitTo(target, from));
    const s = set.stencils[code[pc]];
    for (const u of s.uses) used.add(u);
    if (s.temps !== undefined && s.temps > temps) temps = s.temps;
    let text = s.parts[0];
    for (let i = 0; i < s.holes.length; i++) {
      const h = s.holes[i];
      // Holes are numbers from the code array, and constants only numbers written by numberLiteral
      // (digits, sign, point, exponent, parentheses): no text a guest program controls becomes source.
      let fill: string;
      if (h >= HOLE_CONSTANT) fill = constant(code[pc + (h - HOLE_CONSTANT)] | 0);
      else if (h >= HOLE_RELOAD_FROM) {
        const k = Math.floor((h - HOLE_RELOAD_FROM) / 100) % 100;
        const from = k === 0 ? locals : Math.max(0, (code[pc + k] | 0) + ((h - HOLE_RELOAD_FROM) % 100));
        fill = reloadFrom(from, h - HOLE_RELOAD_FROM >= 10000);
      } else if (h >= HOLE_BRANCH) fill = branch(code[pc + (h - HOLE_BRANCH)] | 0, pc);
      else if (h >= HOLE_SPILL_RETURN) {
        const first = code[pc + Math.floor((h - HOLE_SPILL_RETURN) / 100)] | 0;
        const count = code[pc + ((h - HOLE_SPILL_RETURN) % 100)] | 0;
        fill = spillAt(pc, Math.max(0, first), count < 0 ? locals : Math.min(locals, first + count));
      } else if (h >= HOLE_REGISTER) fill = register(registerAt(pc, h));
      else if (h === HOLE_PC) fill = String(pc);
      else if (h === HOLE_NEXT) fill = String(pc + s.length);
      else if (h === HOLE_SPILL) fill = spillAt(pc, 0, locals);
      else if (h === HOLE_RELOAD) fill = reload;
      else fill = String(code[pc + h] | 0);
      text += fill + s.parts[i + 1];
    }
    sizes[pc] = text.length;
    return text;
  };

  const out: string[] = [];
  out.push('');
  const name = options.id === undefined ? '$compiled' : `$compiled${Math.trunc(options.id)}`;
  out.push(region === null ? `return function ${name}($t) {` : `return function ${name}($t, $ticksIn) {`);
  out.push('const $frame = $t.frame; const $stack = $t.stack; const $base = $frame.base; const $callee = $frame.callee;');
  out.push('const $proto = $frame.proto; const $k = $proto.consts; const $ick = $proto.icKeys; const $icv = $proto.icValues;');
  out.push(`let $pc = $frame.pc; let $ticks = ${region === null ? options.tick | 0 : '$ticksIn'};`);
  // Registers in locals are written back wherever the array can be observed (see ir's
  // promote-registers.ts); entering at any pc reads them all.
  if (locals > 0) out.push(`const $S = $stack, $B = $base; let ${declare.join(', ')};`);
  // 1 while an outlined path runs with the registers in locals: if it throws, they are written back.
  out.push('let $safe = 0;');
  // The stencils' locals (Stencil.temps), filled in below once every instruction is written.
  const poolLine = out.length;
  out.push('');
  // `$pc` is the running instruction's at every point where something can throw: errors raised
  // inside compiled code leave it in the frame, for positions and tracebacks.
  out.push('try {');
  // Three shared paths that write the registers back. A stencil whose fast paths all failed leaves
  // its instruction to the interpreter with `break $bail` (see ir's promote-registers.ts): the
  // interpreter runs just that instruction (Thread.stepInterpreted) and compiled code goes on at
  // the pc it left, or returns if control left this frame. The end of a tick (`break $tick`,
  // with `$pc` the branch target) returns to the interpreter's loop, and so does `break $leave`
  // (control left this frame: a call was pushed or an outlined path asks for a reload).
  out.push('$leave: {');
  out.push('$tick: {');
  // The interpreter's step counts as a taken branch: a loop that bails every time still ticks.
  const step = `${spill}$frame.pc = $pc; if ($t.stepInterpreted($frame)) return; ${reload}$pc = $frame.pc; if (--$ticks < 0) break $tick;`;
  // A fourth: an outlined path asked for a reload (`break $called`, see ir's emit-stencils.ts)
  // after pushing a guest call, a metamethod written in Lua. With the locals written back, the
  // callee's compiled code runs nested (Thread.runPushedCallee), the interpreter runs just the
  // continuation, and compiled code goes on at the pc that left; otherwise, as `$leave`, control
  // returns to the interpreter's loop.
  const called = pcs.some((pc) => inside(pc) && makesCalls(set.stencils[code[pc]]))
    ? `${spill}if (!$t.runPushedCallee($frame) || $t.stepInterpreted($frame, true)) return; ${reload}$pc = $frame.pc; if (--$ticks < 0) break $tick;`
    : null;
  let tickCost = options.tickCost;
  /** Whether the entry cascade converts registers (typed entries, see loopRegisters). */
  let converts = false;
  const dispatchLayout = graph === null || !structuredLayout;
  if (dispatchLayout) {
    out.push('dispatch: for (;;) {');
    if (called !== null) out.push('$called: {');
    out.push('$bail: {');
    out.push('switch ($pc) {');
    const branch = (target: number): string => tickThen(target, 'dispatch');
    for (const pc of pcs) {
      if (!inside(pc)) continue;
      if (options.comments === true) out.push(`// ${pc} ${set.stencils[code[pc]].name}`);
      out.push(`case ${pc}: i${pc}: {\n${instruction(pc, branch)}\n}`);
      // Falling through to an instruction outside the region leaves it.
      const next = pc + set.stencils[code[pc]].length;
      if (region !== null && next < code.length && !inside(next)) out.push(exitTo(next, pc));
    }
    out.push(region === null ? 'default: throw new Error(`no instruction at pc ${$pc}`);' : `default: ${spill}$frame.pc = $pc; return $ticks;`);
    out.push('}');
    out.push('throw new Error(`fell off the end of the code at pc ${$pc}`);');
    out.push('}');
    out.push(step);
    if (called !== null) out.push('continue dispatch;\n}', called);
    out.push('}');
  } else {
    tickCost = options.loopTickCost;
    const numbersAt = (pc: number): number[] => {
      const regs: number[] = [];
      for (const h of set.stencils[code[pc]].flow?.numbers ?? []) {
        const r = registerAt(pc, h);
        if (r >= 0 && r < locals) regs.push(r);
      }
      return regs;
    };
    converts = structuredBody(graph, out, set, code, instruction, options.comments === true, reload, step, called, (pc) => spillAt(pc, 0, locals), region === null ? null : region.blocks, exitTo, options.typedEntries === false || locals === 0 ? null : numbersAt);
  }
  out.push('}');
  const cost = tickCost === undefined ? '' : ` $t.tickCost = ${Math.max(1, Math.round(tickCost))};`;
  out.push(`${spill}$frame.pc = $pc; $t.ticked = true;${cost} return;`);
  out.push('}');
  out.push(`${spill}return;`);
  out.push(`} catch ($e) { if ($safe === 1) { ${spill}} if (${graph === null ? '' : '$safe !== 2 && '}$t.frame === $frame) $frame.pc = $pc; throw $e; }`);
  out.push('};');
  // Only the bindings these stencils name are unpacked (the full list is a few hundred names),
  // with `var`: V8 checks every use of a `const` from the enclosing function for the hole.
  if (temps > 0) out[poolLine] = `var ${Array.from({ length: temps }, (_, i) => `$v${i}`).join(', ')};`;
  out[0] = `var { ${[...used].sort((a, b) => a - b).map((i) => set.bindingNames[i]).join(', ')} } = $rt;`;
  // What a typed entry calls with a register that is not a number: one call site per conversion,
  // so that the host's feedback tells apart the registers that ever hold anything else.
  if (converts) out[0] += '\nfunction $untyped(v) { return v; }';
  const source = out.join('\n');
  return { source, size: stitchedSize(source), structured: !dispatchLayout, sizes, graph, typed: converts };
}

/** A taken branch that counts a tick: set `$pc`, end the tick or go on with `continue <label>`. */
function tickThen(target: number, label: string): string {
  return `$pc = ${target};\nif (--$ticks < 0)\nbreak $tick;\ncontinue ${label};`;
}

/**
 * A function's control-flow graph, for the structured layout: basic blocks in reverse postorder
 * from pc 0 (unreachable ones left out), their immediate dominators, and the blocks compiled
 * code can be entered at.
 */
export interface ControlFlow {
  /** Blocks in reverse postorder: first pc and the pcs of their instructions. */
  readonly blocks: readonly { readonly pc: number; readonly pcs: readonly number[]; readonly succ: readonly number[] }[];
  /** Reverse-postorder number of the block starting at each pc (-1: no reachable block starts there). */
  readonly blockAt: Int32Array;
  /** Reverse-postorder number of the block holding the instruction at each pc (-1: unreachable). */
  readonly blockOf: Int32Array;
  /** Immediate dominator of each block (block 0: itself). */
  readonly idom: Int32Array;
  /** Whether a backward edge (to a block not after it in reverse postorder) reaches each block. */
  readonly loop: Uint8Array;
  /** Whether compiled code can be entered at the block (pc 0, loop heads, call continuations). */
  readonly entry: Uint8Array;
}

/**
 * The control-flow graph of `code`, or null when the structured layout cannot express it: some
 * stencil lacks its flow or writes a branch other than as a HOLE_BRANCH hole, a branch target is
 * not an instruction, or the graph is irreducible (a loop entered other than through its head).
 * Basic blocks start at pc 0, at branch targets and after instructions that branch, do not fall
 * through or make guest calls. Linear in the code, except for the dominator pass, which iterates
 * to a fixed point (twice or three times over reducible graphs).
 */
function controlFlow(set: StencilSet, code: ArrayLike<number>, pcs: readonly number[], index: Int32Array): ControlFlow | null {
  if (pcs.length === 0) return null;
  const leader = new Uint8Array(code.length + 1);
  leader[0] = 1;
  for (const pc of pcs) {
    const s = set.stencils[code[pc]];
    const flow = s.flow;
    if (flow === undefined || !branchesAsHoles(s)) return null;
    if (flow.targets.length > 0 || !flow.falls || flow.calls === true) leader[pc + s.length] = 1;
    for (const k of flow.targets) {
      const t = code[pc + k] | 0;
      if (t < 0 || t >= code.length || index[t] < 0) return null;
      leader[t] = 1;
    }
  }
  // Blocks in code order: their instructions and successor pcs.
  const startOf = new Int32Array(code.length).fill(-1);
  const raw: { pc: number; pcs: number[]; succPcs: number[]; calls: boolean }[] = [];
  for (const pc of pcs) {
    if (leader[pc] === 1) {
      startOf[pc] = raw.length;
      raw.push({ pc, pcs: [], succPcs: [], calls: false });
    }
    const b = raw[raw.length - 1];
    b.pcs.push(pc);
    const s = set.stencils[code[pc]];
    const next = pc + s.length;
    if (leader[next] === 1 || next >= code.length) {
      if (s.flow!.falls && next < code.length) b.succPcs.push(next);
      for (const k of s.flow!.targets) b.succPcs.push(code[pc + k] | 0);
      b.calls = s.flow!.calls === true;
    }
  }
  // Reverse postorder from block 0 (an explicit stack: functions can have thousands of blocks).
  const n = raw.length;
  const state = new Uint8Array(n);
  const post: number[] = [];
  const stack: number[] = [0];
  const edge: number[] = [0];
  state[0] = 1;
  while (stack.length > 0) {
    const b = stack[stack.length - 1];
    const i = edge[edge.length - 1]++;
    const succ = raw[b].succPcs;
    if (i < succ.length) {
      const c = startOf[succ[i]];
      if (state[c] === 0) {
        state[c] = 1;
        stack.push(c);
        edge.push(0);
      }
    } else {
      post.push(b);
      stack.pop();
      edge.pop();
    }
  }
  const order = post.reverse();
  const rpo = new Int32Array(n).fill(-1);
  order.forEach((b, i) => (rpo[b] = i));
  const m = order.length;
  const blockAt = new Int32Array(code.length).fill(-1);
  const blockOf = new Int32Array(code.length).fill(-1);
  const blocks = order.map((b, i) => {
    blockAt[raw[b].pc] = i;
    for (const pc of raw[b].pcs) blockOf[pc] = i;
    return { pc: raw[b].pc, pcs: raw[b].pcs, succ: [] as number[] };
  });
  const preds: number[][] = blocks.map(() => []);
  order.forEach((b, i) => {
    for (const t of raw[b].succPcs) {
      const j = rpo[startOf[t]];
      blocks[i].succ.push(j);
      preds[j].push(i);
    }
  });
  // Immediate dominators (Cooper, Harvey and Kennedy's iteration over reverse postorder).
  const idom = new Int32Array(m).fill(-1);
  idom[0] = 0;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (a > b) a = idom[a];
      while (b > a) b = idom[b];
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 1; i < m; i++) {
      let d = -1;
      for (const p of preds[i]) if (idom[p] >= 0) d = d < 0 ? p : intersect(p, d);
      if (d !== idom[i]) {
        idom[i] = d;
        changed = true;
      }
    }
  }
  // Reducible when every backward edge goes to a block that dominates its source: then each is a
  // loop's back edge, and the loop is entered only through its head.
  const loop = new Uint8Array(m);
  const entry = new Uint8Array(m);
  entry[0] = 1;
  for (let i = 0; i < m; i++) {
    for (const j of blocks[i].succ) {
      if (j > i) continue;
      let d = i;
      while (d !== j && d !== 0) d = idom[d];
      if (d !== j) return null;
      loop[j] = 1;
      entry[j] = 1;
    }
    if (raw[order[i]].calls) for (const j of blocks[i].succ) entry[j] = 1;
  }
  return { blocks, blockAt, blockOf, idom, loop, entry };
}

/** Whether a stencil's outlined paths may push a guest call (`break $called`; checked once per stencil). */
const callsOf = new WeakMap<Stencil, boolean>();
function makesCalls(s: Stencil): boolean {
  let calls = callsOf.get(s);
  if (calls === undefined) {
    calls = s.parts.some((p) => p.includes('break $called;'));
    callsOf.set(s, calls);
  }
  return calls;
}

/** Whether each stencil writes every taken branch as a HOLE_BRANCH hole (checked once per stencil). */
const branchHoles = new WeakMap<Stencil, boolean>();
function branchesAsHoles(s: Stencil): boolean {
  let ok = branchHoles.get(s);
  if (ok === undefined) {
    ok = s.flow !== undefined && s.flow.targets.every((k) => s.holes.includes(HOLE_BRANCH + k)) && !s.parts.some((p) => p.includes('continue dispatch'));
    branchHoles.set(s, ok);
  }
  return ok;
}

/**
 * The structured layout (after Ramsey's translation of reducible control flow): each block's code
 * sits inside labelled blocks `B<pc>: { ... }`, one per block it immediately dominates, which
 * follow them (the one latest in reverse postorder outermost); a block that a backward edge
 * reaches wraps all that in `L<pc>: for (;;) { ... }`. A forward branch is `break B<target>`, a
 * backward one `continue L<target>` (counting a tick). Compiled code is entered at pc 0, at loop
 * heads (a tick's end, OSR) and after guest calls: `$en` names the entry (its number in a preorder
 * of the dominator tree, -1 once reached), and every labelled block on the way to it is left at
 * once (`if ((($en - lo) >>> 0) <= hi - lo) break B<pc>;`, lo..hi the entries in the block's
 * subtree). At any other pc, `$resume` (the function's dispatch-layout twin) goes on, or the
 * interpreter runs instructions (Thread.stepInterpreted) until control reaches an entry or
 * leaves the frame; a bail goes the same way.
 */
function structuredBody(
  g: ControlFlow,
  out: string[],
  set: StencilSet,
  code: ArrayLike<number>,
  instruction: (pc: number, branch: (target: number, from: number) => string) => string,
  comments: boolean,
  reload: string,
  step: string,
  called: string | null,
  spillAt: (pc: number) => string,
  region: Uint8Array | null,
  exitTo: (target: number, pc: number) => string,
  numbersAt: ((pc: number) => number[]) | null,
): boolean {
  const { blocks, blockAt, idom, loop } = g;
  const m = blocks.length;
  const typed = numbersAt === null ? null : loopRegisters(g, numbersAt);
  let converted = false;
  // A region lays out its own blocks where the whole function's layout has them; the blocks
  // around them that it does not hold (ghosts) keep only their labels, so every break still
  // finds its label, and a transfer to any of them leaves the region. Any block of the region
  // that another part of the function branches to is one of its entries.
  const held = (b: number): boolean => region === null || region[b] === 1;
  const entry = region === null ? g.entry : new Uint8Array(m);
  // Whether each block's dominator subtree holds a block of the region (block numbers follow
  // reverse postorder, so a block's immediate dominator has a smaller number).
  const has = new Uint8Array(m);
  if (region === null) has.fill(1);
  else {
    for (let b = 0; b < m; b++) {
      if (region[b] !== 1) continue;
      has[b] = 1;
      entry[b] = g.entry[b];
    }
    for (let b = 0; b < m; b++) for (const c of blocks[b].succ) if (region[c] === 1 && region[b] !== 1) entry[c] = 1;
    for (let b = m - 1; b > 0; b--) if (has[b] === 1) has[idom[b]] = 1;
  }
  // Dominator-tree children in reverse postorder.
  const children: number[][] = blocks.map(() => []);
  for (let i = 1; i < m; i++) if (has[i] === 1) children[idom[i]].push(i);
  // Entries numbered in a preorder of the dominator tree; [lo[b], hi[b]] are those in b's subtree.
  const number = new Int32Array(m).fill(-1);
  const lo = new Int32Array(m);
  const hi = new Int32Array(m);
  let next = 0;
  const walk: number[] = [0];
  const leaving = new Uint8Array(m);
  while (walk.length > 0) {
    const b = walk[walk.length - 1];
    if (leaving[b] === 0) {
      leaving[b] = 1;
      lo[b] = next;
      if (entry[b] === 1) number[b] = next++;
      for (let c = children[b].length - 1; c >= 0; c--) walk.push(children[b][c]);
    } else {
      hi[b] = next - 1;
      walk.pop();
    }
  }
  out.push('let $en = -1;');
  out.push('reenter: for (;;) {');
  const cases: string[] = [];
  for (let b = 0; b < m; b++) if (entry[b] === 1) cases.push(`case ${blocks[b].pc}: $en = ${b === 0 ? -1 : number[b]}; break;`);
  // Elsewhere (after a metamethod or a bail, say), the same function in the dispatch layout runs
  // this activation on (`$resume`, compiled on first use; $safe = 2 leaves the pc it saved alone
  // if it throws); without one, the interpreter runs instructions one by one up to an entry.
  // A region leaves at once for an instruction it does not hold (the locals are clean here: just
  // read on entry or reloaded after a step).
  const outside = region === null ? '' : `if (!(${pcRanges(blocks, region, set, code)})) { $frame.pc = $pc; return $ticks; } `;
  out.push(
    `switch ($pc) {\n${cases.join('\n')}\ndefault: ${outside}$frame.pc = $pc; if ($resume !== null) { $safe = 2; const $ran = $resume($t, $ticks); $safe = 0; if ($ran !== false) return $ran; } if ($t.stepInterpreted($frame)) return; ${reload}$pc = $frame.pc; continue reenter;\n}`,
  );
  if (called !== null) out.push('$called: {');
  out.push('$bail: {');
  // An explicit work list (text, or a block's whole subtree to lay out), not recursion.
  const work: (string | number)[] = [0];
  while (work.length > 0) {
    const item = work.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    const b = item;
    const kids = children[b];
    const later: (string | number)[] = [];
    // A ghost's loop is not written: nothing here continues it.
    const wrap = loop[b] === 1 && held(b);
    if (wrap) later.push(`L${blocks[b].pc}: for (;;) {`);
    for (let c = kids.length - 1; c >= 0; c--) {
      const k = kids[c];
      // One unsigned comparison that always runs (-1 wraps to the top): a test whose second half
      // never ran in the steady state would have no type feedback, and the first entry that
      // reached it would deoptimise the function.
      let test = '';
      if (hi[k] >= lo[k]) {
        const convert = typed === null ? '' : typedEntry(typed, k);
        if (convert !== '') converted = true;
        test = ` if ((($en - ${lo[k]}) >>> 0) <= ${hi[k] - lo[k]}) ${convert === '' ? '' : `{ ${convert}`}break B${blocks[k].pc};${convert === '' ? '' : ' }'}`;
      }
      later.push(`B${blocks[k].pc}: {${test}`);
    }
    if (held(b)) later.push(blockText(b));
    for (const k of kids) later.push('}', k);
    if (wrap) later.push('}');
    for (let i = later.length - 1; i >= 0; i--) work.push(later[i]);
  }
  out.push('}');
  out.push(step);
  if (called !== null) out.push('continue reenter;\n}', called);
  out.push('}');
  return converted;

  /** A block's instructions, then its fall-through to the next block, if it has one. */
  function blockText(b: number): string {
    const from = b;
    const transfer = (target: number, pc: number): string => {
      const t = blockAt[target];
      if (!held(t)) return exitTo(target, pc);
      if (t <= from) return tickThen(target, `L${target}`);
      // Into a loop from outside it: the locals written so far go back to the frame here, once.
      return `$pc = ${target};\n${loop[t] === 1 ? spillAt(pc) : ''}break B${target};`;
    };
    const text: string[] = [];
    if (b !== 0 && entry[b] === 1) text.push('$en = -1;');
    const pcs = blocks[b].pcs;
    for (const pc of pcs) {
      if (comments) text.push(`// ${pc} ${set.stencils[code[pc]].name}`);
      text.push(`i${pc}: {\n${instruction(pc, transfer)}\n}`);
    }
    const last = pcs[pcs.length - 1];
    const s = set.stencils[code[last]];
    if (s.flow!.falls) text.push(last + s.length < code.length ? transfer(last + s.length, last) : 'throw new Error(`fell off the end of the code at pc ${$pc}`);');
    return text.join('\n');
  }
}

/**
 * Typed entries: for each loop head, the locals that the hop of the entry cascade into its loop
 * converts (`$R<n> = typeof $R<n> === 'number' ? +$R<n> : $untyped($R<n>);`): those some
 * instruction of the loop may write a number to (Stencil.flow.numbers), less those a hop into an
 * enclosing loop already converted. An activation enters compiled code with its registers read
 * from the frame, values the host engine knows nothing about; reaching a loop's head phi that way,
 * they make the engine keep every number the loop assigns to that register boxed (a heap
 * allocation per float result). Converted, they reach the phi as numbers, and the loop's floats
 * stay unboxed. The conversion leaves every value as it is: a non-number takes the call, which the
 * engine compiles as a deoptimisation while it has never run, and as an ordinary merge of any
 * value once it has. Dead registers are converted too: for the host every local is live at a
 * loop's head, since the write-backs on the way out of compiled code read them all.
 */
function loopRegisters(g: ControlFlow, numbersAt: (pc: number) => number[]): (number[] | null)[] {
  const { blocks, idom, loop } = g;
  const m = blocks.length;
  const preds: number[][] = blocks.map(() => []);
  for (let i = 0; i < m; i++) for (const j of blocks[i].succ) preds[j].push(i);
  // Each loop's blocks (those that reach one of its back edges' sources without passing its
  // head), and the registers they may write numbers to.
  const named: Set<number>[] = blocks.map(() => new Set<number>());
  const seen = new Int32Array(m);
  let stamp = 0;
  const add = (h: number, b: number): void => {
    for (const pc of blocks[b].pcs) for (const r of numbersAt(pc)) named[h].add(r);
  };
  for (let i = 0; i < m; i++) {
    for (const h of blocks[i].succ) {
      if (h > i) continue;
      stamp++;
      seen[h] = stamp;
      add(h, h);
      const work = [i];
      while (work.length > 0) {
        const b = work.pop()!;
        if (seen[b] === stamp) continue;
        seen[b] = stamp;
        add(h, b);
        for (const p of preds[b]) if (seen[p] !== stamp) work.push(p);
      }
    }
  }
  // Less what the hops into the loops enclosing each one (its dominators) convert.
  const done: (Set<number> | null)[] = new Array(m).fill(null);
  const own: (number[] | null)[] = new Array(m).fill(null);
  for (let b = 0; b < m; b++) {
    const outer = b === 0 ? null : done[idom[b]];
    if (loop[b] !== 1) {
      done[b] = outer;
      continue;
    }
    const mine = [...named[b]].filter((r) => outer === null || !outer.has(r)).sort((x, y) => x - y);
    own[b] = mine.length > 0 ? mine : null;
    done[b] = outer === null ? new Set(mine) : new Set([...outer, ...mine]);
  }
  return own;
}

/** The conversions of the hop into block k (see loopRegisters). */
function typedEntry(typed: readonly (readonly number[] | null)[], k: number): string {
  const regs = typed[k];
  if (regs === null) return '';
  let text = '';
  for (const r of regs) text += `$R${r}=typeof $R${r}==='number'?+$R${r}:$untyped($R${r});`;
  return text;
}

/** A JS test that `$pc` is one of the instructions of the region's blocks, as ranges of code words. */
function pcRanges(blocks: ControlFlow['blocks'], region: Uint8Array, set: StencilSet, code: ArrayLike<number>): string {
  const starts: number[] = [];
  const ends: number[] = [];
  const held = blocks.filter((_, b) => region[b] === 1).map((b) => b.pcs).sort((x, y) => x[0] - y[0]);
  for (const pcs of held) {
    const first = pcs[0];
    const last = pcs[pcs.length - 1];
    const end = last + set.stencils[code[last]].length - 1;
    if (ends.length > 0 && first <= ends[ends.length - 1] + 1) ends[ends.length - 1] = Math.max(ends[ends.length - 1], end);
    else {
      starts.push(first);
      ends.push(end);
    }
  }
  return starts.map((a, i) => `($pc >= ${a} && $pc <= ${ends[i]})`).join(' || ') || 'false';
}

/**
 * For each instruction, the registers (bit sets over the locals) whose local may differ from the
 * frame while it runs: those written on some path since the last reload, by the instructions
 * before it or by itself. A forward data-flow pass over the instructions' successors (the next
 * instruction and branch targets, from each stencil's `flow`), iterated to a fixed point. Entering
 * compiled code at any pc (after the prologue, or after a bail's write-back and reload) starts
 * clean, so only fall-through and branches carry dirty registers, except `cleanEdge`s (which
 * write everything back on the way). Null (write back everything) when some stencil lacks its
 * flow or a branch target is not an instruction.
 */
function dirtyRegisters(
  set: StencilSet,
  code: ArrayLike<number>,
  pcs: readonly number[],
  index: Int32Array,
  locals: number,
  registerAt: (pc: number, h: number) => number,
  cleanEdge: ((from: number, to: number) => boolean) | null,
): { readonly bits: Uint32Array; readonly words: number } | null {
  const words = (locals + 31) >>> 5;
  for (const pc of pcs) if (set.stencils[code[pc]].flow === undefined) return null;
  const n = pcs.length;
  // bits: registers dirty on entry to each instruction, then (after the fixed point) also its own writes.
  const bits = new Uint32Array(n * words);
  const writes = new Uint32Array(n * words);
  for (let i = 0; i < n; i++) {
    const pc = pcs[i];
    const flow = set.stencils[code[pc]].flow!;
    for (const h of flow.writes) {
      const r = registerAt(pc, h);
      if (r >= 0 && r < locals) writes[i * words + (r >>> 5)] |= 1 << (r & 31);
    }
    for (const k of flow.targets) {
      const t = code[pc + k] | 0;
      if (t < 0 || t >= code.length || index[t] < 0) return null;
    }
  }
  const out = new Uint32Array(words);
  const merge = (j: number): boolean => {
    let changed = false;
    for (let w = 0; w < words; w++) {
      const merged = (bits[j * words + w] | out[w]) >>> 0;
      if (merged !== bits[j * words + w]) {
        bits[j * words + w] = merged;
        changed = true;
      }
    }
    return changed;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < n; i++) {
      const pc = pcs[i];
      const flow = set.stencils[code[pc]].flow!;
      for (let w = 0; w < words; w++) out[w] = (flow.clean ? 0 : bits[i * words + w]) | writes[i * words + w];
      if (flow.falls && i + 1 < n && (cleanEdge === null || !cleanEdge(pc, pcs[i + 1])) && merge(i + 1)) changed = true;
      for (const k of flow.targets) {
        const t = code[pc + k] | 0;
        if ((cleanEdge === null || !cleanEdge(pc, t)) && merge(index[t])) changed = true;
      }
    }
  }
  for (let i = 0; i < n * words; i++) bits[i] |= writes[i];
  return { bits, words };
}

/** How a register write-back (`$S[$B+r]=$Rr;`) and a reload (`$Rr=$S[$B+r];`) start, as spill and reload write them. */
const REGISTER_MOVE = '$S[$B+';

/**
 * The size MAX_STITCHED_SIZE limits: the source's characters, with the register write-backs and
 * reloads counted twice (V8 makes twice as much bytecode of them per character as of the rest).
 */
export function stitchedSize(source: string): number {
  let moves = 0;
  for (let at = source.indexOf(REGISTER_MOVE); at >= 0; at = source.indexOf(REGISTER_MOVE, at + REGISTER_MOVE.length)) moves++;
  // Each is 13 characters, or 15 from register 10 on; 14 on average.
  return source.length + 14 * moves;
}

/**
 * JS source for the number `n` that reads back as exactly `n` (-0 and NaN included), as one
 * primary expression: negative numbers are parenthesised, so that `x-` followed by it stays a
 * subtraction.
 */
export function numberLiteral(n: number): string {
  if (n !== n) return '(0/0)';
  if (n === Infinity) return '(1/0)';
  if (n === -Infinity) return '(-1/0)';
  if (n === 0) return 1 / n < 0 ? '(-0)' : '0';
  return n < 0 ? `(${String(n)})` : String(n);
}
