/**
 * Host text (a JS string; UTF-8 on the system) as a Lua string (bytes, one char code per byte),
 * without Node's Buffer so that the library also runs in browsers.
 */
const encoder = new TextEncoder();

/** The UTF-8 bytes of host text, as a Lua string. */
export function textToBytes(text: string): string {
  const bytes = encoder.encode(text);
  let out = '';
  // Chunks keep the argument lists of fromCharCode short.
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}
