import { describe, expect, it } from 'vitest';
import { compileListing } from './compile-listing.js';

describe('compiler listings', () => {
  it('keeps locals in the lowest registers and globals by name', () => {
    expect(compileListing('local a, b = 1\nlocal c = a + b * 2\nx = c\nprint(x)')).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=5
      1 [1] VARARGPREP 0 0
      2 [1] LOADK 0 K0
      3 [1] LOADNIL 1 1
      4 [2] MUL 2 1 K1
      5 [2] ADD 2 0 2
      6 [3] SETGLOBAL 2 K2
      7 [4] GETGLOBAL 3 K3
      8 [4] GETGLOBAL 4 K2
      9 [4] CALL 3 1 0
      10 [4] RETURN 0 0
      ; K0=1 K1=2 K2="x" K3="print""
    `);
  });

  it('folds numeric constants and keeps -0 apart from 0', () => {
    expect(compileListing('local a = 2 ^ 10 + 1, -0, 0, 1 / 0, 0 / 0')).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=5
      1 [1] VARARGPREP 0 0
      2 [1] LOADK 0 K0
      3 [1] LOADK 1 K1
      4 [1] LOADK 2 K2
      5 [1] DIV 3 K3 K2
      6 [1] DIV 4 K2 K2
      7 [1] RETURN 0 0
      ; K0=1025 K1=-0 K2=0 K3=1"
    `);
  });

  it('evaluates all right-hand sides before assigning, so a swap works', () => {
    expect(compileListing('local a, b = 1, 2\na, b = b, a')).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=3
      1 [1] VARARGPREP 0 0
      2 [1] LOADK 0 K0
      3 [1] LOADK 1 K1
      4 [2] MOVE 2 1
      5 [2] MOVE 1 0
      6 [2] MOVE 0 2
      7 [2] RETURN 0 0
      ; K0=1 K1=2"
    `);
  });

  it('copies a local used as a table or key by an earlier target before assigning it', () => {
    expect(compileListing('local t, i = {}, 1\nt[i], i = i, 2')).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=4
      1 [1] VARARGPREP 0 0
      2 [1] NEWTABLE 0 0 0
      3 [1] LOADK 1 K0
      4 [2] MOVE 2 1
      5 [2] MOVE 3 1
      6 [2] LOADK 1 K1
      7 [2] SETTABLE 0 2 3
      8 [2] RETURN 0 0
      ; K0=1 K1=2"
    `);
  });

  it('adjusts multiple results to their context', () => {
    expect(compileListing('local a, b, c = f()\nlocal d = (f())\ng(f())\ng(f(), 1)\nreturn f()')).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=7
      1 [1] VARARGPREP 0 0
      2 [1] GETGLOBAL 0 K0
      3 [1] CALL 0 0 3
      4 [2] GETGLOBAL 3 K0
      5 [2] CALL 3 0 1
      6 [3] GETGLOBAL 4 K1
      7 [3] GETGLOBAL 5 K0
      8 [3] CALL 5 0 -1
      9 [3] CALL 4 -1 0
      10 [4] GETGLOBAL 4 K1
      11 [4] GETGLOBAL 5 K0
      12 [4] CALL 5 0 1
      13 [4] LOADK 6 K2
      14 [4] CALL 4 2 0
      15 [5] GETGLOBAL 4 K0
      16 [5] TAILCALL 4 0
      17 [5] RETURN 0 0
      ; K0="f" K1="g" K2=1"
    `);
  });

  it('expands varargs last in a list and keeps the arg table when ... is unused', () => {
    expect(
      compileListing('local a, b = ...\nlocal t = {...}\nlocal function f(...) return arg end\nreturn select("#", ...)'),
    ).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=7
      1 [1] VARARGPREP 0 0
      2 [1] VARARG 0 2
      3 [2] NEWTABLE 2 0 0
      4 [2] VARARG 3 -1
      5 [2] SETLIST 2 -1 0
      6 [3] CLOSURE 3 0
      7 [4] GETGLOBAL 4 K0
      8 [4] LOADK 5 K1
      9 [4] VARARG 6 -1
      10 [4] TAILCALL 4 -1
      11 [4] RETURN 0 0
      ; K0="select" K1="#"
      function <test:3> params=0+ frame=2
      1 [3] VARARGPREP 0 1
      2 [3] RETURN 0 1
      3 [3] RETURN 0 0"
    `);
  });

  it('captures upvalues from registers and from enclosing upvalues', () => {
    expect(compileListing('local x = 1\nfunction f()\n  return function() x = x + 1 return x end\nend')).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=2
      1 [1] VARARGPREP 0 0
      2 [1] LOADK 0 K0
      3 [4] CLOSURE 1 0
      4 [2] SETGLOBAL 1 K1
      5 [4] RETURN 0 0
      ; K0=1 K1="f"
      function <test:2> params=0 frame=2 upvals=x:R0
      1 [3] CLOSURE 0 0
      2 [3] RETURN 0 1
      3 [4] RETURN 0 0
      function <test:3> params=0 frame=2 upvals=x:U0
      1 [3] GETUPVAL 0 0
      2 [3] ADD 0 0 K0
      3 [3] SETUPVAL 0 0
      4 [3] GETUPVAL 0 0
      5 [3] RETURN 0 1
      6 [3] RETURN 0 0
      ; K0=1"
    `);
  });

  it('reads an upvalue table in one GETTABUP when nothing runs between the two reads', () => {
    expect(
      compileListing(
        [
          'local a, u = {}, 1',
          'local function f(i) return a[i], a[2], a[true], a[u], a.x, a[g()], a[i + 1] end',
        ].join('\n'),
      ),
    ).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=3
      1 [1] VARARGPREP 0 0
      2 [1] NEWTABLE 0 0 0
      3 [1] LOADK 1 K0
      4 [2] CLOSURE 2 0
      5 [2] RETURN 0 0
      ; K0=1
      function <test:2> params=1 frame=9 upvals=a:R0,u:R1
      1 [2] GETTABUP 1 0 0
      2 [2] GETTABUP 2 0 K0
      3 [2] GETTABUP 3 0 K1
      4 [2] GETUPVAL 4 1
      5 [2] GETTABUP 4 0 4
      6 [2] GETUPVAL 5 0
      7 [2] GETFIELD 5 5 K2
      8 [2] GETUPVAL 6 0
      9 [2] GETGLOBAL 7 K3
      10 [2] CALL 7 0 1
      11 [2] GETTABLE 6 6 7
      12 [2] GETUPVAL 7 0
      13 [2] ADD 8 0 K4
      14 [2] GETTABLE 7 7 8
      15 [2] RETURN 1 7
      16 [2] RETURN 0 0
      ; K0=2 K1=true K2="x" K3="g" K4=1"
    `);
  });

  it('gives each loop iteration fresh locals by closing captured ones', () => {
    expect(
      compileListing('for i = 1, 3 do\n  local j = i\n  fs[i] = function() return i + j end\nend'),
    ).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=7
      1 [1] VARARGPREP 0 0
      2 [1] LOADK 0 K0
      3 [1] LOADK 1 K1
      4 [1] LOADK 2 K0
      5 [1] FORPREP 0 ->12
      6 [2] MOVE 4 3
      7 [3] GETGLOBAL 5 K2
      8 [3] CLOSURE 6 0
      9 [3] SETTABLE 5 3 6
      10 [3] CLOSE 4
      11 [3] CLOSE 3
      12 [1] FORLOOP 0 ->6
      13 [4] RETURN 0 0
      ; K0=1 K1=3 K2="fs"
      function <test:3> params=0 frame=2 upvals=i:R3,j:R4
      1 [3] GETUPVAL 0 0
      2 [3] GETUPVAL 1 1
      3 [3] ADD 0 0 1
      4 [3] RETURN 0 1
      5 [3] RETURN 0 0"
    `);
  });

  it('lays out generic for loops as JMP, body, TFORLOOP', () => {
    expect(compileListing('for k, v in pairs(t) do print(k, v) end')).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=8
      1 [1] VARARGPREP 0 0
      2 [1] GETGLOBAL 0 K0
      3 [1] GETGLOBAL 1 K1
      4 [1] CALL 0 1 3
      5 [1] JMP ->10
      6 [1] GETGLOBAL 5 K2
      7 [1] MOVE 6 3
      8 [1] MOVE 7 4
      9 [1] CALL 5 2 0
      10 [1] TFORLOOP 0 2 ->6
      11 [1] RETURN 0 0
      ; K0="pairs" K1="t" K2="print""
    `);
  });

  it('yields values from and/or and jumps on them in conditions', () => {
    expect(compileListing('local a, b, c\nlocal x = a and b or c\nif a > b and not c then x = 1 end\nlocal y = a ~= b')).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=5
      1 [1] VARARGPREP 0 0
      2 [1] LOADNIL 0 3
      3 [2] TEST 0 0 ->5
      4 [2] TESTSET 3 1 1 ->6
      5 [2] MOVE 3 2
      6 [3] LT 1 0 0 ->9
      7 [3] TEST 2 1 ->9
      8 [3] LOADK 3 K0
      9 [4] EQ 0 1 0 ->12
      10 [4] LOADBOOL 4 0
      11 [4] JMP ->13
      12 [4] LOADBOOL 4 1
      13 [4] RETURN 0 0
      ; K0=1"
    `);
  });

  it('builds tables with list, keyed and named items', () => {
    expect(compileListing('local t = {1, 2, x = 3, [4] = 5, f()}')).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=4
      1 [1] VARARGPREP 0 0
      2 [1] NEWRECORD 0 2 K0
      3 [1] LOADK 1 K1
      4 [1] LOADK 2 K2
      5 [1] SETFIELD 0 K3 K4
      6 [1] SETTABLE 0 K5 K6
      7 [1] GETGLOBAL 3 K7
      8 [1] CALL 3 0 -1
      9 [1] SETLIST 0 -1 0
      10 [1] RETURN 0 0
      ; K0={x} K1=1 K2=2 K3="x" K4=3 K5=4 K6=5 K7="f""
    `);
  });

  it('flushes list items every 50 with SETLIST offsets', () => {
    const items = Array.from({ length: 120 }, (_, i) => String(i + 1)).join(', ');
    const out = compileListing(`local t = {${items}}`);
    expect(out.split('\n').filter((l) => /NEWTABLE|SETLIST/.test(l))).toMatchInlineSnapshot(`
      [
        "2 [1] NEWTABLE 0 120 0",
        "53 [1] SETLIST 0 50 0",
        "104 [1] SETLIST 0 50 50",
        "125 [1] SETLIST 0 20 100",
      ]
    `);
  });

  it('calls methods through SELF and accepts string and table arguments', () => {
    expect(compileListing('obj:m(1)\nobj.a:b "s"\nf{1}')).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=3
      1 [1] VARARGPREP 0 0
      2 [1] GETGLOBAL 0 K0
      3 [1] SELF 0 0 K1
      4 [1] LOADK 2 K2
      5 [1] CALL 0 2 0
      6 [2] GETGLOBAL 0 K0
      7 [2] GETFIELD 0 0 K3
      8 [2] SELF 0 0 K4
      9 [2] LOADK 2 K5
      10 [2] CALL 0 2 0
      11 [3] GETGLOBAL 0 K6
      12 [3] NEWTABLE 1 1 0
      13 [3] LOADK 2 K2
      14 [3] SETLIST 1 1 0
      15 [3] CALL 0 1 0
      16 [3] RETURN 0 0
      ; K0="obj" K1="m" K2=1 K3="a" K4="b" K5="s" K6="f""
    `);
  });

  it('lets repeat-until conditions see the body locals and closes captured ones', () => {
    expect(
      compileListing('repeat local x = f() until x\nrepeat local y = f(); g = function() return y end until y'),
    ).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=2
      1 [1] VARARGPREP 0 0
      2 [1] GETGLOBAL 0 K0
      3 [1] CALL 0 0 1
      4 [1] TEST 0 0 ->2
      5 [2] GETGLOBAL 0 K0
      6 [2] CALL 0 0 1
      7 [2] CLOSURE 1 0
      8 [2] SETGLOBAL 1 K1
      9 [2] TEST 0 0 ->12
      10 [2] CLOSE 0
      11 [2] JMP ->14
      12 [2] CLOSE 0
      13 [2] JMP ->5
      14 [2] RETURN 0 0
      ; K0="f" K1="g"
      function <test:2> params=0 frame=2 upvals=y:R0
      1 [2] GETUPVAL 0 0
      2 [2] RETURN 0 1
      3 [2] RETURN 0 0"
    `);
  });

  it('sends a jump that lands on a jump straight to its end, as lua5.1 does', () => {
    expect(compileListing('local a, i = {}, 1\nwhile true do\n  if a[i] then i = i + 1 else return end\nend')).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=3
      1 [1] VARARGPREP 0 0
      2 [1] NEWTABLE 0 0 0
      3 [1] LOADK 1 K0
      4 [3] GETTABLE 2 0 1
      5 [3] TEST 2 0 ->8
      6 [3] ADD 1 1 K0
      7 [3] JMP ->4
      8 [3] RETURN 0 0
      9 [3] JMP ->4
      10 [4] RETURN 0 0
      ; K0=1"
    `);
  });

  it('makes nil, true and false constants of RK operands, as lua5.1 does', () => {
    expect(compileListing('local t = {}\nt[1] = true\nif t[2] == nil then t[3] = false end\nreturn t[4] ~= true')).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=3
      1 [1] VARARGPREP 0 0
      2 [1] NEWTABLE 0 0 0
      3 [2] SETTABLE 0 K0 K1
      4 [3] GETTABLE 1 0 K2
      5 [3] EQ 1 K3 0 ->7
      6 [3] SETTABLE 0 K4 K5
      7 [4] GETTABLE 2 0 K6
      8 [4] EQ 2 K1 0 ->11
      9 [4] LOADBOOL 1 0
      10 [4] JMP ->12
      11 [4] LOADBOOL 1 1
      12 [4] RETURN 1 1
      13 [4] RETURN 0 0
      ; K0=1 K1=true K2=2 K3=nil K4=3 K5=false K6=4"
    `);
  });

  it('closes captured locals before a break that leaves their block', () => {
    expect(
      compileListing('while true do\n  local x = f()\n  g = function() return x end\n  if x then break end\nend'),
    ).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=2
      1 [1] VARARGPREP 0 0
      2 [2] GETGLOBAL 0 K0
      3 [2] CALL 0 0 1
      4 [3] CLOSURE 1 0
      5 [3] SETGLOBAL 1 K1
      6 [4] TEST 0 0 ->9
      7 [4] CLOSE 0
      8 [4] JMP ->11
      9 [4] CLOSE 0
      10 [4] JMP ->2
      11 [5] RETURN 0 0
      ; K0="f" K1="g"
      function <test:3> params=0 frame=2 upvals=x:R0
      1 [3] GETUPVAL 0 0
      2 [3] RETURN 0 1
      3 [3] RETURN 0 0"
    `);
  });

  it('concatenates a chain with one CONCAT and swaps operands for > and >=', () => {
    expect(compileListing('local a, b\nlocal s = a .. b .. "c"\nif a >= b then s = #s end')).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=5
      1 [1] VARARGPREP 0 0
      2 [1] LOADNIL 0 2
      3 [2] MOVE 2 0
      4 [2] MOVE 3 1
      5 [2] LOADK 4 K0
      6 [2] CONCAT 2 2 3
      7 [3] LE 1 0 0 ->9
      8 [3] LEN 2 2
      9 [3] RETURN 0 0
      ; K0="c""
    `);
  });

  it('records the line of the call for CALL and of each operator', () => {
    expect(compileListing('local t = {}\nlocal v = t.a\n  + t.b\nprint(\n  v\n)')).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=4
      1 [1] VARARGPREP 0 0
      2 [1] NEWTABLE 0 0 0
      3 [2] GETFIELD 1 0 K0
      4 [3] GETFIELD 2 0 K1
      5 [3] ADD 1 1 2
      6 [4] GETGLOBAL 2 K2
      7 [4] MOVE 3 1
      8 [4] CALL 2 1 0
      9 [6] RETURN 0 0
      ; K0="a" K1="b" K2="print""
    `);
  });

  it('gives a local function its own name in scope', () => {
    expect(compileListing('local function fact(n) if n < 2 then return 1 end return n * fact(n - 1) end')).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=2
      1 [1] VARARGPREP 0 0
      2 [1] CLOSURE 0 0
      3 [1] RETURN 0 0
      function <test:1> params=1 frame=3 upvals=fact:R0
      1 [1] LT 0 K0 0 ->4
      2 [1] LOADK 1 K1
      3 [1] RETURN 1 1
      4 [1] GETUPVAL 1 0
      5 [1] SUB 2 0 K1
      6 [1] CALL 1 1 1
      7 [1] MUL 1 0 1
      8 [1] RETURN 1 1
      9 [1] RETURN 0 0
      ; K0=2 K1=1"
    `);
  });

  it('releases the register of a call that ends an and/or before storing the value', () => {
    // The result of g(c) passes through R3 into R2; R3 must be free again for SETTABLE's operands.
    expect(compileListing('local c\nt[c] = c == 1 and f(c) or g(c)')).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=5
      1 [1] VARARGPREP 0 0
      2 [1] LOADNIL 0 1
      3 [2] GETGLOBAL 1 K0
      4 [2] EQ 0 K1 0 ->9
      5 [2] GETGLOBAL 3 K2
      6 [2] MOVE 4 0
      7 [2] CALL 3 1 1
      8 [2] TESTSET 2 3 1 ->13
      9 [2] GETGLOBAL 3 K3
      10 [2] MOVE 4 0
      11 [2] CALL 3 1 1
      12 [2] MOVE 2 3
      13 [2] SETTABLE 1 0 2
      14 [2] RETURN 0 0
      ; K0="t" K1=1 K2="f" K3="g""
    `);
  });

  it('passes exactly one value for an and/or ending an argument list', () => {
    // Two arguments, R2 and R3: the calls inside the and/or leave nothing behind in R4.
    expect(compileListing('print("x", f() and f(), nil or f())')).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=5
      1 [1] VARARGPREP 0 0
      2 [1] GETGLOBAL 0 K0
      3 [1] LOADK 1 K1
      4 [1] GETGLOBAL 3 K2
      5 [1] CALL 3 0 1
      6 [1] TESTSET 2 3 0 ->10
      7 [1] GETGLOBAL 3 K2
      8 [1] CALL 3 0 1
      9 [1] MOVE 2 3
      10 [1] GETGLOBAL 4 K2
      11 [1] CALL 4 0 1
      12 [1] MOVE 3 4
      13 [1] CALL 0 3 0
      14 [1] RETURN 0 0
      ; K0="print" K1="x" K2="f""
    `);
  });

  it('keeps list items in consecutive registers above the table across named items', () => {
    // p1, p2, p3 wait in R1..R3 for one SETLIST; the computed key and value use R3, R4 and are
    // released before p3 takes R3.
    expect(compileListing('local t = { "p1", k = "n", "p2", [g()] = h(), "p3" }')).toMatchInlineSnapshot(`
      "main chunk params=0+ frame=5
      1 [1] VARARGPREP 0 0
      2 [1] NEWRECORD 0 3 K0
      3 [1] LOADK 1 K1
      4 [1] SETFIELD 0 K2 K3
      5 [1] LOADK 2 K4
      6 [1] GETGLOBAL 3 K5
      7 [1] CALL 3 0 1
      8 [1] GETGLOBAL 4 K6
      9 [1] CALL 4 0 1
      10 [1] SETTABLE 0 3 4
      11 [1] LOADK 3 K7
      12 [1] SETLIST 0 3 0
      13 [1] RETURN 0 0
      ; K0={k} K1="p1" K2="k" K3="n" K4="p2" K5="g" K6="h" K7="p3""
    `);
  });

  it('flushes a full batch before a named item and keeps counting after it', () => {
    const list = (from: number, to: number): string[] =>
      Array.from({ length: to - from + 1 }, (_, i) => `"v${from + i}"`);
    const items = [...list(1, 30), 'a = 1', ...list(31, 50), 'b = 2', ...list(51, 60)].join(', ');
    const out = compileListing(`local t = {${items}}`).split('\n');
    expect(out.filter((l) => /NEWTABLE|NEWRECORD|SETLIST|SETTABLE/.test(l))).toMatchInlineSnapshot(`
      [
        "2 [1] NEWRECORD 0 60 K0",
        "54 [1] SETLIST 0 50 0",
        "66 [1] SETLIST 0 10 50",
      ]
    `);
    // Item 31 goes right above item 30, and item 51 starts the second batch at R1 again.
    // (K0 is the shape NEWRECORD reserves, {a, b}.)
    expect(out.find((l) => l.includes('K33'))).toMatch(/LOADK 31 K33$/);
    expect(out.find((l) => l.includes('K55'))).toMatch(/LOADK 1 K55$/);
  });
});
