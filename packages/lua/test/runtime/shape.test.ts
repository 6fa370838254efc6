import { describe, expect, it } from 'vitest';
import { DICTIONARY_SHAPE, EMPTY_SHAPE, MAX_TRANSITIONS, type Shape, absentSlot, keyBitIndex } from '../../src/runtime/shape.js';

/** The shape reached from the root by adding `keys` in order. */
function shapeOf(...keys: string[]): Shape {
  let shape = EMPTY_SHAPE;
  for (const key of keys) shape = shape.withKey(key);
  return shape;
}

describe('Shape transitions', () => {
  it('starts from an empty root that has no slots', () => {
    expect(EMPTY_SHAPE.keys).toEqual([]);
    expect(EMPTY_SHAPE.slotOf('x')).toBe(-1);
  });

  it('returns the same shape for the same sequence of keys', () => {
    const a = shapeOf('x', 'y', 'z');
    const b = shapeOf('x', 'y', 'z');
    expect(a).toBe(b);
    expect(a.keys).toEqual(['x', 'y', 'z']);
    expect(EMPTY_SHAPE.withKey('x').withKey('y')).toBe(shapeOf('x', 'y'));
  });

  it('gives different shapes, with different ids, to different orders', () => {
    const xy = shapeOf('x', 'y');
    const yx = shapeOf('y', 'x');
    expect(xy).not.toBe(yx);
    expect(xy.id).not.toBe(yx.id);
    expect(xy.slotOf('x')).toBe(0);
    expect(yx.slotOf('x')).toBe(1);
  });

  it('gives every shape a unique id', () => {
    const ids = new Set<number>();
    const shapes = [EMPTY_SHAPE, DICTIONARY_SHAPE, shapeOf('a'), shapeOf('a', 'b'), shapeOf('b')];
    shapes.push(shapeOf('b', 'a'));
    for (const s of shapes) ids.add(s.id);
    expect(ids.size).toBe(shapes.length);
  });

  it('does not see the keys of its descendants', () => {
    const parent = shapeOf('p', 'q');
    const child = parent.withKey('r');
    expect(child.slotOf('r')).toBe(2);
    expect(parent.slotOf('r')).toBe(-1);
    expect(parent.keys).toEqual(['p', 'q']);
    expect(EMPTY_SHAPE.slotOf('p')).toBe(-1);
  });

  it('keeps slots right on branches that add the same keys in other orders', () => {
    const abc = shapeOf('a1', 'b1', 'c1');
    const abd = shapeOf('a1', 'b1', 'd1');
    const abdc = abd.withKey('c1');
    const abcd = abc.withKey('d1');
    expect(abc.slotOf('c1')).toBe(2);
    expect(abc.slotOf('d1')).toBe(-1);
    expect(abd.slotOf('d1')).toBe(2);
    expect(abd.slotOf('c1')).toBe(-1);
    expect(abdc.slotOf('c1')).toBe(3);
    expect(abdc.slotOf('d1')).toBe(2);
    expect(abcd.slotOf('d1')).toBe(3);
    expect(abcd.slotOf('c1')).toBe(2);
    for (const shape of [abc, abd, abdc, abcd]) {
      shape.keys.forEach((key, slot) => expect(shape.slotOf(key)).toBe(slot));
    }
  });

  it('treats keys such as __proto__ and constructor as ordinary keys', () => {
    const shape = shapeOf('__proto__', 'constructor', 'hasOwnProperty', 'toString');
    expect(shape.slotOf('__proto__')).toBe(0);
    expect(shape.slotOf('constructor')).toBe(1);
    expect(shape.slotOf('toString')).toBe(3);
    expect(EMPTY_SHAPE.slotOf('__proto__')).toBe(-1);
    expect(shapeOf('x').slotOf('valueOf')).toBe(-1);
  });

  it('finds every key of a long chain', () => {
    const keys = Array.from({ length: 300 }, (_, i) => 'long' + i);
    const shape = shapeOf(...keys);
    keys.forEach((key, slot) => expect(shape.slotOf(key)).toBe(slot));
    expect(shape.slotOf('long300')).toBe(-1);
  });

  it('stops remembering children past the transition limit but still builds correct shapes', () => {
    const parent = shapeOf('fanout');
    const children: Shape[] = [];
    for (let i = 0; i < MAX_TRANSITIONS + 10; i++) children.push(parent.withKey('child' + i));
    for (let i = 0; i < children.length; i++) {
      expect(children[i].keys).toEqual(['fanout', 'child' + i]);
      expect(children[i].slotOf('child' + i)).toBe(1);
      expect(parent.slotOf('child' + i)).toBe(-1);
    }
    expect(parent.withKey('child0')).toBe(children[0]);
    const late = 'child' + (MAX_TRANSITIONS + 5);
    const again = parent.withKey(late);
    expect(again).not.toBe(children[MAX_TRANSITIONS + 5]);
    expect(again.slotOf(late)).toBe(1);
    // An unshared shape still remembers its own children.
    expect(again.withKey('tail')).toBe(again.withKey('tail'));
  });
});

describe('DICTIONARY_SHAPE', () => {
  it('has no keys and never yields a slot', () => {
    expect(DICTIONARY_SHAPE.keys).toEqual([]);
    expect(DICTIONARY_SHAPE.slotOf('x')).toBe(-1);
    expect(DICTIONARY_SHAPE.slotOf('__proto__')).toBe(-1);
    expect(DICTIONARY_SHAPE).not.toBe(EMPTY_SHAPE);
  });

  it('refuses transitions', () => {
    expect(() => DICTIONARY_SHAPE.withKey('x')).toThrow();
  });
});

describe('Shape key masks', () => {
  /** Whether a cached absentSlot(key) may be taken for `shape` (the test the inline caches make). */
  const provesAbsent = (shape: Shape, key: string): boolean => (shape.keyMask & (1 << (-2 - absentSlot(key)))) === 0;

  it('never proves a key absent from a shape that has it', () => {
    const keys = Array.from({ length: 300 }, (_, i) => `k${i}`);
    for (let n = 1; n <= 12; n++) {
      const shape = shapeOf(...keys.slice(n * 7, n * 7 + n));
      for (const key of shape.keys) expect(provesAbsent(shape, key)).toBe(false);
      for (const key of keys) if (provesAbsent(shape, key)) expect(shape.slotOf(key)).toBe(-1);
    }
  });

  it('proves most absent names absent from small shapes', () => {
    const shape = shapeOf('name', 'moves', 'x', 'y', 'w', 'h');
    const methods = ['area', 'perimeter', 'weight', 'moveBy', 'describe', 'update', 'draw', 'init'];
    const proven = methods.filter((m) => provesAbsent(shape, m)).length;
    expect(proven).toBeGreaterThanOrEqual(5);
  });

  it('gives absent keys a negative slot naming their bit, and proves nothing for dictionaries', () => {
    for (const key of ['', 'a', '__index', 'é', 'x'.repeat(100)]) {
      const slot = absentSlot(key);
      expect(slot).toBeLessThan(-1);
      expect(-2 - slot).toBe(keyBitIndex(key));
      expect(keyBitIndex(key)).toBeGreaterThanOrEqual(0);
      expect(keyBitIndex(key)).toBeLessThan(32);
      expect(provesAbsent(DICTIONARY_SHAPE, key)).toBe(false);
    }
    expect(shapeOf('p', 'q').slotOrAbsent('q')).toBe(1);
    expect(shapeOf('p', 'q').slotOrAbsent('r')).toBe(absentSlot('r'));
  });
});
