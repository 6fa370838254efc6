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
 * negative). Other holes are operand word offsets, 1 <= k < 100.
 */
export const HOLE_PC = -1;
export const HOLE_NEXT = -2;
export const HOLE_SPILL = -3;
export const HOLE_RELOAD = -4;
export const HOLE_REGISTER = 1000;
export const HOLE_SPILL_RETURN = 20000;

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
   * with nothing written since; `falls`, whether it can go on to the next instruction. Without it,
   * every write-back writes every local.
   */
  readonly flow?: {
    readonly writes: readonly number[];
    readonly targets: readonly number[];
    readonly clean: boolean;
    readonly falls: boolean;
  };
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
  /** Put `// pc name` before each instruction (for dumps); off for real compiles. */
  readonly comments?: boolean;
  /**
   * The function's register count (its frame size). Registers below it live in JS locals `$R<n>`;
   * without it every register stays in the thread's array.
   */
  readonly registers?: number;
}

/**
 * The source text of the body of a factory `($rt) => (t) => void` for `code`. The compiled
 * function runs the thread's current frame from its saved pc until the frame changes (a call, a
 * return, an error) or its ticks run out, exactly as the interpreter would; it can be entered at
 * any instruction, so entering it in the middle of a running loop (OSR) is an ordinary call.
 */
export function stitchSource(set: StencilSet, code: Int32Array, options: StitchOptions): string {
  /** The register a HOLE_REGISTER hole of the instruction at `pc` names. */
  const registerAt = (pc: number, h: number): number =>
    (code[pc + Math.floor((h - HOLE_REGISTER) / 100)] | 0) + ((h - HOLE_REGISTER) % 100);
  // Registers the stencils name as locals: as many as the highest one named, within the frame.
  let locals = 0;
  if (options.registers !== undefined) {
    for (let pc = 0; pc < code.length; ) {
      const s = set.stencils[code[pc]];
      if (s === undefined) break;
      for (const h of s.holes) {
        if (h >= HOLE_REGISTER && h < HOLE_SPILL_RETURN) locals = Math.max(locals, registerAt(pc, h) + 1);
      }
      pc += s.length;
    }
    // Not the scratch area past the frame: outlined paths put metamethod arguments there.
    locals = Math.min(locals, options.registers | 0);
  }
  /** The write-back of each local. */
  const stores: string[] = [];
  let reload = '';
  const declare: string[] = [];
  for (let r = 0; r < locals; r++) {
    stores.push(`$S[$B+${r}]=$R${r};`);
    reload += `$R${r}=$S[$B+${r}];`;
    declare.push(`$R${r} = $stack[$base + ${r}]`);
  }
  const spill = stores.join('');
  const register = (r: number): string => (r < locals ? `$R${r}` : `$stack[$base + ${r}]`);
  const dirty = locals > 0 ? dirtyRegisters(set, code, locals, registerAt) : null;
  /** The write-back of registers `from` to `to` (exclusive) that may have changed before instruction `pc`. */
  const spillAt = (pc: number, from: number, to: number): string => {
    if (dirty === null) return from === 0 && to === locals ? spill : stores.slice(from, to).join('');
    const at = dirty.index[pc] * dirty.words;
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

  const out: string[] = [];
  const used = new Set<number>();
  out.push('');
  out.push('return function $compiled($t) {');
  out.push('const $frame = $t.frame; const $stack = $t.stack; const $base = $frame.base; const $callee = $frame.callee;');
  out.push('const $proto = $frame.proto; const $k = $proto.consts; const $ick = $proto.icKeys; const $icv = $proto.icValues;');
  out.push(`let $pc = $frame.pc; let $ticks = ${options.tick | 0};`);
  // Registers in locals are written back wherever the array can be observed (see ir's
  // promote-registers.ts); entering at any pc reads them all.
  if (locals > 0) out.push(`const $S = $stack, $B = $base; let ${declare.join(', ')};`);
  // 1 while an outlined path runs with the registers in locals: if it throws, they are written back.
  out.push('let $safe = 0;');
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
  out.push('dispatch: for (;;) {');
  out.push('$bail: {');
  out.push('switch ($pc) {');
  for (let pc = 0; pc < code.length; ) {
    const op = code[pc];
    const s = set.stencils[op];
    if (s === undefined) throw new Error(`no stencil for opcode ${op} at pc ${pc}`);
    if (options.comments === true) out.push(`// ${pc} ${s.name}`);
    for (const u of s.uses) used.add(u);
    let text = `case ${pc}: i${pc}: {\n${s.parts[0]}`;
    for (let i = 0; i < s.holes.length; i++) {
      const h = s.holes[i];
      // Holes are numbers from the code array: nothing a guest program controls becomes source text.
      let fill: string;
      if (h >= HOLE_SPILL_RETURN) {
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
    out.push(`${text}\n}`);
    pc += s.length;
  }
  out.push('default: throw new Error(`no instruction at pc ${$pc}`);');
  out.push('}');
  out.push('throw new Error(`fell off the end of the code at pc ${$pc}`);');
  out.push('}');
  // The interpreter's step counts as a taken branch: a loop that bails every time still ticks.
  out.push(`${spill}$frame.pc = $pc; if ($t.stepInterpreted($frame)) return; ${reload}$pc = $frame.pc; if (--$ticks < 0) break $tick;`);
  out.push('}');
  out.push('}');
  const cost = options.tickCost === undefined ? '' : ` $t.tickCost = ${Math.max(1, Math.round(options.tickCost))};`;
  out.push(`${spill}$frame.pc = $pc; $t.ticked = true;${cost} return;`);
  out.push('}');
  out.push(`${spill}return;`);
  out.push(`} catch ($e) { if ($safe === 1) { ${spill}} if ($t.frame === $frame) $frame.pc = $pc; throw $e; }`);
  out.push('};');
  // Only the bindings these stencils name are unpacked (the full list is a few hundred names).
  out[0] = `const { ${[...used].sort((a, b) => a - b).map((i) => set.bindingNames[i]).join(', ')} } = $rt;`;
  return out.join('\n');
}

/**
 * For each instruction, the registers (bit sets over the locals) whose local may differ from the
 * frame while it runs: those written on some path since the last reload, by the instructions
 * before it or by itself. A forward data-flow pass over the instructions' successors (the next
 * instruction and branch targets, from each stencil's `flow`), iterated to a fixed point. Entering
 * compiled code at any pc (after the prologue, or after a bail's write-back and reload) starts
 * clean, so only fall-through and branches carry dirty registers. Null (write back everything)
 * when some stencil lacks its flow or a branch target is not an instruction.
 */
function dirtyRegisters(
  set: StencilSet,
  code: Int32Array,
  locals: number,
  registerAt: (pc: number, h: number) => number,
): { readonly index: Int32Array; readonly bits: Uint32Array; readonly words: number } | null {
  const words = (locals + 31) >>> 5;
  // Instruction number of each pc that starts one (-1 elsewhere).
  const index = new Int32Array(code.length).fill(-1);
  const pcs: number[] = [];
  for (let pc = 0; pc < code.length; ) {
    const s = set.stencils[code[pc]];
    if (s === undefined || s.flow === undefined) return null;
    index[pc] = pcs.length;
    pcs.push(pc);
    pc += s.length;
  }
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
      if (flow.falls && i + 1 < n && merge(i + 1)) changed = true;
      for (const k of flow.targets) if (merge(index[code[pc + k] | 0])) changed = true;
    }
  }
  for (let i = 0; i < n * words; i++) bits[i] |= writes[i];
  return { index, bits, words };
}

/**
 * Stitched sources longer than this are not compiled. V8 never optimises a function whose
 * bytecode exceeds 60 KB (`--max-optimized-bytecode-size`), and unoptimised stitched code is
 * several times slower than the interpreter it replaces. Measured on Node 20 (`--print-bytecode`
 * on the benchmark programs' functions, registers in locals): 0.60 to 0.97 bytes of bytecode per
 * source character, the densest being functions full of register write-backs. 60,000 characters
 * stay under the limit at the densest ratio.
 */
export const MAX_STITCHED_CHARS = 60_000;

/** A compiled guest function: runs `t`'s current frame (see stitchSource). */
export type CompiledCode = (t: never) => void;

/** Whether this host lets us create functions from source (a strict CSP or some edge runtimes do not). */
export function canCompile(): boolean {
  try {
    return new Function('return 1')() === 1;
  } catch {
    return false;
  }
}

/** Compiles a stitched source with the language's bindings (its interpreter module's `$jitBindings`). */
export function compileStitched(source: string, bindings: Record<string, unknown>): CompiledCode {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const factory = new Function('$rt', source) as (rt: Record<string, unknown>) => CompiledCode;
  return factory(bindings);
}

/** What `stencilCompiler` adds up over its compiles (a structural subset of @deegen/tiering's TierStats). */
export interface CompileStats {
  /** Code words stitched. */
  words: number;
  /** Stitching only, milliseconds. */
  stitchMs: number;
  /** Stitching and the host's `new Function`, milliseconds. */
  compileMs: number;
  /** Functions refused because their stitched source is over MAX_STITCHED_CHARS. */
  tooLarge: number;
}

export interface CompilerOptions {
  /** The engine's tick (taken branches between returns to the interpreter). */
  readonly tick: number;
  /** Instructions a tick of `code` stands for (see StitchOptions.tickCost). */
  readonly tickCost?: (code: Int32Array) => number;
  /** Receives each compiled function's stitched source, with a comment per instruction. */
  readonly dump?: (proto: never, source: string) => void;
}

/**
 * A language's compile function for @deegen/tiering: stitches a function's code, leaves it to the
 * interpreter (null) when the source is over MAX_STITCHED_CHARS or the host refuses to compile
 * it, and adds the work to `stats`.
 */
export function stencilCompiler(
  set: StencilSet,
  bindings: Record<string, unknown>,
  options: CompilerOptions,
): (proto: never, stats: CompileStats) => CompiledCode | null {
  return (proto, stats) => {
    const { code, frameSize } = proto as { readonly code: Int32Array; readonly frameSize: number };
    const t0 = performance.now();
    const tickCost = options.tickCost?.(code);
    const source = stitchSource(set, code, { tick: options.tick, tickCost, registers: frameSize });
    const t1 = performance.now();
    stats.words += code.length;
    stats.stitchMs += t1 - t0;
    if (source.length > MAX_STITCHED_CHARS) {
      stats.tooLarge++;
      stats.compileMs += t1 - t0;
      return null;
    }
    let compiled: CompiledCode | null;
    try {
      compiled = compileStitched(source, bindings);
    } catch {
      compiled = null;
    }
    stats.compileMs += performance.now() - t0;
    if (compiled !== null && options.dump !== undefined) options.dump(proto, stitchSource(set, code, { tick: options.tick, tickCost, registers: frameSize, comments: true }));
    return compiled;
  };
}
