/**
 * Stable pseudo-addresses for reference values, printed by `tostring` as `table: 0x55a4c0001040`.
 *
 * Lua prints the C pointer of the object; a JS host has none, so each object gets a made-up one
 * the first time it is asked for. The numbers are counter-derived rather than random so that runs
 * are reproducible, and they look like heap addresses of a 64-bit process so that programs which
 * parse them (or merely print them) see the familiar shape. The WeakMap keeps the objects
 * collectable.
 */

const addresses = new WeakMap<object, string>();

/** Where the fake heap starts; below 2^53, so every address is an exact double. */
const BASE = 0x55a4c0001000;
/** Distance between consecutive objects: a plausible allocation size, keeps addresses 16-aligned. */
const STEP = 0x40;

let nextId = 0;

export function addressOf(obj: object): string {
  let address = addresses.get(obj);
  if (address === undefined) {
    address = '0x' + (BASE + nextId * STEP).toString(16);
    nextId++;
    addresses.set(obj, address);
  }
  return address;
}
