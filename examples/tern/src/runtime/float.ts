/**
 * A Tern float. Ints are plain JS numbers (always int32), so floats need a representation of
 * their own to stay a distinct type: `1` and `1.0` must not be the same value.
 */
export class TFloat {
  constructor(readonly v: number) {}
}
