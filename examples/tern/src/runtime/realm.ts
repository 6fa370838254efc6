import type { Thread } from '@deegen/ir';
import type { Value } from './value.js';

/** Per-program state: the globals (top-level declarations and builtins) and the output sink. */
export class TernRealm {
  readonly globals = new Map<string, Value>();

  constructor(readonly write: (text: string) => void) {}
}

export function realmOf(t: Thread): TernRealm {
  return t.realm as TernRealm;
}
