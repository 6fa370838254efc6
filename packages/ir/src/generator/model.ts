import type { ArrowFunction, FunctionDeclaration, FunctionExpression, MethodDeclaration, Node, SourceFile } from 'ts-morph';
import type { OperandKind } from '../dsl/operands.js';
import type { ResolvedOperandKind } from '../runtime/opcode-table.js';

export type FunctionLike = FunctionDeclaration | FunctionExpression | ArrowFunction | MethodDeclaration;

export interface OperandModel {
  readonly name: string;
  readonly kind: OperandKind;
  readonly variants: readonly number[] | undefined;
  /** With `exhaustive`, the listed values are the only ones: no generic variant is generated. */
  readonly exhaustive: boolean;
}

export interface BytecodeModel {
  readonly name: string;
  readonly summary: string;
  readonly operands: readonly OperandModel[];
  readonly result: 'none' | 'value' | 'branch';
  readonly fastPaths: readonly Readonly<Record<string, string>>[];
  /** The source node of each fast path (for diagnostics). */
  readonly fastPathNodes: readonly Node[];
  readonly writes: readonly { operand: string; add: number; andAbove: boolean }[];
  readonly annotations: Readonly<Record<string, string | number | boolean>>;
  readonly impl: FunctionLike;
  readonly file: SemanticsFile;
}

export interface ImportModel {
  readonly name: string;
  /** Name exported by the module (differs from `name` for `import { a as b }`). */
  readonly imported: string;
  readonly module: string;
  readonly typeOnly: boolean;
  readonly namespace: boolean;
  /** Line of the import declaration (for diagnostics). */
  readonly line: number;
}

export interface SemanticsFile {
  readonly path: string;
  readonly source: SourceFile;
  readonly bytecodes: BytecodeModel[];
  /** Top-level functions (slow paths and continuations), by name. */
  readonly functions: Map<string, FunctionDeclaration>;
  readonly imports: ImportModel[];
  /** Local name → DSL export name, for identifiers imported from @deegen/ir. */
  readonly dsl: Map<string, string>;
  /** Exported top-level constants, which generated code imports from the semantics file. */
  readonly constants: string[];
}

export interface TypeGuardModel {
  readonly name: string;
  readonly param: string;
  readonly expression: string;
  readonly narrowed: string;
}

export interface TypesModel {
  readonly path: string;
  readonly guards: Map<string, TypeGuardModel>;
  readonly imports: ImportModel[];
}

export interface VariantOperand {
  readonly name: string;
  readonly kind: ResolvedOperandKind;
  readonly offset: number;
  readonly fixed: number | undefined;
}

export interface VariantModel {
  readonly id: number;
  readonly name: string;
  readonly bytecode: BytecodeModel;
  readonly operands: readonly VariantOperand[];
  readonly length: number;
  readonly labelOffset: number;
  readonly outOffset: number;
}
