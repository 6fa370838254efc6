import type { Constant, Emitter } from '../../src/compiler/emitter.js';
import type { ProtoData } from '../../src/compiler/proto.js';
import { Shape } from '../../src/runtime/shape.js';

/** Operand kinds per opcode, in contract order: r register, k RK, c constant, n literal, l label. */
const SPEC: Record<string, string> = {
  MOVE: 'rr', LOADK: 'rc', LOADBOOL: 'rn', LOADNIL: 'rn', GETUPVAL: 'rn', SETUPVAL: 'rn',
  GETGLOBAL: 'rc', SETGLOBAL: 'rc', GETTABLE: 'rrk', GETTABUP: 'rnk', SETTABLE: 'rkk', GETFIELD: 'rrc', SETFIELD: 'rck', NEWTABLE: 'rnn', NEWRECORD: 'rnc', SELF: 'rrc',
  ADD: 'rkk', SUB: 'rkk', MUL: 'rkk', DIV: 'rkk', MOD: 'rkk', POW: 'rkk', UNM: 'rr', NOT: 'rr', LEN: 'rr',
  CONCAT: 'rrn', JMP: 'l', EQ: 'kknl', LT: 'kknl', LE: 'kknl', TEST: 'rnl', TESTSET: 'rrnl',
  CALL: 'rnn', TAILCALL: 'rn', RETURN: 'rn', FORPREP: 'rl', FORLOOP: 'rl', TFORLOOP: 'rnl',
  SETLIST: 'rnn', CLOSE: 'r', CLOSURE: 'rn', VARARG: 'rn', VARARGPREP: 'nn',
};

interface Instr {
  op: string;
  args: number[];
  line: number;
}

/**
 * A builder for tests: records instructions and renders them as a listing, one line per
 * instruction: `pc [line] OP operands`, pcs from 1, RK constants as `K<index>`, jump targets as
 * `->pc`. Constants follow on a `; K0=... K1=...` line.
 */
export function recordingEmitter(): Emitter & { instrs: Instr[]; consts: Constant[] } {
  const instrs: Instr[] = [];
  const consts: Constant[] = [];
  const self = {
    instrs,
    consts,
    line: 0,
    get pc() {
      return instrs.length;
    },
    constant(value: Constant): number {
      const i = consts.findIndex((c) => Object.is(c, value));
      if (i >= 0) return i;
      consts.push(value);
      return consts.length - 1;
    },
    constantAt(k: number): unknown {
      return consts[k];
    },
    setTarget(pc: number, target: number): void {
      const ins = instrs[pc]!;
      ins.args[SPEC[ins.op]!.indexOf('l')] = target;
    },
    threadJumps(): void {
      for (const ins of instrs) {
        const at = SPEC[ins.op]!.indexOf('l');
        if (at < 0) continue;
        for (let hops = 0; hops < 16; hops++) {
          const target = instrs[ins.args[at]!];
          if (target?.op !== 'JMP' || target.args[0] === ins.args[at]) break;
          ins.args[at] = target.args[0]!;
        }
      }
    },
    finish() {
      const code: number[] = new Array<number>(instrs.length).fill(0);
      const lines = Int32Array.from(instrs.map((i) => i.line));
      return { code, lines, consts: consts as unknown[], icKeys: [], icValues: [] };
    },
  } as Record<string, unknown>;
  for (const op of Object.keys(SPEC)) {
    self[op] = (...args: number[]): number => {
      if (args.length !== SPEC[op]!.length) throw new Error(`${op}: expected ${SPEC[op]!.length} operands`);
      instrs.push({ op, args, line: self.line as number });
      return instrs.length - 1;
    };
  }
  return self as unknown as Emitter & { instrs: Instr[]; consts: Constant[] };
}

function operand(kind: string, v: number): string {
  switch (kind) {
    case 'k':
      return v < 0 ? `K${-1 - v}` : String(v);
    case 'c':
      return `K${v}`;
    case 'l':
      return `->${v + 1}`;
    default:
      return String(v);
  }
}

function quote(c: unknown): string {
  if (c instanceof Shape) return `{${c.keys.join(', ')}}`;
  if (c === undefined) return 'nil';
  return typeof c === 'string' ? JSON.stringify(c) : Object.is(c, -0) ? '-0' : String(c);
}

/** Render a compiled function and its children (needs protos made with recordingEmitter). */
export function listing(p: ProtoData, emitters: Map<ProtoData, Instr[]>): string {
  const out: string[] = [];
  const walk = (proto: ProtoData): void => {
    out.push(`${proto.name} params=${proto.numParams}${proto.isVararg ? '+' : ''} frame=${proto.frameSize}` +
      (proto.upvals.length ? ` upvals=${proto.upvals.map((u) => `${u.name}:${u.inStack ? 'R' : 'U'}${u.index}`).join(',')}` : ''));
    emitters.get(proto)!.forEach((ins, i) => {
      const spec = SPEC[ins.op]!;
      out.push(`${i + 1} [${ins.line}] ${ins.op} ${ins.args.map((a, j) => operand(spec[j]!, a)).join(' ')}`.trimEnd());
    });
    if (proto.consts.length) out.push('; ' + proto.consts.map((c, i) => `K${i}=${quote(c)}`).join(' '));
    proto.protos.forEach(walk);
  };
  walk(p);
  return out.join('\n');
}
