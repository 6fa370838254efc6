import { ts } from 'ts-morph';

/**
 * What the stitcher needs to know of a stencil's register traffic to write back only what changed
 * (see @deegen/stencil's Stencil.flow): the register markers it assigns in locals, whether every
 * way on to another instruction leaves the locals clean (just reloaded, nothing written since),
 * and whether it can go on to the next instruction.
 */
export interface RegisterFlow {
  readonly text: string;
  /** `[operand, offset]` of every register the stencil assigns as a local. */
  readonly writes: readonly (readonly [number, number])[];
  /**
   * Those of `writes` that some path of the stencil assigns a number to, as far as its text shows
   * (arithmetic, a numeric literal, `Math` functions, or a variable only ever bound to those): a
   * hint for the stitcher (typed entries), which never relies on it.
   */
  readonly numbers: readonly (readonly [number, number])[];
  readonly clean: boolean;
  readonly falls: boolean;
}

/**
 * Registers in JS locals for stitched code (issue 6): rewrites one stencil's JavaScript so that
 * the compiled function keeps the guest function's registers in locals `$R<n>` instead of the
 * thread's register array, and writes them back wherever the array can be observed.
 *
 * Input: a stencil body as emit-stencils.ts makes it, with operand holes `$$H<k>`, exits
 * `break $$LABEL;` (next instruction), `continue dispatch;` (taken branch) and `break $tick;`
 * (end of a tick), and `return` (control leaves compiled code). Output: the same code with more
 * markers the stitcher fills per instruction:
 * - `$$R<k>_<c>`: register `operand k + c`, for every `$stack[$base + X]` whose index X is a
 *   constant expression of operand holes (directly, or through a `let name = $$H<k>` binding)
 *   plus a literal, in code that runs with the registers in locals;
 * - `$$SPILL;`: write every local back to the array; `$$SPILLRET<k1>_<k2>;`: only the range a
 *   guest return hands over;
 * - `$$RELOAD;`: read every local from the array; `$$RELOADFROM<k>_<c>_<f>;` instead when every
 *   escape of the stencil writes registers from `operand k + c` on only (none when k = 0), and
 *   those a closure captured when f = 1 (a guest call or a builtin may have run);
 * and three jumps to the compiled function's shared write-backs: `break $leave` (a `return`
 * with the locals canonical), `break $bail` (see `bailable`), and the tick's `break $tick`.
 *
 * A statement is an *escape* when it can read or write registers through the array or run other
 * code that can (a metamethod, a callee, a closure over this frame's registers, a debug library
 * call): it names `$stack`, uses the thread `$t` other than to read or set a field (a method call,
 * `$t.stack`, passing it to a function not in `safeCalls`), or passes `$frame` to such a
 * function. (`$base` alone is a number: every use of it that reaches the array goes through
 * `$stack` or the thread.) Each escape statement runs with the array canonical: written back
 * before (unless nothing was written since the last reload), reloaded before the next statement
 * that uses a register and before any exit. `if` statements and blocks whose tests are not
 * escapes are split, so fast paths keep their registers in locals and only the paths around
 * them pay. Calls of outlined paths in `safeCalls` (found register-safe by the generator) are no
 * escapes: they run with `$safe = 1`, so that the compiled function's error handler writes the
 * locals back if they throw. Returns the rewritten text with the stencil's RegisterFlow.
 */
export function promoteRegisters(
  body: string,
  name: string,
  calls: StencilCalls = {},
  declaredWrites?: readonly DeclaredWrite[],
): RegisterFlow {
  const safeCalls = calls.safe ?? NO_CALLS;
  const readingCalls = calls.reading ?? NO_CALLS;
  const pureCalls = calls.pure ?? NO_CALLS;
  // Calls that read the frame's registers through the thread but never write them nor run guest
  // code (LanguageConfig.stencilReadingCalls): the locals are written back before, not reloaded after.
  const readingSafe = new Set([...safeCalls, ...readingCalls]);
  const prefix = 'function $stencil() {\ndispatch: for (;;) { $$LABEL: {\n';
  const text = `${prefix}${body}\n} }\n}\n`;
  const sf = ts.createSourceFile('stencil.js', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const fn = sf.statements[0] as ts.FunctionDeclaration;
  const outer = (fn.body!.statements[0] as ts.LabeledStatement).statement as ts.ForStatement;
  const labelled = (outer.statement as ts.Block).statements[0] as ts.LabeledStatement;
  const stencilBody = labelled.statement as ts.Block;

  // Operand bindings: `let name = $$H<k>` never assigned again (the same name may be bound again
  // in an inner block to the same hole, as inline continuations do).
  const bound = new Map<string, number | null>();
  const assigned = new Set<string>();
  const visitBindings = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer !== undefined) {
      const m = ts.isIdentifier(node.initializer) ? /^\$\$H(\d+)$/.exec(node.initializer.text) : null;
      const prev = bound.get(node.name.text);
      if (m === null) bound.set(node.name.text, null);
      else if (prev === undefined) bound.set(node.name.text, Number(m[1]));
      else if (prev !== Number(m[1])) bound.set(node.name.text, null);
    }
    if (ts.isBinaryExpression(node) && isAssignment(node.operatorToken.kind) && ts.isIdentifier(node.left)) assigned.add(node.left.text);
    if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && ts.isIdentifier(node.operand)) {
      if (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken) assigned.add(node.operand.text);
    }
    ts.forEachChild(node, visitBindings);
  };
  visitBindings(stencilBody);
  const holeOf = (id: string): number | null => {
    const m = /^\$\$H(\d+)$/.exec(id);
    if (m !== null) return Number(m[1]);
    const k = bound.get(id);
    return k === undefined || k === null || assigned.has(id) ? null : k;
  };
  const strip = (e: ts.Expression): ts.Expression => (ts.isParenthesizedExpression(e) ? strip(e.expression) : e);
  const constantIndex = (e0: ts.Expression): [number, number] | null => {
    const e = strip(e0);
    if (ts.isIdentifier(e)) {
      const k = holeOf(e.text);
      return k === null ? null : [k, 0];
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const l = strip(e.left);
      const r = strip(e.right);
      if (ts.isNumericLiteral(r)) {
        const inner = constantIndex(l);
        return inner === null ? null : [inner[0], inner[1] + Number(r.text)];
      }
      if (ts.isNumericLiteral(l)) {
        const inner = constantIndex(r);
        return inner === null ? null : [inner[0], inner[1] + Number(l.text)];
      }
    }
    return null;
  };
  /** X when `e` is `name + X` (`$base + X`: a register index), else null. */
  const addedTo = (name: string, e: ts.Expression): ts.Expression | null => {
    const s = strip(e);
    return ts.isBinaryExpression(s) && s.operatorToken.kind === ts.SyntaxKind.PlusToken && ts.isIdentifier(s.left) && s.left.text === name ? s.right : null;
  };
  /** [operand, offset] when `node` is `$stack[$base + X]` with a constant X. */
  const registerOf = (node: ts.Node): [number, number] | null => {
    if (!ts.isElementAccessExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== '$stack') return null;
    const x = addedTo('$base', node.argumentExpression);
    const r = x === null ? null : constantIndex(x);
    return r !== null && r[1] >= 0 && r[1] < 100 ? r : null;
  };

  // Names that stand for the thread (`const t = $t`).
  const threadNames = new Set(['$t']);
  const visitAliases = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer !== undefined) {
      const init = strip(node.initializer);
      if (ts.isIdentifier(init) && threadNames.has(init.text)) threadNames.add(node.name.text);
    }
    ts.forEachChild(node, visitAliases);
  };
  visitAliases(stencilBody);

  /** Whether a use of the thread is more than reading or setting one of its fields (not `stack`). */
  const threadEscapes = (id: ts.Identifier, safe: ReadonlySet<string>): boolean => {
    const p = id.parent;
    if (ts.isVariableDeclaration(p) && p.initializer === id) return false; // an alias
    let top: ts.Node = id;
    while (ts.isPropertyAccessExpression(top.parent) && top.parent.expression === top) {
      if (top.parent.name.text === 'stack') return true;
      top = top.parent;
    }
    if (top === id) {
      // Passed whole: only to a helper the language declares safe (see LanguageConfig.stencilSafeCalls).
      const call = id.parent;
      return !(ts.isCallExpression(call) && call.expression !== id && ts.isIdentifier(call.expression) && safe.has(call.expression.text));
    }
    return ts.isCallExpression(top.parent) && top.parent.expression === top; // a method call
  };
  const isEscape = (root: ts.Node, safe: ReadonlySet<string> = safeCalls): boolean =>
    someNode(root, (node) => {
      if (registerOf(node) !== null) return 'skip';
      if (!ts.isIdentifier(node)) return false;
      const id = node.text;
      if (id === '$stack') return true;
      if (threadNames.has(id)) return !(ts.isVariableDeclaration(node.parent) && node.parent.name === node) && threadEscapes(node, safe);
      if (id !== '$frame' || !(ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent)) || node.parent.expression === node) return false;
      const callee = node.parent.expression;
      return !(ts.isIdentifier(callee) && safe.has(callee.text));
    });
  /**
   * The callee base of the guest calls the stencil makes (`const $ab = $base + X`, as the
   * lowering of the DSL's calls writes it): `[operand, offset]`, 'frame' when it is past the
   * frame's registers (`$base + $frame.proto.frameSize`), null when unknown or not always the same.
   */
  const calleeBase = ((): [number, number] | 'frame' | null => {
    let found: [number, number] | 'frame' | null | undefined;
    const key = (at: [number, number] | 'frame' | null): string => String(at);
    someNode(stencilBody, (node) => {
      if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || node.name.text !== '$ab' || node.initializer === undefined) return false;
      const x = addedTo('$base', node.initializer);
      const at = x === null ? null : x.getText(sf) === '$frame.proto.frameSize' ? 'frame' : constantIndex(x);
      found = found === undefined || key(found) === key(at) ? at : null;
      return false;
    });
    return found ?? null;
  })();
  /**
   * What the escapes of this stencil may write in the array, when the stencil can tell: registers
   * from `[operand, offset]` on (`from`; null for none of the frame's), and whether a guest call
   * (or a builtin) may have run, which can write the registers closures have captured (see
   * @deegen/stencil's HOLE_RELOAD_FROM). Null once an escape may write anything.
   */
  let footprint: { from: [number, number] | null; calls: boolean } | null = { from: null, calls: false };
  const writesFrom = (at: [number, number] | 'frame' | null): void => {
    if (footprint === null) return;
    if (at === null) footprint = null;
    else if (at === 'frame') return;
    else if (footprint.from === null) footprint.from = at;
    else if (footprint.from[0] !== at[0]) footprint = null;
    else if (at[1] < footprint.from[1]) footprint.from = [at[0], at[1]];
  };
  /** Adds what escape statement `s` may write to `footprint` (see isEscape for what escapes). */
  const noteWrites = (s: ts.Statement): void => {
    const calls = (): void => {
      if (footprint !== null) footprint.calls = true;
      writesFrom(calleeBase);
    };
    someNode(s, (node) => {
      if (footprint === null) return true;
      const r = registerOf(node);
      if (r !== null) {
        if (assignedTo(node)) writesFrom(r);
        return 'skip';
      }
      if (!ts.isIdentifier(node)) return skipFunctions(node);
      const id = node.text;
      const p = node.parent;
      if (id === '$stack') {
        if (ts.isPropertyAccessExpression(p) && p.expression === node && p.name.text === 'length') return false;
        if (!ts.isElementAccessExpression(p) || p.expression !== node) footprint = null;
        else if (assignedTo(p)) {
          if (addedTo('$ab', p.argumentExpression) !== null) writesFrom(calleeBase);
          else footprint = null;
        }
        return false;
      }
      if (threadNames.has(id)) {
        if (ts.isVariableDeclaration(p) && p.name === node) return false;
        if (!threadEscapes(node, safeCalls)) return false;
        if (ts.isPropertyAccessExpression(p) && p.expression === node && ts.isCallExpression(p.parent) && p.parent.expression === p) {
          const m = p.name.text;
          if (m === 'invoke' || m === 'runCompiledCallee' || m === 'afterCompiledCall') calls();
          else if (m === 'storeReturns') {
            const x = addedTo('$base', p.parent.arguments[0]);
            writesFrom(x === null ? null : constantIndex(x));
          } else footprint = null;
          return false;
        }
        // Passed whole: to the callee's compiled code (`$cj($t)`, see emit-stencils.ts's compiledCall).
        if (ts.isCallExpression(p) && p.expression.getText(sf) === '$cj') calls();
        else footprint = null;
        return false;
      }
      if (id === '$frame' && (ts.isCallExpression(p) || ts.isNewExpression(p)) && p.expression !== node) {
        const callee = p.expression.getText(sf);
        if (callee !== '$t.runCompiledCallee' && callee !== '$t.afterCompiledCall' && !(ts.isIdentifier(p.expression) && safeCalls.has(callee))) footprint = null;
      }
      return false;
    });
  };
  /** Whether `node` is the target of an assignment or an increment. */
  const assignedTo = (node: ts.Node): boolean => {
    const p = node.parent;
    if (ts.isBinaryExpression(p) && p.left === node && isAssignment(p.operatorToken.kind)) return true;
    return (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && p.operand === node &&
      (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken);
  };
  const containsReturn = (root: ts.Node): boolean => someNode(root, (node) => ts.isReturnStatement(node) || skipFunctions(node));

  interface Edit {
    readonly pos: number;
    readonly end: number;
    readonly text: string;
    /** Among insertions at one position: lower first. */
    readonly order: number;
  }
  const edits: Edit[] = [];
  const insert = (pos: number, text: string, order: number): void => {
    edits.push({ pos, end: pos, text, order });
  };
  const inStatementList = (s: ts.Statement): boolean =>
    ts.isBlock(s.parent) || ts.isCaseClause(s.parent) || ts.isDefaultClause(s.parent) || ts.isSourceFile(s.parent);
  /** Puts `before` and `after` around statement `s`, bracing it when it is not in a statement list. */
  const surround = (s: ts.Statement, before: string, after: string): void => {
    if (before === '' && after === '') return;
    const brace = !inStatementList(s);
    let depth = 0;
    for (let n: ts.Node = s; n.parent !== undefined; n = n.parent) depth++;
    // At one position, outer insertions open before inner ones and close after them.
    insert(s.getStart(sf), (brace ? '{ ' : '') + before, depth - 1000);
    insert(s.getEnd(), after + (brace ? ' }' : ''), 1000 - depth);
  };

  /** Registers assigned as locals, by `operand_offset`, and those of them assigned a number. */
  const written = new Map<string, readonly [number, number]>();
  const numbers = new Map<string, readonly [number, number]>();
  // Every value each variable of the stencil is bound or assigned to.
  const values = new Map<string, ts.Expression[]>();
  const bindValue = (id: string, e: ts.Expression): void => {
    const list = values.get(id);
    if (list === undefined) values.set(id, [e]);
    else list.push(e);
  };
  someNode(stencilBody, (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer !== undefined) bindValue(node.name.text, node.initializer);
    else if (ts.isBinaryExpression(node) && ts.isIdentifier(node.left) && isAssignment(node.operatorToken.kind)) {
      // A compound assignment (`x += y`) binds the operation's result.
      bindValue(node.left.text, node.operatorToken.kind === ts.SyntaxKind.EqualsToken ? node.right : node);
    }
    return skipFunctions(node);
  });
  /** Whether `e` is a number as far as the text shows (a hint: see RegisterFlow.numbers). */
  const isNumeric = (e0: ts.Expression, seen: Set<string> = new Set()): boolean => {
    const e = strip(e0);
    if (ts.isNumericLiteral(e)) return true;
    if (ts.isPrefixUnaryExpression(e)) return e.operator !== ts.SyntaxKind.ExclamationToken;
    if (ts.isPostfixUnaryExpression(e)) return true;
    if (ts.isBinaryExpression(e)) return NUMERIC_OPERATORS.has(e.operatorToken.kind);
    if (ts.isCallExpression(e)) return ts.isPropertyAccessExpression(e.expression) && e.expression.expression.getText(sf) === 'Math';
    if (ts.isIdentifier(e)) {
      const list = values.get(e.text);
      // `seen` holds the variables being followed (a cycle is no number), not every one met.
      if (list === undefined || seen.has(e.text)) return false;
      seen.add(e.text);
      const numeric = list.every((v) => isNumeric(v, seen));
      seen.delete(e.text);
      return numeric;
    }
    return false;
  };
  /** Whether some way on to another instruction leaves locals written since the last reload. */
  let exitsDirty = false;
  /** Rewrites register accesses in code that runs with registers in locals; true when one is written. */
  const localise = (root: ts.Node): boolean => {
    let writes = false;
    const visit = (node: ts.Node): void => {
      const r = registerOf(node);
      if (r !== null) {
        edits.push({ pos: node.getStart(sf), end: node.getEnd(), text: `$$R${r[0]}_${r[1]}`, order: 0 });
        if (assignedTo(node)) {
          writes = true;
          written.set(`${r[0]}_${r[1]}`, r);
          const p = node.parent;
          if (!ts.isBinaryExpression(p) || p.operatorToken.kind !== ts.SyntaxKind.EqualsToken || isNumeric(p.right)) numbers.set(`${r[0]}_${r[1]}`, r);
        }
        return;
      }
      if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit);
    };
    visit(root);
    return writes;
  };

  /**
   * A call of an outlined slow or generic path (`const $r = X$path($t, $frame, $$PC, ...)`) that
   * nothing before it in the stencil can have changed anything for: compiled code leaves the
   * instruction to the interpreter instead (`break $bail`: one shared write-back per function, see
   * @deegen/stencil), which runs it from its start and then re-enters compiled code. Before it, the
   * stencil may only read, fill inline caches and count misses.
   */
  const bailable = (s: ts.Statement): boolean => {
    if (!ts.isVariableStatement(s) || s.declarationList.declarations.length !== 1) return false;
    const init = s.declarationList.declarations[0].initializer;
    if (init === undefined || !ts.isCallExpression(init) || !ts.isIdentifier(init.expression)) return false;
    // Outlined paths are named `<variant>$<function>` (`$$generic` for the generic one).
    if (!init.expression.text.includes('$')) return false;
    const args = init.arguments.map((a) => a.getText(sf));
    if (args[0] !== '$t' || args[1] !== '$frame' || args[2] !== '$$PC') return false;
    return !changesBefore(s);
  };
  /** Whether evaluating `root` can change anything (see PURE_CALLS; the language adds `pureCalls`). */
  const hasEffect = (root: ts.Node): boolean => {
    const benign = (target: ts.Expression): boolean => {
      const t = strip(target);
      if (ts.isIdentifier(t)) return true; // a stencil's own variable
      if (ts.isElementAccessExpression(t) && ts.isIdentifier(t.expression) && t.expression.text === '$icMisses') return true;
      return ts.isPropertyAccessExpression(t) && t.expression.getText(sf) === '$frame' && t.name.text === 'pc';
    };
    return someNode(root, (node) => {
      if (ts.isBinaryExpression(node) && isAssignment(node.operatorToken.kind)) return !benign(node.left);
      if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
        (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken) && !benign(node.operand)) return true;
      if (ts.isDeleteExpression(node)) return true;
      if (!ts.isCallExpression(node)) return false;
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? `.${callee.name.text}` : '';
      // An inline cache's outlined lookup and fill (@deegen/ic lowerCacheMiss) is as pure as its body.
      return !PURE_CALLS.has(name) && !pureCalls.has(name) && !/\$miss\d+$/.test(name);
    });
  };
  /** Whether `s` never completes normally (every path leaves by a jump). */
  const exits = (s: ts.Statement): boolean => {
    if (ts.isBreakStatement(s) || ts.isContinueStatement(s) || ts.isReturnStatement(s) || ts.isThrowStatement(s)) return true;
    if (ts.isBlock(s)) return s.statements.some(exits);
    if (ts.isIfStatement(s)) return s.elseStatement !== undefined && exits(s.thenStatement) && exits(s.elseStatement);
    return false;
  };
  /** Whether a path through `s` that completes normally can change anything. */
  const fallEffects = (s: ts.Statement): boolean => {
    if (ts.isBlock(s)) {
      for (const t of s.statements) {
        if (exits(t)) return false;
        if (fallEffects(t)) return true;
      }
      return false;
    }
    if (ts.isIfStatement(s)) {
      if (hasEffect(s.expression)) return true;
      if (!exits(s.thenStatement) && fallEffects(s.thenStatement)) return true;
      return s.elseStatement !== undefined && !exits(s.elseStatement) && fallEffects(s.elseStatement);
    }
    if (ts.isBreakStatement(s) || ts.isContinueStatement(s) || ts.isEmptyStatement(s)) return false;
    return hasEffect(s);
  };
  /** Whether anything can have changed on a path from the stencil's start to statement `s`. */
  const changesBefore = (s: ts.Statement): boolean => {
    for (let n: ts.Node = s; n !== stencilBody; n = n.parent) {
      const p = n.parent;
      if (ts.isBlock(p)) {
        for (const t of p.statements) {
          if (t === n) break;
          if (fallEffects(t)) return true;
        }
      } else if (ts.isIfStatement(p)) {
        if (p.expression !== n && hasEffect(p.expression)) return true;
      } else if (!ts.isLabeledStatement(p)) return true; // inside a loop or anything else: give up
    }
    return false;
  };

  /** Whether `root` calls an outlined path (`X$name(...)`) that the generator found register-safe. */
  const callsSafePath = (root: ts.Node): boolean =>
    someNode(
      root,
      (node) =>
        (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text.includes('$') && safeCalls.has(node.expression.text)) ||
        skipFunctions(node),
    );
  /**
   * A guest return (`if ($t.doReturn($base + (first), count >= 0 ? count : ...)) return;`, the
   * lowering of the DSL's `guestReturn`) ends the frame: only the returned registers can be
   * observed after it (hooks never run in compiled code), so only they are written back:
   * `$$SPILLRET<k1>_<k2>` is the range from operand k1, operand k2 long (to the last local when
   * negative).
   */
  const returnSpill = (s: ts.Statement): string | null => {
    if (!ts.isIfStatement(s) || !ts.isCallExpression(s.expression)) return null;
    const call = s.expression;
    if (call.expression.getText(sf) !== '$t.doReturn' || call.arguments.length !== 2) return null;
    const first = strip(call.arguments[0]);
    if (!ts.isBinaryExpression(first) || first.left.getText(sf) !== '$base') return null;
    const start = constantIndex(first.right);
    const count = strip(call.arguments[1]);
    if (start === null || start[1] !== 0 || !ts.isConditionalExpression(count)) return null;
    const test = count.condition;
    if (!ts.isBinaryExpression(test) || test.operatorToken.kind !== ts.SyntaxKind.GreaterThanEqualsToken) return null;
    if (!ts.isIdentifier(test.left) || test.right.getText(sf) !== '0' || count.whenTrue.getText(sf) !== test.left.text) return null;
    const k2 = holeOf(test.left.text);
    return k2 === null ? null : `$$SPILLRET${start[0]}_${k2};`;
  };
  /** Whether `node` reads or writes a register (as `$stack[$base + constant]`). */
  const touchesRegisters = (root: ts.Node): boolean => someNode(root, (node) => registerOf(node) !== null || skipFunctions(node));
  /** An exit from the stencil: the next instruction, a taken branch, a tick or a bail. */
  const isExit = (node: ts.Node): boolean =>
    (ts.isBreakStatement(node) && ['$$LABEL', '$tick', '$bail'].includes(node.label?.text ?? '')) ||
    (ts.isContinueStatement(node) && node.label?.text === 'dispatch');

  const containsExit = (root: ts.Node): boolean => someNode(root, (node) => isExit(node) || skipFunctions(node));
  /** Inside an escape: every exit from the stencil reloads the locals first. */
  const reloadBeforeExits = (root: ts.Node): void => {
    const visit = (node: ts.Node): void => {
      if (isExit(node)) surround(node as ts.Statement, '$$RELOAD; ', '');
      else if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit);
    };
    visit(root);
  };

  /**
   * Where the registers are at a point of the stencil: `dirty`, the locals are canonical (the
   * array may be stale); `clean`, both agree; `array`, the array is canonical (an escape just ran
   * and may have written it; the locals may be stale). Consecutive escapes then share one reload.
   */
  type State = 'dirty' | 'clean' | 'array';
  const reloadFirst = (s: ts.Statement, state: State): State => {
    if (state !== 'array') return state;
    surround(s, '$$RELOAD; ', '');
    return 'clean';
  };
  /** Processes a branch of an `if`; a branch that falls through with the array canonical reloads at its end. */
  const branch = (s: ts.Statement, state: State): State | null => {
    const after = statement(s, state);
    if (exits(s)) return null;
    if (after === 'array') {
      if (ts.isBlock(s)) insert(s.getEnd() - 1, ' $$RELOAD; ', 2000);
      else surround(s, '', ' $$RELOAD;');
      return 'clean';
    }
    return after;
  };
  const statement = (s: ts.Statement, state: State): State => {
    if (ts.isBlock(s)) return list(s.statements, state);
    if (ts.isLabeledStatement(s)) return statement(s.statement, state);
    if (ts.isEmptyStatement(s)) return state;
    if (isExit(s)) {
      if (reloadFirst(s, state) === 'dirty') exitsDirty = true;
      return state;
    }
    if (ts.isBreakStatement(s) || ts.isContinueStatement(s)) return state;
    if (ts.isIfStatement(s) && !isEscape(s.expression) && !callsSafePath(s.expression)) {
      let st = state;
      if (st === 'array') st = reloadFirst(s, st);
      if (localise(s.expression)) st = 'dirty';
      const a = branch(s.thenStatement, st);
      const b = s.elseStatement !== undefined ? branch(s.elseStatement, st) : st;
      if (a === null && b === null) return 'clean'; // never falls through
      return a === 'dirty' || b === 'dirty' ? 'dirty' : 'clean';
    }
    if (ts.isReturnStatement(s)) {
      // Leaving with the locals canonical: through the function's one write-back (`$leave`).
      if (state === 'dirty' && s.expression === undefined) edits.push({ pos: s.getStart(sf), end: s.getEnd(), text: 'break $leave;', order: 0 });
      else if (state === 'dirty') surround(s, '$$SPILL; ', '');
      return state;
    }
    if (readingCalls.size > 0 && isEscape(s) && !isEscape(s, readingSafe) && !containsReturn(s) && !containsExit(s) && !callsSafePath(s) && !touchesRegisters(s)) {
      // Reads the array only: it must be canonical, and stays so.
      if (state === 'dirty') surround(s, '$$SPILL; ', '');
      return state === 'array' ? 'array' : 'clean';
    }
    if (isEscape(s) || containsReturn(s) || (callsSafePath(s) && !ts.isVariableStatement(s) && !ts.isExpressionStatement(s))) {
      noteWrites(s);
      reloadBeforeExits(s);
      if (state === 'dirty') surround(s, `${returnSpill(s) ?? '$$SPILL;'} `, '');
      return 'array';
    }
    // A safe outlined path runs with the registers in locals; if it throws, the compiled
    // function's handler writes them back ($safe, see @deegen/stencil).
    if (callsSafePath(s)) surround(s, '$safe = 1; ', ' $safe = 0;');
    if (!touchesRegisters(s) && !containsExit(s)) return state;
    const st = reloadFirst(s, state);
    const wrote = localise(s);
    if (containsExit(s) && (wrote || st === 'dirty')) exitsDirty = true;
    return wrote ? 'dirty' : st;
  };
  const list = (ss: ts.NodeArray<ts.Statement>, state: State): State => {
    let st = state;
    for (let i = 0; i < ss.length; i++) {
      if (st !== 'array' && bailable(ss[i]) && !callsSafePath(ss[i])) {
        // The rest of this block only handles the slow path's result: the interpreter does it all.
        edits.push({ pos: ss[i].getStart(sf), end: ss[ss.length - 1].getEnd(), text: 'break $bail;', order: 0 });
        return st;
      }
      st = statement(ss[i], st);
    }
    return st;
  };
  const last = list(stencilBody.statements, 'dirty');
  // Falling off the end of the stencil goes on to the next instruction too.
  const fallsOff = !stencilBody.statements.some(exits);
  if (fallsOff && last === 'dirty') exitsDirty = true;
  // Code left to the interpreter by `break $bail` does not count: the interpreter moves on itself.
  const bailed = edits.filter((e) => e.text === 'break $bail;');
  const left = (node: ts.Node): boolean => bailed.some((e) => node.getStart(sf) >= e.pos && node.getEnd() <= e.end);
  const falls =
    fallsOff ||
    someNode(stencilBody, (node) => (left(node) ? 'skip' : (ts.isBreakStatement(node) && node.label?.text === '$$LABEL') || skipFunctions(node)));

  // Tools trust the declared writes (the variable names of error messages, see BytecodeSpec.writes):
  // check that every register this stencil writes itself is among them.
  if (declaredWrites !== undefined) {
    someNode(stencilBody, (node) => {
      const r = registerOf(node);
      if (r === null || !assignedTo(node)) return false;
      const [k, c] = r;
      if (!declaredWrites.some((w) => w.offset === k && (w.add === c || (w.andAbove && c >= w.add)))) {
        throw new Error(`${name}: writes register (operand word ${k}) + ${c}, which its bytecode does not declare (out or writes)`);
      }
      return false;
    });
  }

  // Reloads read only what the stencil's escapes may have written, when it can tell.
  const f = footprint as { from: [number, number] | null; calls: boolean } | null;
  if (f !== null) {
    const marker = `$$RELOADFROM${f.from === null ? '0_0' : `${f.from[0]}_${f.from[1]}`}_${f.calls ? 1 : 0};`;
    for (let i = 0; i < edits.length; i++) {
      if (edits[i].text.includes('$$RELOAD;')) edits[i] = { ...edits[i], text: edits[i].text.replace('$$RELOAD;', () => marker) };
    }
  }
  edits.sort((a, b) => b.pos - a.pos || b.order - a.order);
  let out = text;
  let limit = Infinity;
  for (const e of edits) {
    if (e.end > limit) throw new Error(`${name}: overlapping register rewrites`);
    out = out.slice(0, e.pos) + e.text + out.slice(e.end);
    limit = e.pos;
  }
  const start = prefix.length;
  const end = out.lastIndexOf('\n} }\n}\n');
  return { text: out.slice(start, end), writes: [...written.values()], numbers: [...numbers.values()], clean: !exitsDirty, falls };
}

/**
 * Runtime functions a language names for its stencils (LanguageConfig): `safe`, callable with
 * the registers in locals (plus the outlined paths the generator finds register-safe);
 * `reading`, reading registers only (stencilReadingCalls); `pure`, changing nothing
 * (stencilPureCalls).
 */
export interface StencilCalls {
  readonly safe?: ReadonlySet<string>;
  readonly reading?: ReadonlySet<string>;
  readonly pure?: ReadonlySet<string>;
}

const NO_CALLS: ReadonlySet<string> = new Set();

/** Binary operators whose result is a number when their operands are (`+` taken as addition: a hint). */
const NUMERIC_OPERATORS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.PlusToken,
  ts.SyntaxKind.MinusToken,
  ts.SyntaxKind.AsteriskToken,
  ts.SyntaxKind.SlashToken,
  ts.SyntaxKind.PercentToken,
  ts.SyntaxKind.AsteriskAsteriskToken,
  ts.SyntaxKind.AmpersandToken,
  ts.SyntaxKind.BarToken,
  ts.SyntaxKind.CaretToken,
  ts.SyntaxKind.LessThanLessThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
  ts.SyntaxKind.PlusEqualsToken,
  ts.SyntaxKind.MinusEqualsToken,
  ts.SyntaxKind.AsteriskEqualsToken,
  ts.SyntaxKind.SlashEqualsToken,
  ts.SyntaxKind.PercentEqualsToken,
]);

/** A register an instruction may write: operand word `offset` + `add` (and every one above when `andAbove`). */
export interface DeclaredWrite {
  readonly offset: number;
  readonly add: number;
  readonly andAbove: boolean;
}

/**
 * Whether some node under `root` (itself included) passes `test`, which answers true (found),
 * false (look inside) or 'skip' (not inside this one).
 */
function someNode(root: ts.Node, test: (node: ts.Node) => boolean | 'skip'): boolean {
  const visit = (node: ts.Node): true | undefined => {
    const r = test(node);
    if (r === true) return true;
    return r === 'skip' ? undefined : ts.forEachChild(node, visit);
  };
  return visit(root) === true;
}

/** For someNode: code inside nested functions does not run where the statement runs. */
function skipFunctions(node: ts.Node): false | 'skip' {
  return ts.isFunctionLike(node) ? 'skip' : false;
}

/**
 * Calls that change nothing a re-run of the instruction would see differently: inline-cache
 * lookups and fills, raw table reads, chain-reference reads.
 */
const PURE_CALLS = new Set(['icStore', 'storePlan', '.slotOf', '.lookup', '.get', '.getStr', '.getInt', '.value']);

function isAssignment(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}
