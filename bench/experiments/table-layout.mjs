// ADR 0001's measurement: string-keyed field reads as an interpreter does them, with one handler
// function serving every field name at every site, for the two candidate layouts.
//   A. fields as properties of null-prototype objects, read as obj[name] (V8's own caches);
//   B. VM shapes + a slots array, read through a per-site cache keyed on the shape.
// Run: node bench/experiments/table-layout.mjs
const FIELDS = ['x', 'y', 'z', 'name', 'next', 'value', 'kind', 'count'];
const SITES = 64; // distinct "bytecode sites", each reading one field name
const OBJECT_KINDS = 4; // objects built with different field orders (different shapes)
const READS = 2e7;

// Layout A: null-prototype objects.
function makeA(kind) {
  const o = Object.create(null);
  const order = FIELDS.slice(kind).concat(FIELDS.slice(0, kind));
  for (const f of order) o[f] = f.length;
  return o;
}
function readA(o, name) {
  return o[name];
}

// Layout B: a tiny shape tree and slots, with a monomorphic cache per site.
class Shape {
  constructor(keys) {
    this.keys = keys;
    this.index = new Map(keys.map((k, i) => [k, i]));
  }
}
function makeB(kind) {
  const order = FIELDS.slice(kind).concat(FIELDS.slice(0, kind));
  return { shape: shapes[kind] ?? (shapes[kind] = new Shape(order)), slots: order.map((f) => f.length) };
}
const shapes = [];
const icKeys = new Array(SITES).fill(undefined);
const icValues = new Array(SITES).fill(0);
function readB(o, name, site) {
  let slot;
  if (icKeys[site] === o.shape) slot = icValues[site];
  else {
    slot = o.shape.index.get(name);
    icKeys[site] = o.shape;
    icValues[site] = slot;
  }
  return o.slots[slot];
}

function bench(label, read, make, objectsPerSite) {
  // Each site sees `objectsPerSite` kinds of object (1: monomorphic sites).
  const objs = [];
  for (let s = 0; s < SITES; s++) objs.push(make(s % objectsPerSite));
  const names = Array.from({ length: SITES }, (_, s) => FIELDS[s % FIELDS.length]);
  let sum = 0;
  for (let r = 0; r < 2e5; r++) for (let s = 0; s < SITES; s++) sum += read(objs[s], names[s], s);
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < READS / SITES; r++) for (let s = 0; s < SITES; s++) sum += read(objs[s], names[s], s);
  const ns = Number(process.hrtime.bigint() - t0) / READS;
  console.log(`${label.padEnd(46)} ${ns.toFixed(2)} ns/read (checksum ${sum})`);
}

// One variant per process (`node table-layout.mjs A1`), so feedback from one cannot affect another;
// without an argument, runs each variant 5 times in fresh processes, alternating, and prints medians.
const variants = {
  A1: () => bench('A null-prototype objects, obj[name]', readA, makeA, 1),
  B1: () => bench('B shapes + slots, per-site cache', readB, makeB, 1),
  A4: () => bench(`A null-prototype objects, ${OBJECT_KINDS} object kinds`, readA, makeA, OBJECT_KINDS),
  B4: () => bench(`B shapes + slots, ${OBJECT_KINDS} kinds per site`, readB, makeB, OBJECT_KINDS),
};
const which = process.argv[2];
if (which !== undefined) variants[which]();
else {
  const { execFileSync } = await import('node:child_process');
  const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let run = 0; run < 5; run++) {
    for (const k of Object.keys(variants)) {
      const out = execFileSync(process.execPath, [new URL(import.meta.url).pathname, k], { encoding: 'utf8' });
      times[k].push(Number(/([\d.]+) ns\/read/.exec(out)[1]));
    }
  }
  for (const [k, t] of Object.entries(times)) {
    t.sort((a, b) => a - b);
    console.log(`${k}: median ${t[2].toFixed(2)} ns/read (runs: ${t.join(', ')})`);
  }
}
