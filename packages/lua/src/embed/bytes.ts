/**
 * Lua strings are byte strings (one char code 0..255 per byte, docs/architecture.md "Values");
 * JS text is UTF-16. These convert at the embedding boundary: text goes in as UTF-8, and a byte
 * string comes out as text only when it is valid UTF-8.
 */

/** Only ASCII: the byte string and the text are the same JS string, no conversion needed. */
const ASCII = /^[\x00-\x7f]*$/;

const encoder = new TextEncoder();
// `ignoreBOM` keeps a leading EF BB BF as U+FEFF instead of silently dropping it, so decoding
// never loses a byte; `fatal` makes invalid UTF-8 (overlong forms, surrogates, truncated
// sequences) fail instead of turning into U+FFFD.
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Byte string → Uint8Array. */
export function byteStringToArray(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Uint8Array → byte string. */
export function arrayToByteString(bytes: Uint8Array): string {
  let out = '';
  // fromCharCode takes its arguments on the JS stack: convert in slices.
  const SLICE = 8192;
  for (let i = 0; i < bytes.length; i += SLICE) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + SLICE) as unknown as number[]);
  }
  return out;
}

/** JS text → the byte string of its UTF-8 encoding (lone surrogates become U+FFFD, as TextEncoder does). */
export function textToByteString(text: string): string {
  if (ASCII.test(text)) return text;
  return arrayToByteString(encoder.encode(text));
}

/** A byte string as text when it is valid UTF-8, else undefined. */
export function decodeStrict(s: string): string | undefined {
  if (ASCII.test(s)) return s;
  try {
    return strictDecoder.decode(byteStringToArray(s));
  } catch {
    return undefined;
  }
}

/** A byte string as text, invalid sequences shown as U+FFFD (for messages and tracebacks). */
export function decodeLenient(s: string): string {
  if (ASCII.test(s)) return s;
  return lenientDecoder.decode(byteStringToArray(s));
}
