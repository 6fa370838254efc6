/**
 * Size of the buffer lua5.1 formats chunk names into (LUA_IDSIZE). The installed lua5.1 oracle is
 * built with 80 rather than the stock 60; every truncation length below derives from it.
 */
export const ID_SIZE = 80;

/**
 * The chunk name as lua5.1 shows it in messages: `@file` names a file (long names keep their tail
 * behind `...`), `=name` is shown verbatim (cut to fit), and any other source string is shown as
 * `[string "first line..."]`.
 */
export function chunkId(source: string): string {
  const first = source.charCodeAt(0);
  if (first === 0x3d /* = */) return cString(source.slice(1)).slice(0, ID_SIZE - 1);
  if (first === 0x40 /* @ */) {
    const name = cString(source.slice(1));
    const room = ID_SIZE - 8; // leaves space for the quoting lua5.1 reserves around names
    return name.length > room ? '...' + name.slice(name.length - room) : name;
  }
  const text = cString(source);
  const room = ID_SIZE - 17;
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
