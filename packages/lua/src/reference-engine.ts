import { createReferenceEngine } from '@deegen/ir';
import { definitions } from './generated/definitions.gen.js';
import { opcodeTable } from './generated/opcodes.gen.js';
import { provideReferenceEngine } from './state.js';

// `engine: 'reference'` for states made after this module is loaded: the semantics functions run
// directly, a test oracle for the generated interpreter. Loaded by the Node entry (node.ts), the
// command and the tests; not by the browser entry, which stays smaller without the semantics.
provideReferenceEngine(() => createReferenceEngine(opcodeTable, definitions));
