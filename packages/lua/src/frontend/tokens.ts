/**
 * Token kinds. Single-character tokens use their byte value (0..255); everything else is above.
 */
export const enum T {
  // reserved words, in the order of RESERVED below
  And = 257, Break, Do, Else, Elseif, End, False, For, Function, If, In, Local, Nil, Not, Or,
  Repeat, Return, Then, True, Until, While,
  // multi-character symbols and value-carrying tokens
  Concat, Dots, Eq, Ge, Le, Ne, Number, Name, String, Eos,
}

export const FIRST_RESERVED = T.And;

const NAMES = [
  'and', 'break', 'do', 'else', 'elseif', 'end', 'false', 'for', 'function', 'if', 'in', 'local',
  'nil', 'not', 'or', 'repeat', 'return', 'then', 'true', 'until', 'while',
  '..', '...', '==', '>=', '<=', '~=', '<number>', '<name>', '<string>', '<eof>',
];

/** Reserved word -> token kind. */
export const RESERVED = new Map<string, T>(NAMES.slice(0, 21).map((n, i) => [n, (FIRST_RESERVED + i) as T]));

/** How lua5.1 names a token kind in messages (without the text of names, strings or numbers). */
export function tokenName(tok: number): string {
  if (tok < FIRST_RESERVED) {
    // control characters are unprintable, so lua5.1 spells them out
    return tok < 32 || tok === 127 ? `char(${tok})` : String.fromCharCode(tok);
  }
  return NAMES[tok - FIRST_RESERVED]!;
}
