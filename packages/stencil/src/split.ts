/**
 * Functions too large for the host engine to optimise, compiled in parts when asked
 * (CompilerOptions.split; off by default, because on the benchmark programs the parts ran slower
 * than the interpreter: docs/architecture.md). The main chunk of a benchmark program (class
 * definitions, then the loop that runs them) stitches to 100,000 characters and more; whole, V8
 * would not optimise it (compiler.ts, MAX_STITCHED_SIZE), and its hot loop stays
 * interpreted. Split, each loop that is too large to stay with the rest
 * becomes a part of its own, largest first, until what is left fits; a loop too large itself is
 * split the same way around its inner loops; what is left of a function that still does not fit,
 * once it has no loops left to give away, stays with the interpreter (straight-line code, which
 * runs once per call).
 *
 * Each part is a structured function of its own (stitch.ts, `Region`): the whole function's layout
 * with the other parts' blocks left out, entered at its loop head, at the usual entries, and at
 * any block another part branches to. The dispatcher (the function's `proto.jit`) runs the part
 * holding the frame's pc; a part that branches outside itself writes its locals back, leaves the
 * target pc in the frame and returns the ticks it has left, and the dispatcher goes on with the
 * part holding that pc, or returns false to let the interpreter run a part left to it.
 */
import { stitch } from './stitch.js';
import type { ControlFlow, Region, StencilSet, StitchOptions, Stitched } from './stitch.js';

/** The parts a function is compiled in, with their sources. */
export interface SplitPlan {
  readonly parts: readonly { readonly region: Region; readonly source: string }[];
}

/** A loop of the function: its head block and its blocks (the natural loop of the head's back edges). */
interface Loop {
  readonly head: number;
  readonly body: Uint8Array;
  readonly size: number;
  parent: Loop | null;
}

/**
 * Chooses the parts of a function whose whole stitched source (`whole`, in the structured
 * layout) is over `maxSize`; null when it has no structured layout (nothing to split along).
 */
export function planSplit(set: StencilSet, code: ArrayLike<number>, options: StitchOptions, maxSize: number, whole: Stitched): SplitPlan | null {
  const graph = whole.graph;
  if (graph === null || !whole.structured) return null;
  const loops = loopsOf(graph);
  const m = graph.blocks.length;
  // The length of each instruction's text in the whole function, to estimate a region's size
  // before stitching it (each estimate is checked by stitching the region).
  let textTotal = 0;
  for (const size of whole.sizes) textTotal += size;
  const perText = textTotal > 0 ? whole.size / textTotal : 1;
  const blockText = new Float64Array(m);
  graph.blocks.forEach((b, i) => {
    for (const pc of b.pcs) blockText[i] += whole.sizes[pc];
  });
  const estimate = (blocks: Uint8Array): number => {
    let n = 0;
    for (let b = 0; b < m; b++) if (blocks[b] === 1) n += blockText[b];
    return n * perText;
  };
  const parts: { region: Region; source: string }[] = [];
  /** Covers `blocks` (the function, or loop `own`'s body) with parts, giving inner loops away largest first. */
  const cover = (blocks: Uint8Array, own: Loop | null): void => {
    const region = blocks.slice();
    const inner = loops.filter((l) => l !== own && l.parent === own && region[l.head] === 1).sort((a, b) => b.size - a.size || a.head - b.head);
    for (let i = 0; ; ) {
      if (!region.includes(1)) return;
      if (estimate(region) <= maxSize) {
        const { source, size } = stitch(set, code, options, { graph, blocks: region });
        if (size <= maxSize) {
          parts.push({ region: { graph, blocks: region }, source });
          return;
        }
      }
      // Too large: the largest loop left goes to a part of its own (or stays interpreted, when
      // there is none).
      if (i === inner.length) return;
      const loop = inner[i++];
      for (let b = 0; b < m; b++) if (loop.body[b] === 1) region[b] = 0;
      cover(loop.body, loop);
    }
  };
  cover(new Uint8Array(m).fill(1), null);
  return { parts };
}

/** The natural loops of a reducible graph, each with its innermost enclosing loop. */
function loopsOf(g: ControlFlow): Loop[] {
  const m = g.blocks.length;
  const preds: number[][] = g.blocks.map(() => []);
  g.blocks.forEach((b, i) => {
    for (const s of b.succ) preds[s].push(i);
  });
  const loops: Loop[] = [];
  for (let h = 0; h < m; h++) {
    if (g.loop[h] !== 1) continue;
    const body = new Uint8Array(m);
    body[h] = 1;
    // The blocks that reach a back edge's source without passing the head.
    const work = preds[h].filter((p) => p >= h);
    let size = 0;
    while (work.length > 0) {
      const b = work.pop()!;
      if (body[b] === 1) continue;
      body[b] = 1;
      for (const p of preds[b]) work.push(p);
    }
    for (let b = 0; b < m; b++) if (body[b] === 1) size += g.blocks[b].pcs.length;
    loops.push({ head: h, body, size, parent: null });
  }
  // In a reducible graph two natural loops are nested or disjoint: the innermost enclosing loop
  // is the smallest other loop holding the head.
  for (const l of loops) {
    for (const o of loops) {
      if (o !== l && o.body[l.head] === 1 && o.size > l.size && (l.parent === null || o.size < l.parent.size)) l.parent = o;
    }
  }
  return loops;
}

/** What the dispatcher needs of a thread (a structural subset of @deegen/ir's Thread). */
interface SplitThread {
  readonly frame: { pc: number };
  ticked: boolean;
  tickCost: number;
}

/**
 * A split function's compiled code: runs the part holding the frame's pc, and the next one while
 * parts hand control to each other; each hand-over counts as a taken branch of the tick. Returns
 * false when the pc is in code no part holds (the interpreter runs it), and nothing when a part
 * returned for any other reason (a call, a return, a tick).
 */
export function splitDispatcher(
  length: number,
  parts: readonly { readonly code: (t: never, ticks: number) => number | undefined; readonly region: Region }[],
  tick: number,
  tickCost: number | undefined,
): (t: never) => boolean | void {
  const partAt = new Int32Array(length).fill(-1);
  parts.forEach((p, i) => {
    p.region.graph.blocks.forEach((b, j) => {
      if (p.region.blocks[j] === 1) for (const pc of b.pcs) partAt[pc] = i;
    });
  });
  const codes = parts.map((p) => p.code);
  const cost = tickCost === undefined ? -1 : Math.max(1, Math.round(tickCost));
  return (thread: never): boolean | void => {
    const t = thread as SplitThread;
    const frame = t.frame;
    let ticks = tick;
    for (;;) {
      const i = partAt[frame.pc];
      if (!(i >= 0)) return false;
      const left = codes[i](thread, ticks);
      if (left === undefined) return;
      ticks = left - 1;
      if (ticks < 0) {
        t.ticked = true;
        if (cost > 0) t.tickCost = cost;
        return;
      }
    }
  };
}
