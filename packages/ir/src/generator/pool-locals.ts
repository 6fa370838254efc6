import { ts } from 'ts-morph';

/**
 * A stencil's local variables as a pool the stitched function shares (`$v0`, `$v1`, ...,
 * declared once with `var` at its top by the stitcher).
 *
 * V8's bytecode generator gives every `let` and `const` of a function a register of its own for
 * the whole function: sibling blocks do not share them. A stitched function of a few hundred
 * instructions, each stencil declaring its operands, cache keys and results, had over 1,500
 * registers, and past the first hundred or so every instruction naming one takes V8's wide
 * operand form (havlak's `findLoops`: 94,689 bytes of bytecode, two thirds in wide
 * instructions). Here each stencil's declarations become assignments to pool variables, the
 * k-th name the stencil declares to `$v<k>`, so a function has as many of them as its largest
 * stencil needs. The meaning is kept: a stencil has no nested functions or classes that could
 * capture a local, a declaration without initialiser assigns `undefined` (as `let x;` does each
 * time it runs), a name declared again in a nested block gets a variable of its own, and every
 * use of a name is inside a block that declares it (checked).
 *
 * `body` is the stencil's JavaScript, hole markers (`$$H1`, `$$LABEL`, ...) included: they are
 * identifiers here and come out unchanged. Returns the new text and the number of pool
 * variables it uses.
 */
export function poolLocals(body: string, variant: string): { text: string; temps: number } {
  const prefix = 'function $stencil() {\n';
  const file = ts.createSourceFile('stencil.js', `${prefix}${body}\n}\n`, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const fn = file.statements[0];
  if (fn === undefined || !ts.isFunctionDeclaration(fn) || fn.body === undefined) throw new Error(`${variant}: stencil text did not parse`);
  const fail = (what: string): never => {
    throw new Error(`${variant}: stencil locals cannot be pooled: ${what}`);
  };

  // Declarations, with the block each is scoped to. A name declared again in a block nested in
  // one that declares it (a call's continuation re-reading its operands) is a pool variable of its
  // own: the key is the name and how many of its declarations enclose this one.
  const decls = new Map<string, ts.Node[]>();
  const lists: ts.VariableDeclarationList[] = [];
  const visitDecls = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && node !== fn) fail('a nested function');
    if (ts.isClassLike(node)) fail('a class');
    if (ts.isVariableDeclarationList(node)) {
      if ((node.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) === 0) fail('a var declaration');
      lists.push(node);
      const scope = ts.isVariableStatement(node.parent) ? node.parent.parent : node.parent;
      for (const d of node.declarations) {
        if (!ts.isIdentifier(d.name)) fail('a destructuring declaration');
        const name = (d.name as ts.Identifier).text;
        const list = decls.get(name) ?? [];
        if (!list.includes(scope)) list.push(scope);
        decls.set(name, list);
      }
    }
    ts.forEachChild(node, visitDecls);
  };
  visitDecls(fn.body);
  const index = new Map<string, number>();
  /** The pool variable of a use (or declaration) of `name` at `node`: its innermost declaring block's. */
  const pooled = (name: string, node: ts.Node): string => {
    const enclosing = decls.get(name)!.filter((s) => contains(s, node));
    if (enclosing.length === 0) fail(`'${name}' is used outside the blocks that declare it`);
    const key = `${name}#${enclosing.length}`;
    if (!index.has(key)) index.set(key, index.size);
    return `$v${index.get(key)!}`;
  };

  const edits: { start: number; end: number; text: string }[] = [];
  // Every reference (not a property name or label) to a declared name, declarations included.
  const visitRefs = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && decls.has(node.text) && isReference(node)) {
      const v = pooled(node.text, node);
      if (ts.isShorthandPropertyAssignment(node.parent)) edits.push({ start: node.getStart(), end: node.end, text: `${node.text}: ${v}` });
      else edits.push({ start: node.getStart(), end: node.end, text: v });
    }
    ts.forEachChild(node, visitRefs);
  };
  visitRefs(fn.body);
  // `const a = x, b;` becomes `$v0 = x, $v1 = undefined;` (`for (let i = 0; ...)`: `for ($v0 = 0; ...)`).
  for (const list of lists) {
    edits.push({ start: list.getStart(), end: list.declarations[0].getStart(), text: '' });
    for (const d of list.declarations) if (d.initializer === undefined && !isForInOrOfHead(list)) edits.push({ start: d.end, end: d.end, text: ' = undefined' });
  }

  const source = file.text;
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let text = source;
  let limit = Infinity;
  for (const e of edits) {
    if (e.end > limit) fail('overlapping edits');
    text = text.slice(0, e.start) + e.text + text.slice(e.end);
    limit = e.start;
  }
  const start = prefix.length;
  const end = text.lastIndexOf('\n}\n');
  return { text: text.slice(start, end), temps: index.size };
}

function contains(outer: ts.Node, inner: ts.Node): boolean {
  return inner.pos >= outer.pos && inner.end <= outer.end;
}

function isForInOrOfHead(list: ts.VariableDeclarationList): boolean {
  return ts.isForInStatement(list.parent) || ts.isForOfStatement(list.parent);
}

/** Whether an identifier names a variable (not a property or a label; classes are refused). */
function isReference(id: ts.Identifier): boolean {
  const p = id.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return false;
  if (ts.isPropertyAssignment(p) && p.name === id) return false;
  if ((ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p)) && p.label === id) return false;
  return true;
}
