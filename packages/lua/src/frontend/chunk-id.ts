/**
 * Sizes of the buffers lua5.1 formats chunk names into, terminating NUL included. Syntax errors
 * (raised by the lexer and parser) get 80 bytes; every runtime position (error(), runtime
 * errors, tracebacks, function descriptions) gets 60. Every truncation length below derives
 * from the size, so the same long name reads differently in the two kinds of message.
 */
export const SYNTAX_ID_SIZE = 80;
export const RUNTIME_ID_SIZE = 60;

/**
 * The chunk name as lua5.1 shows it in messages: `@file` names a file (long names keep their tail
 * behind `...`), `=name` is shown verbatim (cut to fit), and any other source string is shown as
 * `[string "first line..."]`. `size` is the buffer size: syntax errors' unless told.
 */
export function chunkId(source: string, size: number = SYNTAX_ID_SIZE): string {
  const first = source.charCodeAt(0);
  if (first === 0x3d /* = */) return cString(source.slice(1)).slice(0, size - 1);
  if (first === 0x40 /* @ */) {
    const name = cString(source.slice(1));
    const room = size - 8; // leaves space for the quoting lua5.1 reserves around names
    return name.length > room ? '...' + name.slice(name.length - room) : name;
  }
  const text = cString(source);
  const room = size - 17;
  let len = text.search(/[\n\r]/);
  if (len < 0) len = text.length;
  if (len > room) len = room;
  const body = len < text.length ? text.slice(0, len) + '...' : text;
  return `[string "${body}"]`;
}

/** lua5.1 handles names as C strings, so an embedded NUL ends them. */
function cString(s: string): string {
  const nul = s.indexOf('\0');
  return nul < 0 ? s : s.slice(0, nul);
}
