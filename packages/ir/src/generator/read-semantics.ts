import { Node, SyntaxKind } from 'ts-morph';
import type { ObjectLiteralExpression, Project, SourceFile } from 'ts-morph';
import { fail } from './diagnostics.js';
import type { BytecodeModel, FunctionLike, ImportModel, OperandModel, SemanticsFile, TypesModel } from './model.js';

const DSL_MODULE = '@deegen/ir';
/** Inline caches: `cached` is lowered by the generator like a DSL construct. */
const IC_MODULE = '@deegen/ic';
/** The DSL's own exports: operand kinds, bytecode(), defineTypes(), terminals and intrinsics. */
const DSL_EXPORTS = new Set([
  'slot', 'constant', 'slotOrConstant', 'literal', 'range', 'out', 'label', 'bytecode', 'defineTypes',
  'ret', 'branch', 'throwError', 'call', 'callInPlace', 'tailCall', 'guestReturn', 'slowPath',
  'getSlot', 'setSlot', 'getTop', 'setTop', 'argCount', 'varargs', 'setVarargs', 'currentFunction', 'thread',
  'frameBase', 'returnValue', 'returnCount', 'storeReturns',
]);
const OPERAND_KINDS = new Set(['slot', 'constant', 'slotOrConstant', 'literal', 'range', 'out', 'label']);

function readImports(source: SourceFile): { imports: ImportModel[]; dsl: Map<string, string> } {
  const imports: ImportModel[] = [];
  const dsl = new Map<string, string>();
  for (const decl of source.getImportDeclarations()) {
    const module = decl.getModuleSpecifierValue();
    const declTypeOnly = decl.isTypeOnly();
    const line = decl.getStartLineNumber();
    const ns = decl.getNamespaceImport();
    if (ns) imports.push({ name: ns.getText(), imported: '*', module, typeOnly: declTypeOnly, namespace: true, line });
    const def = decl.getDefaultImport();
    if (def) imports.push({ name: def.getText(), imported: 'default', module, typeOnly: declTypeOnly, namespace: false, line });
    for (const spec of decl.getNamedImports()) {
      const imported = spec.getName();
      const name = spec.getAliasNode()?.getText() ?? imported;
      const typeOnly = declTypeOnly || spec.isTypeOnly();
      // DSL constructs are replaced by the generator; anything else imported (from @deegen/ir too)
      // is available to generated code.
      if (module === DSL_MODULE && !typeOnly && DSL_EXPORTS.has(imported)) dsl.set(name, imported);
      else if (module === IC_MODULE && !typeOnly && imported === 'cached') dsl.set(name, 'cached');
      else imports.push({ name, imported, module, typeOnly, namespace: false, line });
    }
  }
  return { imports, dsl };
}

function prop(obj: ObjectLiteralExpression, name: string): Node | undefined {
  const p = obj.getProperty(name);
  if (p === undefined) return undefined;
  if (Node.isPropertyAssignment(p)) return p.getInitializerOrThrow();
  if (Node.isMethodDeclaration(p)) return p;
  return p;
}

function stringLiteral(node: Node | undefined, owner: Node, what: string): string {
  if (node === undefined || !(Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node))) {
    fail('DG002', node ?? owner, `${what} must be a string literal`);
  }
  return node.getLiteralValue();
}

function numberLiteral(node: Node): number {
  if (Node.isNumericLiteral(node)) return node.getLiteralValue();
  if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.MinusToken) {
    return -numberLiteral(node.getOperand());
  }
  return fail('DG002', node, 'expected a number literal');
}

function readOperands(obj: ObjectLiteralExpression, dsl: Map<string, string>): OperandModel[] {
  const operands: OperandModel[] = [];
  for (const p of obj.getProperties()) {
    if (!Node.isPropertyAssignment(p)) fail('DG002', p, 'operands must be written `name: kind()`');
    const init = p.getInitializerOrThrow();
    if (!Node.isCallExpression(init)) fail('DG003', init, init.getText());
    const callee = init.getExpression().getText();
    const kind = dsl.get(callee);
    if (kind === undefined || !OPERAND_KINDS.has(kind)) fail('DG003', init, callee);
    let variants: number[] | undefined;
    let exhaustive = false;
    const arg = init.getArguments()[0];
    if (kind === 'literal' && arg !== undefined) {
      if (!Node.isObjectLiteralExpression(arg)) fail('DG002', arg, 'literal() takes { variants: [...], exhaustive?: true }');
      const v = prop(arg, 'variants');
      if (v !== undefined) {
        if (!Node.isArrayLiteralExpression(v)) fail('DG002', v, 'variants must be an array literal');
        variants = v.getElements().map(numberLiteral);
        if (variants.length === 0 || new Set(variants).size !== variants.length) fail('DG019', v, v.getText());
      }
      const ex = prop(arg, 'exhaustive');
      if (ex !== undefined) {
        if (ex.getKind() !== SyntaxKind.TrueKeyword && ex.getKind() !== SyntaxKind.FalseKeyword) fail('DG002', ex, 'exhaustive must be true or false');
        exhaustive = ex.getKind() === SyntaxKind.TrueKeyword;
      }
    }
    const name = p.getName();
    if (name.startsWith('$')) fail('DG012', p, name);
    operands.push({ name, kind: kind as OperandModel['kind'], variants, exhaustive });
  }
  return operands;
}

function readImpl(node: Node | undefined, owner: Node): FunctionLike {
  if (node !== undefined) {
    if (Node.isMethodDeclaration(node) || Node.isFunctionExpression(node) || Node.isArrowFunction(node)) return node;
  }
  return fail('DG002', node ?? owner, 'impl must be a method or a function expression');
}

function readBytecode(name: string, call: Node, file: SemanticsFile): BytecodeModel {
  if (!Node.isCallExpression(call)) fail('DG001', call);
  const arg = call.getArguments()[0];
  if (arg === undefined || !Node.isObjectLiteralExpression(arg)) fail('DG001', call);
  const summary = stringLiteral(prop(arg, 'summary'), arg, 'summary');
  const operandsNode = prop(arg, 'operands');
  if (operandsNode === undefined || !Node.isObjectLiteralExpression(operandsNode)) {
    fail('DG002', operandsNode ?? arg, 'operands must be an object literal');
  }
  const operands = readOperands(operandsNode, file.dsl);
  const resultNode = prop(arg, 'result');
  const result = stringLiteral(resultNode, arg, 'result');
  if (result !== 'none' && result !== 'value' && result !== 'branch') fail('DG005', resultNode!, result);
  const outs = operands.filter((o) => o.kind === 'out').length;
  const labels = operands.filter((o) => o.kind === 'label').length;
  if ((result === 'value') !== (outs === 1) || outs > 1) {
    fail('DG006', resultNode!, `result '${result}' needs ${result === 'value' ? 'exactly one' : 'no'} out() operand`);
  }
  if ((result === 'branch') !== (labels === 1) || labels > 1) {
    fail('DG006', resultNode!, `result '${result}' needs ${result === 'branch' ? 'exactly one' : 'no'} label() operand`);
  }
  const fastPaths: Record<string, string>[] = [];
  const fastPathNodes: Node[] = [];
  const fp = prop(arg, 'fastPaths');
  if (fp !== undefined) {
    if (!Node.isArrayLiteralExpression(fp)) fail('DG002', fp, 'fastPaths must be an array literal');
    for (const e of fp.getElements()) {
      if (!Node.isObjectLiteralExpression(e)) fail('DG002', e, 'a fast path is an object literal');
      const path: Record<string, string> = {};
      for (const p of e.getProperties()) {
        if (!Node.isPropertyAssignment(p)) fail('DG002', p, 'write `operand: "type"`');
        const operand = p.getName();
        if (!operands.some((o) => o.name === operand && o.kind !== 'out' && o.kind !== 'label')) {
          fail('DG007', p, `no operand '${operand}'`);
        }
        path[operand] = stringLiteral(p.getInitializerOrThrow(), p, 'fast path type');
      }
      fastPaths.push(path);
      fastPathNodes.push(e);
    }
  }
  const writes: BytecodeModel['writes'][number][] = [];
  const w = prop(arg, 'writes');
  if (w !== undefined) {
    if (!Node.isArrayLiteralExpression(w)) fail('DG002', w, 'writes must be an array literal');
    for (const e of w.getElements()) {
      const text = stringLiteral(e, w, 'a writes entry');
      const m = /^(\w+)(?:\+(\d+))?(\.\.)?$/.exec(text);
      // A range operand's word is a register; so is the word of a literal that counts registers
      // (Lua's VARARGPREP numParams), unless variants specialise it away.
      const named = m === null ? undefined : operands.find((o) => o.name === m[1]);
      if (m === null || named === undefined || !(named.kind === 'range' || (named.kind === 'literal' && named.variants === undefined))) fail('DG017', e, text);
      writes.push({ operand: m[1], add: m[2] ? Number(m[2]) : 0, andAbove: m[3] !== undefined });
    }
  }
  const annotations: Record<string, string | number | boolean> = {};
  const an = prop(arg, 'annotations');
  if (an !== undefined) {
    if (!Node.isObjectLiteralExpression(an)) fail('DG002', an, 'annotations must be an object literal');
    for (const p of an.getProperties()) {
      if (!Node.isPropertyAssignment(p)) fail('DG002', p, 'write `key: literal`');
      const v = p.getInitializerOrThrow();
      if (Node.isStringLiteral(v) || Node.isNoSubstitutionTemplateLiteral(v)) annotations[p.getName()] = v.getLiteralValue();
      else if (v.getKind() === SyntaxKind.TrueKeyword || v.getKind() === SyntaxKind.FalseKeyword) annotations[p.getName()] = v.getKind() === SyntaxKind.TrueKeyword;
      else annotations[p.getName()] = numberLiteral(v);
    }
  }
  const impl = readImpl(prop(arg, 'impl'), arg);
  return { name, summary, operands, result, fastPaths, fastPathNodes, writes, annotations, impl, file };
}

/** Reads one semantics file: its bytecodes, slow-path/continuation functions and imports. */
export function readSemanticsFile(project: Project, path: string): SemanticsFile {
  const source = project.addSourceFileAtPath(path);
  const { imports, dsl } = readImports(source);
  const file: SemanticsFile = { path, source, bytecodes: [], functions: new Map(), imports, dsl, constants: [] };
  for (const st of source.getStatements()) {
    if (Node.isImportDeclaration(st) || Node.isTypeAliasDeclaration(st) || Node.isInterfaceDeclaration(st)) continue;
    if (Node.isFunctionDeclaration(st)) {
      const name = st.getName();
      if (name === undefined) fail('DG013', st, 'functions need a name');
      file.functions.set(name, st);
      continue;
    }
    if (Node.isVariableStatement(st)) {
      for (const d of st.getDeclarations()) {
        const init = d.getInitializer();
        if (init && Node.isCallExpression(init) && dsl.get(init.getExpression().getText()) === 'bytecode') {
          file.bytecodes.push(readBytecode(d.getName(), init, file));
        } else if (st.isExported() && st.getDeclarationKind() === 'const') {
          // Shared constants (operator codes, limits): generated code imports them.
          file.constants.push(d.getName());
        } else {
          fail('DG013', d, `'${d.getName()}' (export it as a const, or move it into a runtime module)`);
        }
      }
      continue;
    }
    fail('DG013', st);
  }
  return file;
}

/** Reads the language's type lattice: the object literal passed to defineTypes(). */
export function readTypesFile(project: Project, path: string): TypesModel {
  const source = project.addSourceFileAtPath(path);
  const { imports } = readImports(source);
  const guards: TypesModel['guards'] = new Map();
  const call = source
    .getDescendantsOfKind(SyntaxKind.CallExpression)
    .find((c) => c.getExpression().getText() === 'defineTypes');
  if (call === undefined) fail('DG015', source, 'no defineTypes({...}) call found');
  const obj = call.getArguments()[0];
  if (obj === undefined || !Node.isObjectLiteralExpression(obj)) fail('DG015', call);
  for (const p of obj.getProperties()) {
    if (!Node.isPropertyAssignment(p)) fail('DG015', p);
    const fn = p.getInitializerOrThrow();
    if (!Node.isArrowFunction(fn) || fn.getParameters().length !== 1) fail('DG015', fn);
    const ret = fn.getReturnTypeNode();
    if (ret === undefined || !Node.isTypePredicate(ret)) fail('DG015', fn, 'missing `(v): v is T` predicate');
    const body = fn.getBody();
    if (Node.isBlock(body)) fail('DG015', body, 'the body must be an expression');
    guards.set(p.getName(), {
      name: p.getName(),
      param: fn.getParameters()[0].getName(),
      expression: body.getText(),
      narrowed: ret.getTypeNodeOrThrow().getText(),
    });
  }
  return { path, guards, imports };
}
