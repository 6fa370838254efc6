// The page: an editor, a Run and a Stop button, and panes for what the VM reports. Programs run
// in a worker (worker.ts), a fresh one for each run, so that no run sees what an earlier one left
// (the VM's inline-cache miss counters and table shapes are per JS realm); Stop terminates it.
import './style.css';
import { EXAMPLES } from './examples.js';
import type { RunRequest, Tier, WorkerMessage } from './protocol.js';

/** The page keeps at most this much output (a program printing in a loop could otherwise exhaust it). */
const MAX_OUTPUT = 1_000_000;

function el<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

const source = el<HTMLTextAreaElement>('source');
const exampleSelect = el<HTMLSelectElement>('example');
const tierSelect = el<HTMLSelectElement>('tier');
const thresholdInput = el<HTMLInputElement>('threshold');
const statsBox = el<HTMLInputElement>('stats');
const runButton = el<HTMLButtonElement>('run');
const stopButton = el<HTMLButtonElement>('stop');
const status = el<HTMLSpanElement>('status');
const jitNote = el<HTMLParagraphElement>('jit-note');
const output = el<HTMLPreElement>('output');
const bytecode = el<HTMLDivElement>('bytecode');
const jit = el<HTMLDivElement>('jit');
const events = el<HTMLOListElement>('events');
const statsReport = el<HTMLPreElement>('stats-report');

/** `data-state` on the body: starting, idle, running, done, error or stopped (tests wait on it). */
function setState(state: string, text: string): void {
  document.body.dataset.state = state;
  status.textContent = text;
  runButton.disabled = state === 'running' || state === 'starting';
  stopButton.disabled = state !== 'running';
}

function details(summary: string, body: string, open: boolean): HTMLDetailsElement {
  const d = document.createElement('details');
  d.open = open;
  const s = document.createElement('summary');
  s.textContent = summary;
  const pre = document.createElement('pre');
  pre.textContent = body;
  d.append(s, pre);
  return d;
}

/** A disassembler listing (tab-separated columns) with its columns padded to line up. */
function alignColumns(listing: string): string {
  const rows = listing.split('\n').map((line) => line.split('\t'));
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i] + 2) : cell)).join('')).join('\n');
}

function addEvent(text: string): void {
  const li = document.createElement('li');
  li.textContent = text;
  events.append(li);
}

let outputLength = 0;
function appendOutput(text: string): void {
  if (outputLength >= MAX_OUTPUT) return;
  const room = MAX_OUTPUT - outputLength;
  output.append(text.length <= room ? text : `${text.slice(0, room)}\n[output truncated]\n`);
  outputLength += text.length;
}

let worker: Worker;
/** Whether the current worker has run a program (the next run gets a new worker). */
let used = false;
let requested: Tier = 'auto';
/** The status shown once the worker is ready. */
let readyText = 'Ready';

function startWorker(): void {
  used = false;
  worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => onMessage(event.data);
  worker.onerror = (event) => setState('error', `The worker failed: ${event.message}`);
}

function onMessage(m: WorkerMessage): void {
  switch (m.kind) {
    case 'ready':
      jitNote.hidden = m.jitAvailable;
      jitNote.textContent = m.jitAvailable
        ? ''
        : 'This page may not create code from strings (its Content-Security-Policy has no \'unsafe-eval\'): the baseline JIT is off and every tier runs on the interpreter.';
      if (document.body.dataset.state === 'starting') setState('idle', readyText);
      break;
    case 'output':
      appendOutput(m.text);
      break;
    case 'compiled':
      addEvent(`${m.atMs.toFixed(1)} ms: compiled ${m.name} (${m.source.length} characters of JS)`);
      jit.append(details(`${m.name} — compiled at ${m.atMs.toFixed(1)} ms`, m.source, jit.childElementCount === 0));
      break;
    case 'done': {
      if (m.error !== undefined) {
        const span = document.createElement('span');
        span.className = 'error';
        span.textContent = `${outputLength > 0 && !output.textContent!.endsWith('\n') ? '\n' : ''}${m.error}\n`;
        output.append(span);
      }
      m.listings.forEach((l, i) => bytecode.append(details(l.name, alignColumns(l.listing), i === 0)));
      if (m.tierUsed !== requested) addEvent(`tier ${requested} was asked for; the VM ran with tier ${m.tierUsed} (no code generation here)`);
      if (jit.childElementCount === 0) jit.textContent = m.tierUsed === 'interp' ? 'Nothing compiled: tier interp.' : 'Nothing compiled.';
      addEvent(`${m.ms.toFixed(1)} ms: program ended${m.error === undefined ? '' : ' with an error'}`);
      statsReport.textContent = m.stats ?? 'Turn on "stats" to see instruction counts, JIT events and inline-cache misses.';
      setState(m.error === undefined ? 'done' : 'error', `${m.error === undefined ? 'Done' : 'Error'} in ${m.ms.toFixed(1)} ms (tier ${m.tierUsed})`);
      break;
    }
  }
}

function run(): void {
  if (runButton.disabled) return;
  output.textContent = '';
  outputLength = 0;
  bytecode.textContent = '';
  jit.textContent = '';
  events.textContent = '';
  statsReport.textContent = '';
  requested = tierSelect.value as Tier;
  const threshold = Number.parseInt(thresholdInput.value, 10);
  const request: RunRequest = {
    source: source.value,
    tier: requested,
    jitThreshold: Number.isFinite(threshold) && threshold > 0 ? threshold : undefined,
    stats: statsBox.checked,
  };
  if (used) {
    worker.terminate();
    startWorker();
  }
  used = true;
  setState('running', 'Running…');
  // A new worker receives this once its script has run.
  worker.postMessage(request);
}

function stop(): void {
  worker.terminate();
  appendOutput('\n[stopped]\n');
  readyText = 'Stopped';
  setState('starting', 'Stopped; starting a new VM…');
  startWorker();
}

for (const [i, ex] of EXAMPLES.entries()) exampleSelect.add(new Option(ex.name, String(i)));
exampleSelect.onchange = () => {
  source.value = EXAMPLES[Number(exampleSelect.value)].source;
};
source.value = EXAMPLES[0].source;
runButton.onclick = run;
stopButton.onclick = stop;
source.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    run();
  }
});
for (const tab of document.querySelectorAll<HTMLButtonElement>('.tabs button')) {
  tab.onclick = () => {
    for (const other of document.querySelectorAll<HTMLButtonElement>('.tabs button')) {
      other.setAttribute('aria-selected', String(other === tab));
      el(other.dataset.pane!).hidden = other !== tab;
    }
  };
}
setState('starting', 'Starting the VM…');
startWorker();
