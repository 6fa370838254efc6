import { Node, SyntaxKind } from 'ts-morph';
import type { CallExpression, FunctionDeclaration } from 'ts-morph';
import { lowerCached, lowerCachedCall, lowerCacheMiss } from '@deegen/ic';
import { fail } from './diagnostics.js';
import type { FunctionLike, SemanticsFile, TypesModel, VariantModel, VariantOperand } from './model.js';

/**
 * Where lowered code is placed (docs/dsl-reference.md §7):
 * - handler: inside the interpreter's `dispatch` loop, state in the interpreter's locals;
 * - continuation: a case of the `conts` switch that runs when a call made by the bytecode returns;
 * - outlined: a separate function (a slow path), which reports back through its return value.
 */
export type Mode = 'handler' | 'continuation' | 'outlined';

const TERMINALS = new Set(['ret', 'branch', 'throwError', 'call', 'callInPlace', 'tailCall', 'guestReturn', 'slowPath']);
const INTRINSICS = new Set([
  'getSlot', 'setSlot', 'getTop', 'setTop', 'argCount', 'varargs', 'setVarargs', 'currentFunction', 'thread',
  'frameBase', 'returnValue', 'returnCount', 'storeReturns',
]);
const MAX_CALL_ARGS = 8;

/** Continuations and outlined functions discovered while lowering, emitted once each. */
export class Registry {
  readonly continuations: { id: number; variant: VariantModel; fn: FunctionLike; file: SemanticsFile }[] = [];
  readonly outlined = new Map<string, { name: string; variant: VariantModel; fn: FunctionLike; file: SemanticsFile; generic: boolean }>();
  private readonly contIds = new Map<string, number>();
  /** Whether any bytecode uses inline caches (the engines then load the cache arrays). */
  usesCaches = false;
  /** Outlined cache-miss functions (lowerCacheMiss), by name: emitted once each, beside the slow paths. */
  readonly cacheMisses = new Map<string, string>();
  private readonly cacheSites = new Map<string, number>();

  /** How many `cached` calls each bytecode has (after lowering everything). */
  cacheCount(bytecode: string): number {
    return [...this.cacheSites.keys()].filter((k) => k.startsWith(`${bytecode}:`)).length;
  }

  /** The cache entry of a `cached` call: its ordinal within its bytecode, added to the instruction's pc. */
  cacheSite(bytecode: string, node: Node): number {
    this.usesCaches = true;
    const key = `${bytecode}:${node.getSourceFile().getFilePath()}:${node.getStart()}`;
    let site = this.cacheSites.get(key);
    if (site === undefined) {
      site = [...this.cacheSites.keys()].filter((k) => k.startsWith(`${bytecode}:`)).length;
      this.cacheSites.set(key, site);
    }
    return site;
  }

  continuation(variant: VariantModel, fn: FunctionLike, file: SemanticsFile): number {
    const key = `${variant.id}:${fn.getSourceFile().getFilePath()}:${fn.getStart()}`;
    let id = this.contIds.get(key);
    if (id === undefined) {
      id = this.continuations.length;
      this.contIds.set(key, id);
      this.continuations.push({ id, variant, fn, file });
    }
    return id;
  }

  outline(variant: VariantModel, fn: FunctionLike, file: SemanticsFile, label: string, generic: boolean): string {
    // Slow paths are named after their function; the generic path gets a `$` no function name can start with.
    const name = generic ? `${variant.name}$$generic` : `${variant.name}$${label}`;
    if (!this.outlined.has(name)) this.outlined.set(name, { name, variant, fn, file, generic });
    return name;
  }
}

export interface LowerEnv {
  readonly variant: VariantModel;
  readonly file: SemanticsFile;
  readonly types: TypesModel;
  readonly mode: Mode;
  /** The function whose body is being lowered (terminals must be returned from it directly). */
  readonly root: FunctionLike;
  /** Variables known to hold a type (inside a fast path): name → type name. */
  readonly facts: ReadonlyMap<string, string>;
  readonly registry: Registry;
  /** Continuations whose bodies are being inlined around this code (no inlining into themselves). */
  readonly inlining?: ReadonlySet<FunctionLike>;
}

/** The operands an implementation (or continuation) receives as parameters, in order. */
export function paramOperands(v: VariantModel): VariantOperand[] {
  return v.operands.filter((o) => o.kind !== 'out' && o.kind !== 'label');
}

/** JS expression reading operand `o` of the instruction at `$pc` in a handler or continuation. */
export function decodeOperand(o: VariantOperand): string {
  const word = `$code[$pc + ${o.offset}]`;
  switch (o.kind) {
    case 'slot':
      return `$stack[$base + ${word}]`;
    case 'constant':
      return `$k[${word}]`;
    case 'literal':
      return o.fixed !== undefined ? String(o.fixed) : word;
    default:
      return word;
  }
}

/** `const name = <decode> as T;` for each parameter the function declares. */
export function bindParams(fn: FunctionLike, v: VariantModel, values?: readonly string[]): string {
  const ops = paramOperands(v);
  const params = fn.getParameters();
  if (params.length > ops.length) fail('DG002', params[ops.length], `${v.bytecode.name} has only ${ops.length} operand parameters`);
  return params
    .map((p, i) => {
      const name = p.getName();
      if (name.startsWith('$')) fail('DG012', p, name);
      const type = p.getTypeNode()?.getText() ?? 'any';
      return `let ${name} = ${values ? values[i] : decodeOperand(ops[i])} as ${type};`;
    })
    .join(' ');
}

/** The block body of an implementation, continuation or slow path (expression bodies are not allowed). */
export function bodyOf(fn: FunctionLike): Node {
  const body = fn.getBody();
  if (body === undefined || !Node.isBlock(body)) return fail('DG002', fn, 'the function needs a block body');
  return body;
}

function dslName(env: LowerEnv, call: CallExpression): string | undefined {
  const callee = call.getExpression();
  if (!Node.isIdentifier(callee)) return undefined;
  return env.file.dsl.get(callee.getText());
}

function enclosingFunction(node: Node): Node | undefined {
  return node.getFirstAncestor(
    (a) => Node.isFunctionDeclaration(a) || Node.isFunctionExpression(a) || Node.isArrowFunction(a) || Node.isMethodDeclaration(a),
  );
}

function normalise(text: string): string {
  return text.replace(/\s+/g, '').replace(/"/g, "'");
}

/** The guard expression of `type` applied to variable `name`. */
export function guardFor(types: TypesModel, type: string, name: string, at: Node): string {
  const g = types.guards.get(type);
  if (g === undefined) fail('DG007', at, `no type '${type}' in the language's type lattice`);
  return `(${g.expression.replace(new RegExp(`(?<![.\\w$'"])${g.param}(?![\\w$'"])`, 'g'), name)})`;
}

function narrowedType(types: TypesModel, type: string): string {
  return types.guards.get(type)!.narrowed;
}

/** Renders `node` with every terminal, intrinsic and foldable type test rewritten for `env`. */
export function render(node: Node, env: LowerEnv): string {
  const own = special(node, env);
  if (own !== undefined) return own;
  const text = node.getSourceFile().getFullText();
  let out = '';
  let pos = node.getStart();
  const visit = (n: Node): void => {
    n.forEachChild((c) => {
      const r = special(c, env);
      if (r !== undefined) {
        out += text.slice(pos, c.getStart()) + r;
        pos = c.getEnd();
      } else visit(c);
    });
  };
  visit(node);
  return out + text.slice(pos, node.getEnd());
}

function jump(env: LowerEnv): string {
  return env.mode === 'handler' ? 'continue dispatch;' : 'break conts;';
}

function next(env: LowerEnv): string {
  return `$pc += ${env.variant.length}; ${jump(env)}`;
}

function factMatch(node: Node, env: LowerEnv): string | undefined {
  if (env.facts.size === 0) return undefined;
  const t = normalise(node.getText());
  for (const [name, type] of env.facts) {
    if (normalise(guardFor(env.types, type, name, node).slice(1, -1)) === t) return 'true';
  }
  return undefined;
}

function special(node: Node, env: LowerEnv): string | undefined {
  if (Node.isIdentifier(node) && node.getText().startsWith('$')) fail('DG012', node, node.getText());
  if (Node.isVariableStatement(node)) {
    const decls = node.getDeclarations();
    const init = decls.length === 1 ? decls[0].getInitializer() : undefined;
    if (init !== undefined && Node.isCallExpression(init) && dslName(env, init) === 'cached') return lowerCachedDecl(node, decls[0], init, env);
    return undefined;
  }
  if (Node.isReturnStatement(node)) {
    const e = node.getExpression();
    if (e && Node.isCallExpression(e)) {
      const name = dslName(env, e);
      if (name !== undefined && TERMINALS.has(name)) {
        if (enclosingFunction(node) !== env.root) fail('DG004', node, 'terminals cannot be used inside nested functions');
        return lowerTerminal(name, e, env);
      }
    }
    return undefined;
  }
  if (Node.isCallExpression(node)) {
    const name = dslName(env, node);
    if (name !== undefined && TERMINALS.has(name)) fail('DG004', node, `write \`return ${node.getText()}\``);
    if (name !== undefined && INTRINSICS.has(name)) return lowerIntrinsic(name, node, env);
    if (name === 'cached') fail('DG020', node);
    const callee = node.getExpression();
    if (Node.isIdentifier(callee) && env.file.functions.has(callee.getText())) fail('DG018', node, callee.getText());
  }
  if (Node.isBinaryExpression(node) || Node.isCallExpression(node)) {
    const f = factMatch(node, env);
    if (f !== undefined) return f;
  }
  if (env.facts.size > 0) {
    if (Node.isBinaryExpression(node)) {
      const op = node.getOperatorToken().getKind();
      if (op === SyntaxKind.AmpersandAmpersandToken || op === SyntaxKind.BarBarToken) {
        const l = render(node.getLeft(), env);
        const r = render(node.getRight(), env);
        if (op === SyntaxKind.AmpersandAmpersandToken) {
          if (l === 'true') return r;
          if (r === 'true') return l;
          if (l === 'false') return 'false';
        } else {
          if (l === 'true') return 'true';
          if (l === 'false') return r;
        }
        return `${l} ${node.getOperatorToken().getText()} ${r}`;
      }
    }
    if (Node.isParenthesizedExpression(node)) {
      const inner = render(node.getExpression(), env);
      if (inner === 'true' || inner === 'false') return inner;
      return `(${inner})`;
    }
    if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.ExclamationToken) {
      const inner = render(node.getOperand(), env);
      if (inner === 'true') return 'false';
      if (inner === 'false') return 'true';
      return `!${inner}`;
    }
    if (Node.isBlock(node)) {
      // Statements after one that folded into an unconditional terminal are dead: drop them.
      let out = '{';
      for (const st of node.getStatements()) {
        out += `\n${render(st, env)}`;
        if (terminates(st, env)) break;
      }
      return `${out}\n}`;
    }
    if (Node.isIfStatement(node)) {
      const cond = render(node.getExpression(), env);
      const otherwise = node.getElseStatement();
      if (cond === 'true') return render(node.getThenStatement(), env);
      if (cond === 'false') return otherwise ? render(otherwise, env) : ';';
      return `if (${cond}) ${render(node.getThenStatement(), env)}${otherwise ? ` else ${render(otherwise, env)}` : ''}`;
    }
  }
  return undefined;
}

/** True when `st` always ends in a terminal under the current facts (a return, or an if folded to a returning branch). */
function terminates(st: Node, env: LowerEnv): boolean {
  if (Node.isReturnStatement(st)) return true;
  if (Node.isBlock(st)) return st.getStatements().some((s) => terminates(s, env));
  if (Node.isIfStatement(st)) {
    const cond = render(st.getExpression(), env);
    const otherwise = st.getElseStatement();
    if (cond === 'true') return terminates(st.getThenStatement(), env);
    if (cond === 'false') return otherwise !== undefined && terminates(otherwise, env);
    return otherwise !== undefined && terminates(st.getThenStatement(), env) && terminates(otherwise, env);
  }
  return false;
}

/**
 * `const x = cached(key, () => expr)`: a per-instruction cache (@deegen/ic). The hit stays inline;
 * the polymorphic lookup and the miss go to a function of their own when the body reads only the
 * semantics function's own variables (no DSL calls), which keeps handlers and stencils small.
 */
function lowerCachedDecl(st: Node, decl: import('ts-morph').VariableDeclaration, call: CallExpression, env: LowerEnv): string {
  const [key, body, reuseFn] = call.getArguments();
  if (!Node.isVariableStatement(st) || st.getDeclarationKind() !== 'const' || key === undefined || body === undefined) fail('DG020', call);
  if (!Node.isArrowFunction(body) || Node.isBlock(body.getBody()) || body.getParameters().length > 0) fail('DG020', body, 'the body must be an arrow function without parameters returning an expression');
  let reuse: string | undefined;
  if (reuseFn !== undefined) {
    const params = Node.isArrowFunction(reuseFn) ? reuseFn.getParameters() : [];
    if (!Node.isArrowFunction(reuseFn) || Node.isBlock(reuseFn.getBody()) || params.length !== 1 || params[0].getName() !== decl.getName())
      fail('DG020', reuseFn, `the reuse test must be an arrow function of one parameter named ${decl.getName()}, as the cached value is, returning an expression`);
    reuse = render(reuseFn.getBody(), env);
  }
  const site = env.registry.cacheSite(env.variant.bytecode.name, call);
  if (site >= env.variant.length) fail('DG020', call, `more cache sites than the ${env.variant.length} words of ${env.variant.name}`);
  const name = decl.getName();
  const type = decl.getTypeNode()?.getText() ?? 'any';
  const siteExpr = site === 0 ? '$pc' : `$pc + ${site}`;
  const countMiss = `$icMisses[${env.variant.id}]++; `;
  const expr = body.getBody();
  const free = outlinableLocals(expr, env);
  if (free === undefined) return lowerCached(name, type, render(key, env), render(expr, env), siteExpr, countMiss, reuse);
  // One miss function per cache site of the bytecode, shared by its variants, which pass their id
  // for the statistics (the body reads only the semantics' own variables: the same in each).
  const missFn = `${env.variant.bytecode.name}$miss${site}`;
  const missEnv: LowerEnv = { ...env, mode: 'outlined', facts: new Map() };
  const missText = lowerCacheMiss(missFn, type, ['$variant', ...free], render(expr, missEnv), '$icMisses[$variant]++; ');
  const known = env.registry.cacheMisses.get(missFn);
  if (known === undefined) env.registry.cacheMisses.set(missFn, missText);
  else if (known !== missText) throw new Error(`${missFn}: the variants of ${env.variant.bytecode.name} lower its cache body differently`);
  return lowerCachedCall(name, type, render(key, env), siteExpr, missFn, [String(env.variant.id), ...free], reuse);
}

/**
 * The variables of the semantics function a cache body reads, in order of first use, when the
 * body can move to a function of its own: it calls nothing of the DSL and names no `$` state.
 * Undefined otherwise.
 */
function outlinableLocals(expr: Node, env: LowerEnv): string[] | undefined {
  const root = env.root;
  const names: string[] = [];
  let ok = true;
  const visit = (n: Node): void => {
    if (!ok) return;
    if (Node.isCallExpression(n) && dslName(env, n) !== undefined) {
      ok = false;
      return;
    }
    if (Node.isIdentifier(n)) {
      const text = n.getText();
      if (text.startsWith('$')) ok = false;
      const parent = n.getParent();
      const isMemberName = parent !== undefined && Node.isPropertyAccessExpression(parent) && parent.getNameNode() === n;
      if (!isMemberName) {
        const decls = n.getSymbol()?.getDeclarations() ?? [];
        const local = decls.some((d) => d.getSourceFile() === root.getSourceFile() && d.getPos() >= root.getPos() && d.getEnd() <= root.getEnd());
        if (local && !names.includes(text)) names.push(text);
      }
    }
    n.forEachChild(visit);
  };
  visit(expr);
  return ok ? names : undefined;
}

function lowerIntrinsic(name: string, call: CallExpression, env: LowerEnv): string {
  const a = call.getArguments().map((x) => render(x, env));
  const typeArg = call.getTypeArguments()[0]?.getText() ?? 'any';
  switch (name) {
    case 'getSlot':
      return `$stack[$base + (${a[0]})]`;
    case 'setSlot':
      return `($stack[$base + (${a[0]})] = ${a[1]})`;
    case 'getTop':
      return '$frame.top';
    case 'setTop':
      return `($frame.top = ${a[0]})`;
    case 'argCount':
      return '$frame.argc';
    case 'varargs':
      return '$frame.varargs';
    case 'setVarargs':
      return `($frame.varargs = ${a[0]})`;
    case 'currentFunction':
      // Handlers and continuations run between reloads, which load the callee into a local.
      return env.mode === 'outlined' ? `($frame.callee as ${typeArg})` : `($callee as ${typeArg})`;
    case 'thread':
      return `($t as ${typeArg})`;
    case 'frameBase':
      return '$base';
    case 'returnValue':
      return /^\d+$/.test(a[0]) ? `(${a[0]} < $t.retCount ? $stack[$t.retBase + ${a[0]}] : undefined)` : `$t.returnValue(${a[0]})`;
    case 'returnCount':
      return '$t.retCount';
    case 'storeReturns': {
      // One result (a call used as a value) and none (a call statement) are by far the commonest
      // cases: done inline, without a call. The arguments are repeated, so only when they are
      // plain names or numbers.
      const simple = (x: string) => /^[\w$]+$/.test(x.trim());
      if (!simple(a[0]) || !simple(a[1])) return `$t.storeReturns($base + (${a[0]}), ${a[1]})`;
      return `(${a[1]} === 1 ? ($stack[$base + ${a[0]}] = $t.retCount > 0 ? $stack[$t.retBase] : undefined) : ${a[1]} === 0 ? undefined : $t.storeReturns($base + ${a[0]}, ${a[1]}))`;
    }
    default:
      return fail('DG016', call, name);
  }
}

function resolveFunction(node: Node, env: LowerEnv, code: 'DG008' | 'DG010'): FunctionLike {
  if (Node.isFunctionExpression(node) || Node.isArrowFunction(node)) return node;
  if (Node.isIdentifier(node)) {
    const fn: FunctionDeclaration | undefined = env.file.functions.get(node.getText());
    if (fn !== undefined) return fn;
  }
  return fail(code, node, node.getText());
}

/** Code that acts on the value an outlined function returned, in a handler or continuation. */
export function afterOutlined(env: LowerEnv): string {
  const v = env.variant;
  const shape = v.bytecode.result;
  let s = 'if ($r === $RELOAD) continue main; ';
  if (shape === 'value') s += `$stack[$base + $code[$pc + ${v.outOffset}]] = $r; `;
  if (shape === 'branch') s += `if ($r === $TAKEN) { $pc = $code[$pc + ${v.labelOffset}]; ${jump(env)} } `;
  return s + next(env);
}

function lowerCall(c: CallExpression, env: LowerEnv, inPlace: boolean): string {
  const args = c.getArguments();
  const fn = render(args[0], env);
  let setup: string;
  let argc: string;
  let contNode: Node;
  if (inPlace) {
    setup = `const $ab = $base + (${render(args[1], env)});`;
    argc = `(${render(args[2], env)})`;
    contNode = args[3];
  } else {
    const list = args[1];
    if (!Node.isArrayLiteralExpression(list) || list.getElements().length > MAX_CALL_ARGS) fail('DG009', list ?? c);
    const elems = list.getElements().map((e) => render(e, env));
    setup = `const $ab = $base + $frame.proto!.frameSize; ${elems.map((e, i) => `$stack[$ab + ${i}] = ${e};`).join(' ')}`;
    argc = String(elems.length);
    contNode = args[2];
  }
  if (contNode === undefined) fail('DG010', c);
  const cont = resolveFunction(contNode, env, 'DG010');
  const id = env.registry.continuation(env.variant, cont, env.file);
  const invoke = `$t.invoke(${fn} as GuestCallable, $ab, ${argc}, ${id})`;
  if (env.mode === 'outlined') {
    return `{ ${setup} $frame.pc = $pc; if (!${invoke}) $t.pendingCont = ${id}; return $RELOAD; }`;
  }
  if (env.mode === 'continuation') {
    return `{ ${setup} $frame.pc = $pc; if (!${invoke}) $t.pendingCont = ${id}; continue main; }`;
  }
  // In a handler, a builtin callee has finished when invoke returns false: run the continuation
  // here, unless we are already inside it (a continuation that calls again with itself).
  if (env.inlining?.has(cont)) {
    return `{ ${setup} $frame.pc = $pc; if (!${invoke}) $t.pendingCont = ${id}; continue main; }`;
  }
  const inlining = new Set(env.inlining ?? []).add(cont);
  const body = render(bodyOf(cont), { ...env, root: cont, facts: new Map(), inlining });
  return `{ ${setup} $frame.pc = $pc; if (${invoke}) continue main; { ${bindParams(cont, env.variant)} ${body} } }`;
}

function lowerTerminal(name: string, c: CallExpression, env: LowerEnv): string {
  const v = env.variant;
  const shape = v.bytecode.result;
  const args = c.getArguments();
  switch (name) {
    case 'ret': {
      const value = args[0] !== undefined ? render(args[0], env) : 'undefined';
      // Without a result, an argument is still evaluated (reference mode evaluates it too).
      const effect = shape !== 'value' && args[0] !== undefined ? `${value}; ` : '';
      if (env.mode === 'outlined') return shape === 'value' ? `return ${value};` : `{ ${effect}return undefined; }`;
      if (shape === 'value') return `{ $stack[$base + $code[$pc + ${v.outOffset}]] = ${value}; ${next(env)} }`;
      return `{ ${effect}${next(env)} }`;
    }
    case 'branch':
      if (shape !== 'branch') fail('DG006', c, 'branch() in a bytecode whose result is not a branch');
      if (env.mode === 'outlined') return 'return $TAKEN;';
      return `{ $pc = $code[$pc + ${v.labelOffset}]; ${jump(env)} }`;
    case 'throwError':
      // The frame's pc is saved first, so the language's hook can tell where the error is.
      return `{ $frame.pc = $pc; return $t.hooks.throwError($t, ${render(args[0], env)}); }`;
    case 'call':
      return lowerCall(c, env, false);
    case 'callInPlace':
      return lowerCall(c, env, true);
    case 'tailCall': {
      const call = `$t.tailInvoke(${render(args[0], env)} as GuestCallable, $base + (${render(args[1], env)}), ${render(args[2], env)})`;
      if (env.mode === 'outlined') return `{ $frame.pc = $pc; ${call}; return $RELOAD; }`;
      return `{ $frame.pc = $pc; if (${call}) return; continue main; }`;
    }
    case 'guestReturn':
      if (env.mode === 'outlined') fail('DG011', c);
      return `{ if ($t.doReturn($base + (${render(args[0], env)}), ${render(args[1], env)})) return; continue main; }`;
    case 'slowPath': {
      const fn = resolveFunction(args[0], env, 'DG008');
      if (!Node.isFunctionDeclaration(fn)) fail('DG008', args[0]);
      const outlined = env.registry.outline(v, fn, env.file, fn.getName()!, false);
      const callArgs = ['$t', '$frame', '$pc', ...args.slice(1).map((a) => render(a, env))].join(', ');
      if (env.mode === 'outlined') return `return ${outlined}(${callArgs});`;
      return `{ const $r = ${outlined}(${callArgs}); ${afterOutlined(env)} }`;
    }
    default:
      return fail('DG016', c, name);
  }
}

/** A handler's body: operand decoding, type fast paths, and the implementation (or its outlined generic path). */
export function lowerHandler(v: VariantModel, file: SemanticsFile, types: TypesModel, registry: Registry): string {
  const b = v.bytecode;
  const impl = b.impl;
  const env: LowerEnv = { variant: v, file, types, mode: 'handler', root: impl, facts: new Map(), registry };
  const body = bodyOf(impl);
  if (b.fastPaths.length === 0) return `${bindParams(impl, v)} ${render(body, env)}`;
  const ops = paramOperands(v);
  const params = impl.getParameters();
  const raw = params.map((_, i) => `$a${i}`);
  let s = params.map((_, i) => `const $a${i} = ${decodeOperand(ops[i])};`).join(' ');
  for (const [fpIndex, fp] of b.fastPaths.entries()) {
    const fpNode = b.fastPathNodes[fpIndex];
    const facts = new Map<string, string>();
    const guards: string[] = [];
    const values = params.map((p, i) => `$a${i}`);
    const types2 = params.map((p) => p.getTypeNode()?.getText() ?? 'any');
    for (const [operand, type] of Object.entries(fp)) {
      const i = ops.findIndex((o) => o.name === operand);
      if (i < 0 || i >= params.length) fail('DG007', fpNode, `fast path operand '${operand}' is not a parameter`);
      const pname = params[i].getName();
      guards.push(guardFor(types, type, `$a${i}`, fpNode));
      facts.set(pname, type);
      types2[i] = narrowedType(types, type);
    }
    const bind = params.map((p, i) => `let ${p.getName()} = ${values[i]} as ${types2[i]};`).join(' ');
    const tag = Object.entries(fp).map(([o, t]) => `${o}: ${t}`).join(', ');
    s += ` if (${guards.join(' && ')}) { /* fast path: ${tag} */ ${bind} ${render(body, { ...env, facts })} }`;
  }
  const generic = registry.outline(v, impl, file, 'generic', true);
  s += ` { const $r = ${generic}(${['$t', '$frame', '$pc', ...raw].join(', ')}); ${afterOutlined(env)} }`;
  return s;
}

/** A continuation case: binds its parameters from the operands again, then its body. */
export function lowerContinuation(
  v: VariantModel,
  fn: FunctionLike,
  file: SemanticsFile,
  types: TypesModel,
  registry: Registry,
): string {
  const env: LowerEnv = { variant: v, file, types, mode: 'continuation', root: fn, facts: new Map(), registry };
  return `${bindParams(fn, v)} ${render(bodyOf(fn), env)}`;
}

/** An outlined function: a slow path or the generic path behind fast paths. */
export function lowerOutlined(
  name: string,
  v: VariantModel,
  fn: FunctionLike,
  file: SemanticsFile,
  types: TypesModel,
  registry: Registry,
): string {
  const env: LowerEnv = { variant: v, file, types, mode: 'outlined', root: fn, facts: new Map(), registry };
  const params = fn.getParameters().map((p) => {
    const n = p.getName();
    if (n.startsWith('$')) fail('DG012', p, n);
    return `${n}: ${p.getTypeNode()?.getText() ?? 'any'}`;
  });
  const head = ['$t: Thread', '$frame: Frame', '$pc: number', ...params].join(', ');
  return (
    `function ${name}(${head}): unknown {\n` +
    `  const $stack: any[] = $t.stack; const $base = $frame.base; const $code = $frame.proto!.code; const $k: any[] = $frame.proto!.consts;\n` +
    (registry.usesCaches ? '  const $ick = $frame.proto!.icKeys!; const $icv = $frame.proto!.icValues!;\n' : '') +
    `  ${render(bodyOf(fn), env)}\n}`
  );
}
