// Issue 5's dispatch measurement: the same three loops run by small register interpreters that
// differ only in how they dispatch and decode. Each interpreter has 90 cases (the real one has 89
// variants) so that switch size and function size are realistic; only a few cases run.
//   wide-int32   one Int32Array word per opcode and per operand (the current layout)
//   wide-array   the same words in a plain JS array of small integers
//   packed-int32 one word per instruction: opcode 8 bits, then A, B, C 8 bits each (jumps: B|C<<8)
//   closures     closure threading: one JS closure per instruction returns the next pc
//   wide-notick  wide-int32 without the per-instruction tick counter
//   js-locals    for comparison, no interpreter: each loop as straight JS with the registers in
//                locals and the same type checks (what stitched code with registers in locals can
//                reach), written back to the register array at the end
//   switch-locals  registers in locals, but laid out as stitched code is today: one
//                `case pc:` block per instruction in a `for (;;) switch (pc)` loop
// Run: node bench/experiments/dispatch.mjs   (prints ns per loop iteration, best of 5 rounds)
const N = 2e7;
const PAD = 84;

// Registers: 0 index, 1 limit, 2 step, 3 loop variable, 4 accumulator, 5 temporary.
// Constants: 0 -> 1.0000001, 1 -> 0.25.
// Opcodes: 0 ADD d a b | 1 MULK d a k | 2 ADDK d a k | 3 FORLOOP base target | 4 RETURN
//          5 MOVE d s | 6 LTJMP a b target (jump when not R(a) < R(b))
const PROGRAMS = {
  'x = i + i': [[0, 5, 3, 3], [3, 0, 0], [4]],
  'a = a * k + k (doubles)': [[1, 4, 4, 0], [2, 4, 4, 1], [3, 0, 0], [4]],
  'move, add, compare, branch': [[5, 5, 3], [0, 5, 5, 3], [6, 5, 1, 4], [5, 4, 5], [3, 0, 0], [4]],
};

function slow(a, b) {
  throw new Error(`slow path ${typeof a} ${typeof b}`);
}

function padCases(decode) {
  let s = '';
  for (let op = 7; op < 7 + PAD; op++) {
    s += `case ${op}: { ${decode} const v = R[base + a]; if (typeof v !== 'number') slow(v, ${op}); R[base + b] = v * ${op} - R[base + c]; ${'$NEXT'} }\n`;
  }
  return s;
}

function wideSource(tick) {
  const rd = (k) => `code[pc + ${k}]`;
  const next = (n) => `pc += ${n}; continue dispatch;`;
  const pad = padCases(`const a = ${rd(1)}, b = ${rd(2)}, c = ${rd(3)};`).replaceAll('$NEXT', next(4));
  return `
    let pc = 0, ticks = 1024;
    for (;;) {
      try {
        dispatch: for (;;) {
          ${tick ? 'if (--ticks < 0) { ticks = 1024; state.ticks++; }' : ''}
          switch (code[pc]) {
            case 0: { const a = R[base + ${rd(2)}], b = R[base + ${rd(3)}];
              if (typeof a === 'number' && typeof b === 'number') { R[base + ${rd(1)}] = a + b; ${next(4)} }
              slow(a, b); }
            case 1: { const a = R[base + ${rd(2)}];
              if (typeof a === 'number') { R[base + ${rd(1)}] = a * K[${rd(3)}]; ${next(4)} }
              slow(a, 0); }
            case 2: { const a = R[base + ${rd(2)}];
              if (typeof a === 'number') { R[base + ${rd(1)}] = a + K[${rd(3)}]; ${next(4)} }
              slow(a, 0); }
            case 3: { const b = ${rd(1)}; const step = R[base + b + 2]; const i = R[base + b] + step; const lim = R[base + b + 1];
              if (step > 0 ? i <= lim : lim <= i) { R[base + b] = i; R[base + b + 3] = i; pc = ${rd(2)}; continue dispatch; }
              ${next(3)} }
            case 4: return R[base + 4];
            case 5: { R[base + ${rd(1)}] = R[base + ${rd(2)}]; ${next(3)} }
            case 6: { const a = R[base + ${rd(1)}], b = R[base + ${rd(2)}];
              if (typeof a === 'number' && typeof b === 'number') { if (a < b) { ${next(4)} } pc = ${rd(3)}; continue dispatch; }
              slow(a, b); }
            ${pad}
            default: throw new Error('bad opcode');
          }
        }
      } catch (e) { throw e; }
    }`;
}

function packedSource() {
  const next = 'pc += 1; continue dispatch;';
  const dec = 'const a = (w >>> 8) & 255, b = (w >>> 16) & 255, c = w >>> 24;';
  const pad = padCases(dec).replaceAll('$NEXT', next);
  return `
    let pc = 0, ticks = 1024;
    for (;;) {
      try {
        dispatch: for (;;) {
          if (--ticks < 0) { ticks = 1024; state.ticks++; }
          const w = code[pc];
          switch (w & 255) {
            case 0: { const a = R[base + ((w >>> 16) & 255)], b = R[base + (w >>> 24)];
              if (typeof a === 'number' && typeof b === 'number') { R[base + ((w >>> 8) & 255)] = a + b; ${next} }
              slow(a, b); }
            case 1: { const a = R[base + ((w >>> 16) & 255)];
              if (typeof a === 'number') { R[base + ((w >>> 8) & 255)] = a * K[w >>> 24]; ${next} }
              slow(a, 0); }
            case 2: { const a = R[base + ((w >>> 16) & 255)];
              if (typeof a === 'number') { R[base + ((w >>> 8) & 255)] = a + K[w >>> 24]; ${next} }
              slow(a, 0); }
            case 3: { const b = (w >>> 8) & 255; const step = R[base + b + 2]; const i = R[base + b] + step; const lim = R[base + b + 1];
              if (step > 0 ? i <= lim : lim <= i) { R[base + b] = i; R[base + b + 3] = i; pc = w >>> 16; continue dispatch; }
              ${next} }
            case 4: return R[base + 4];
            case 5: { R[base + ((w >>> 8) & 255)] = R[base + ((w >>> 16) & 255)]; ${next} }
            case 6: { const a = R[base + ((w >>> 8) & 255)], b = R[base + ((w >>> 16) & 255)];
              if (typeof a === 'number' && typeof b === 'number') { if (a < b) { ${next} } pc = w >>> 24; continue dispatch; }
              slow(a, b); }
            ${pad}
            default: throw new Error('bad opcode');
          }
        }
      } catch (e) { throw e; }
    }`;
}

// Wide layout: instruction positions are word offsets; packed: instruction indices.
function assembleWide(prog) {
  const starts = [];
  let at = 0;
  for (const ins of prog) { starts.push(at); at += ins.length; }
  const words = [];
  for (const ins of prog) {
    const w = ins.slice();
    if (w[0] === 3) w[2] = starts[w[2]];
    if (w[0] === 6) w[3] = starts[w[3]];
    words.push(...w);
  }
  return words;
}
function assemblePacked(prog) {
  return prog.map((ins) => {
    const [op, a = 0, b = 0, c = 0] = ins;
    if (op === 3) return op | (a << 8) | (b << 16);
    return op | (a << 8) | (b << 16) | (c << 24);
  });
}

function closureProgram(prog, R, K, base) {
  const ops = prog.map((ins) => {
    const [op, a, b, c] = ins;
    switch (op) {
      case 0: return (pc) => { const x = R[base + b], y = R[base + c]; if (typeof x === 'number' && typeof y === 'number') { R[base + a] = x + y; return pc + 1; } return slow(x, y); };
      case 1: return (pc) => { const x = R[base + b]; if (typeof x === 'number') { R[base + a] = x * K[c]; return pc + 1; } return slow(x, 0); };
      case 2: return (pc) => { const x = R[base + b]; if (typeof x === 'number') { R[base + a] = x + K[c]; return pc + 1; } return slow(x, 0); };
      case 3: return (pc) => { const step = R[base + a + 2]; const i = R[base + a] + step; const lim = R[base + a + 1];
        if (step > 0 ? i <= lim : lim <= i) { R[base + a] = i; R[base + a + 3] = i; return b; } return pc + 1; };
      case 4: return () => -1;
      case 5: return (pc) => { R[base + a] = R[base + b]; return pc + 1; };
      case 6: return (pc) => { const x = R[base + a], y = R[base + b]; if (typeof x === 'number' && typeof y === 'number') return x < y ? pc + 1 : c; return slow(x, y); };
      default: throw new Error('bad opcode');
    }
  });
  return ops;
}
function runClosures(ops, state) {
  let pc = 0, ticks = 1024;
  while (pc >= 0) {
    if (--ticks < 0) { ticks = 1024; state.ticks++; }
    pc = ops[pc](pc);
  }
}

// The three programs written out with registers in JS locals and a tick per back edge.
const LOCALS = [
  (R, K, base, state) => {
    let r0 = R[base], r1 = R[base + 1], r2 = R[base + 2], r3 = R[base + 3], r5 = R[base + 5], ticks = 1024;
    for (;;) {
      if (typeof r3 !== 'number') slow(r3, r3);
      r5 = r3 + r3;
      const i = r0 + r2;
      if (!(r2 > 0 ? i <= r1 : r1 <= i)) break;
      r0 = i; r3 = i;
      if (--ticks < 0) { ticks = 1024; state.ticks++; }
    }
    R[base] = r0; R[base + 3] = r3; R[base + 5] = r5;
  },
  (R, K, base, state) => {
    let r0 = R[base], r1 = R[base + 1], r2 = R[base + 2], r3 = R[base + 3], r4 = R[base + 4], ticks = 1024;
    for (;;) {
      if (typeof r4 !== 'number') slow(r4, 0);
      r4 = r4 * K[0];
      r4 = r4 + K[1];
      const i = r0 + r2;
      if (!(r2 > 0 ? i <= r1 : r1 <= i)) break;
      r0 = i; r3 = i;
      if (--ticks < 0) { ticks = 1024; state.ticks++; }
    }
    R[base] = r0; R[base + 3] = r3; R[base + 4] = r4;
  },
  (R, K, base, state) => {
    let r0 = R[base], r1 = R[base + 1], r2 = R[base + 2], r3 = R[base + 3], r4 = R[base + 4], r5 = R[base + 5], ticks = 1024;
    for (;;) {
      r5 = r3;
      if (typeof r5 !== 'number' || typeof r3 !== 'number') slow(r5, r3);
      r5 = r5 + r3;
      if (typeof r5 !== 'number' || typeof r1 !== 'number') slow(r5, r1);
      if (r5 < r1) r4 = r5;
      const i = r0 + r2;
      if (!(r2 > 0 ? i <= r1 : r1 <= i)) break;
      r0 = i; r3 = i;
      if (--ticks < 0) { ticks = 1024; state.ticks++; }
    }
    R[base] = r0; R[base + 3] = r3; R[base + 4] = r4; R[base + 5] = r5;
  },
];

// The same three, as a dispatch switch over instruction indices with registers in locals.
const SWITCH_LOCALS = [
  (R, K, base, state) => {
    let r0 = R[base], r1 = R[base + 1], r2 = R[base + 2], r3 = R[base + 3], r5 = R[base + 5], ticks = 1024, pc = 0;
    dispatch: for (;;) {
      switch (pc) {
        case 0: i0: { if (typeof r3 !== 'number') slow(r3, r3); r5 = r3 + r3; pc = 1; break i0; }
        case 1: i1: { const i = r0 + r2;
          if (r2 > 0 ? i <= r1 : r1 <= i) { r0 = i; r3 = i; pc = 0; if (--ticks < 0) { ticks = 1024; state.ticks++; } continue dispatch; }
          pc = 2; break i1; }
        case 2: R[base] = r0; R[base + 3] = r3; R[base + 5] = r5; return;
      }
    }
  },
  (R, K, base, state) => {
    let r0 = R[base], r1 = R[base + 1], r2 = R[base + 2], r3 = R[base + 3], r4 = R[base + 4], ticks = 1024, pc = 0;
    dispatch: for (;;) {
      switch (pc) {
        case 0: i0: { if (typeof r4 !== 'number') slow(r4, 0); r4 = r4 * K[0]; pc = 1; break i0; }
        case 1: i1: { if (typeof r4 !== 'number') slow(r4, 0); r4 = r4 + K[1]; pc = 2; break i1; }
        case 2: i2: { const i = r0 + r2;
          if (r2 > 0 ? i <= r1 : r1 <= i) { r0 = i; r3 = i; pc = 0; if (--ticks < 0) { ticks = 1024; state.ticks++; } continue dispatch; }
          pc = 3; break i2; }
        case 3: R[base] = r0; R[base + 3] = r3; R[base + 4] = r4; return;
      }
    }
  },
  (R, K, base, state) => {
    let r0 = R[base], r1 = R[base + 1], r2 = R[base + 2], r3 = R[base + 3], r4 = R[base + 4], r5 = R[base + 5], ticks = 1024, pc = 0;
    dispatch: for (;;) {
      switch (pc) {
        case 0: i0: { r5 = r3; pc = 1; break i0; }
        case 1: i1: { if (typeof r5 !== 'number' || typeof r3 !== 'number') slow(r5, r3); r5 = r5 + r3; pc = 2; break i1; }
        case 2: i2: { if (typeof r5 !== 'number' || typeof r1 !== 'number') slow(r5, r1);
          if (r5 < r1) { pc = 3; break i2; } pc = 4; if (--ticks < 0) { ticks = 1024; state.ticks++; } continue dispatch; }
        case 3: i3: { r4 = r5; pc = 4; break i3; }
        case 4: i4: { const i = r0 + r2;
          if (r2 > 0 ? i <= r1 : r1 <= i) { r0 = i; r3 = i; pc = 0; if (--ticks < 0) { ticks = 1024; state.ticks++; } continue dispatch; }
          pc = 5; break i4; }
        case 5: R[base] = r0; R[base + 3] = r3; R[base + 4] = r4; R[base + 5] = r5; return;
      }
    }
  },
];

const make = (body) => new Function('code', 'R', 'K', 'base', 'state', 'slow', body);
const VARIANTS = {
  'wide-int32': { fn: make(wideSource(true)), code: (p) => Int32Array.from(assembleWide(p)) },
  'wide-array': { fn: make(wideSource(true)), code: (p) => assembleWide(p) },
  'packed-int32': { fn: make(packedSource()), code: (p) => Int32Array.from(assemblePacked(p)) },
  'wide-notick': { fn: make(wideSource(false)), code: (p) => Int32Array.from(assembleWide(p)) },
  closures: { fn: null, code: null },
  'switch-locals': { fn: null, code: null },
  'js-locals': { fn: null, code: null },
};

function freshRegisters(base) {
  const R = new Array(base + 16).fill(undefined);
  // for i = 1, N with the loop variable pre-incremented as FORPREP leaves it.
  R[base + 0] = 0; R[base + 1] = N; R[base + 2] = 1; R[base + 3] = 0; R[base + 4] = 0.5; R[base + 5] = 0;
  return R;
}

const results = [];
for (const [pname, prog] of Object.entries(PROGRAMS)) {
  const row = { program: pname };
  for (const [vname, v] of Object.entries(VARIANTS)) {
    let best = Infinity;
    for (let round = 0; round < 5; round++) {
      const base = 3;
      const R = freshRegisters(base);
      const K = [1.0000001, 0.25];
      const state = { ticks: 0 };
      const t0 = process.hrtime.bigint();
      if (vname === 'closures') runClosures(closureProgram(prog, R, K, base), state);
      else if (vname === 'switch-locals') SWITCH_LOCALS[Object.keys(PROGRAMS).indexOf(pname)](R, K, base, state);
      else if (vname === 'js-locals') LOCALS[Object.keys(PROGRAMS).indexOf(pname)](R, K, base, state);
      else v.fn(v.code(prog), R, K, base, state, slow);
      const t1 = process.hrtime.bigint();
      best = Math.min(best, Number(t1 - t0) / N);
    }
    row[vname] = best.toFixed(2);
  }
  results.push(row);
}
console.table(results);
