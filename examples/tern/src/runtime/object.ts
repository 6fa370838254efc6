import { EMPTY_SHAPE } from './shape.js';
import type { Shape } from './shape.js';
import type { Value } from './value.js';

/** A Tern object: named fields, stored by slot index as the shape says. */
export class TObject {
  shape: Shape = EMPTY_SHAPE;
  readonly slots: Value[] = [];

  /** The field's value, or `missing` when the object has no such field. */
  get(name: string): Value | typeof MISSING {
    const i = this.shape.index.get(name);
    return i === undefined ? MISSING : this.slots[i];
  }

  /** Sets a field, adding it (and moving to a new shape) when it is new. */
  set(name: string, value: Value): void {
    const i = this.shape.index.get(name);
    if (i !== undefined) {
      this.slots[i] = value;
      return;
    }
    this.shape = this.shape.withField(name);
    this.slots.push(value);
  }
}

/** Returned by TObject.get for a field the object lacks (nil is a legitimate field value). */
export const MISSING: unique symbol = Symbol('missing');
