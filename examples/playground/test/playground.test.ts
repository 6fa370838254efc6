import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './static-server.js';

// The page in a real browser: Debian's Chromium (`apt-get install -y chromium`), driven by
// playwright-core over the built site (`pnpm build` first; CI does). Without Chromium the
// suite is skipped, except under CI, where the absence is a failure (.ci/run installs it).
// CHROMIUM_PATH names another Chromium binary.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const shots = fileURLToPath(new URL('../test-results/', import.meta.url));

if (!hasChromium && process.env.CI === undefined) {
  console.warn(`playground browser tests skipped: ${CHROMIUM} is absent (apt-get install -y chromium to run them)`);
}

if (!hasChromium && process.env.CI !== undefined) {
  describe('the playground under CI', () => {
    it('has Chromium to test in', () => {
      expect.fail(`${CHROMIUM} is absent: .ci/run installs it with apt-get install -y chromium`);
    });
  });
}

describe.skipIf(!hasChromium)('the playground in headless Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  /** Uncaught exceptions and console errors (a missing file, say) of every page opened. */
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(`${dist}index.html`)) throw new Error('the playground is not built: run `pnpm build` first');
    server = await serveStatic(dist);
    // Root cannot use Chromium's sandbox; the page is our own.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    expect(pageErrors).toEqual([]);
  });

  async function open(path = ''): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    // Under the strict policy the VM's probe for `new Function` is reported as a violation, on purpose.
    if (!path.startsWith('csp/')) page.on('console', (m) => m.type() === 'error' && pageErrors.push(`console: ${m.text()}`));
    await page.goto(server.url + path);
    await page.waitForSelector('body[data-state="idle"]');
    return page;
  }

  async function runProgram(page: Page, source: string, tier: string): Promise<string> {
    await page.fill('#source', source);
    await page.selectOption('#tier', tier);
    await page.click('#run');
    await page.waitForSelector('body[data-state="done"], body[data-state="error"]');
    return (await page.textContent('#output')) ?? '';
  }

  it('runs the program typed into the editor and shows what it prints', async () => {
    const page = await open();
    const out = await runProgram(page, 't = {}\nfor i = 1, 3 do t[#t + 1] = i * i end\nprint("squares", table.concat(t, ","))\nprint(("é"):len())', 'interp');
    // "é" is two bytes in UTF-8: the page gives Lua bytes and shows output as UTF-8 text.
    expect(out).toBe('squares\t1,4,9\n2\n');
    expect(await page.textContent('#status')).toMatch(/^Done in [\d.]+ ms \(tier interp\)$/);
    // A second run gets a fresh VM: the globals of the first are gone.
    expect(await runProgram(page, 'print(t, squares)', 'interp')).toBe('nil\tnil\n');
    await page.close();
  });

  it('shows each function\'s bytecode, the stitched JS, tier events and stats with the baseline JIT', async () => {
    const page = await open();
    const source = 'local function add(a, b)\n  return a + b\nend\nlocal s = 0\nfor i = 1, 10 do s = add(s, i) end\nprint(s)';
    expect(await runProgram(page, source, 'baseline')).toBe('55\n');
    const names = await page.$$eval('#bytecode details summary', (ss) => ss.map((s) => s.textContent ?? ''));
    expect(names).toEqual(['main chunk', 'function <input:1>']);
    const listings = await page.$$eval('#bytecode details pre', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(listings[0]).toMatch(/^\d+ +\[5\] +FORLOOP +2 ->\d+$/m);
    expect(listings[1]).toMatch(/^0 +\[2\] +ADD_SS +R2 R0 R1$/m);
    const compiled = await page.$$eval('#jit details summary', (ss) => ss.map((s) => s.textContent ?? ''));
    expect(compiled.map((c) => c.replace(/ — .*/, '')).sort()).toEqual(['function <input:1>', 'main chunk']);
    expect(await page.textContent('#jit details pre')).toContain('$rt');
    const events = await page.$$eval('#events li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(events.filter((e) => / ms: compiled /.test(e))).toHaveLength(2);
    expect(await page.textContent('#stats-report')).toMatch(/functions compiled: 2, left to the interpreter: 0/);
    await page.click('.tabs button[data-pane="bytecode"]');
    mkdirSync(shots, { recursive: true });
    const png = await page.screenshot({ path: `${shots}playground.png` });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(readFileSync(`${shots}playground.png`).length).toBeGreaterThan(10_000);
    await page.close();
  });

  it('reports a Lua error with its traceback', async () => {
    const page = await open();
    const out = await runProgram(page, 'local t = nil\nprint("before")\nprint(t.x)', 'auto');
    expect(out).toMatch(/^before\ninput:3: attempt to index local 't' \(a nil value\)\nstack traceback:\n/);
    expect(await page.getAttribute('body', 'data-state')).toBe('error');
    await page.close();
  });

  it('stops a runaway program and then runs the next one', async () => {
    const page = await open();
    await page.fill('#source', 'local n = 0\nwhile true do n = n + 1 end');
    await page.click('#run');
    await page.waitForSelector('body[data-state="running"]');
    await page.waitForTimeout(300);
    // The page still answers while the worker spins.
    await page.click('#stop');
    await page.waitForSelector('body[data-state="idle"]');
    expect(await page.textContent('#output')).toContain('[stopped]');
    expect(await runProgram(page, 'print("again")', 'auto')).toBe('again\n');
    await page.close();
  });

  it('runs interpreter-only where a Content-Security-Policy blocks code generation', async () => {
    const page = await open('csp/');
    expect(await page.isVisible('#jit-note')).toBe(true);
    expect(await runProgram(page, 'local function f(n) return n * 2 end\nprint(f(21))', 'baseline')).toBe('42\n');
    expect(await page.textContent('#status')).toMatch(/\(tier interp\)$/);
    expect(await page.$$('#jit details')).toHaveLength(0);
    expect(await page.textContent('#events')).toContain('tier baseline was asked for; the VM ran with tier interp');
    await page.close();
  });
});
