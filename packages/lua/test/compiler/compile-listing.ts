import { compileChunk } from '../../src/compiler/index.js';
import type { ProtoData } from '../../src/compiler/proto.js';
import { listing, recordingEmitter } from './recording-emitter.js';

/** Compile `src` with recording emitters and return the listing of every function. */
export function compileListing(src: string, chunkName = '=test'): string {
  const made: ReturnType<typeof recordingEmitter>[] = [];
  const proto = compileChunk(src, chunkName, () => {
    const e = recordingEmitter();
    made.push(e);
    return e;
  });
  // finish() is called once per function in creation order; map protos back to their emitters
  const byProto = new Map<ProtoData, ReturnType<typeof recordingEmitter>['instrs']>();
  const lookup = new Map(made.map((e) => [e.consts as unknown[], e.instrs]));
  const walk = (p: ProtoData): void => {
    byProto.set(p, lookup.get(p.consts)!);
    p.protos.forEach(walk);
  };
  walk(proto);
  return listing(proto, byProto);
}
