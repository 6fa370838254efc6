// The text table printed at the end of a run, and the Markdown table for docs/benchmarks.md.
import { BASELINE } from './vms.mjs';

/** The text of one cell: the ratio to lua5.1 and the median time, or why there is none. */
export function cellText(result, baseMs, { markdown = false } = {}) {
  if (!result) return '-';
  if (result.status !== 'ok') return result.status;
  const secs = `${(result.ms / 1000).toFixed(2)}s`;
  if (baseMs === undefined) return secs;
  const ratio = result.ms / baseMs;
  return markdown ? `${secs} (${formatRatio(ratio)})` : `${formatRatio(ratio).padStart(6)} ${secs.padStart(7)}`;
}

export function formatRatio(r) {
  return r >= 10 ? `${r.toFixed(1)}x` : `${r.toFixed(2)}x`;
}

function pad(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

export function textTable(data) {
  const { programs, vms, results, geomeans } = data;
  const header = ['program', ...vms.map((v) => v.label)];
  const rows = programs.map((p) => {
    const base = results[p][BASELINE];
    const baseMs = base?.status === 'ok' ? base.ms : undefined;
    return [p, ...vms.map((v) => cellText(results[p][v.id], v.id === BASELINE ? undefined : baseMs))];
  });
  const geo = ['geomean vs lua5.1', ...vms.map((v) => (geomeans[v.id] ? `${formatRatio(geomeans[v.id].ratio)} (${geomeans[v.id].count})` : '-'))];
  const mem = ['peak memory, median MB', ...vms.map((v) => (geomeans[v.id]?.peakMb !== undefined ? geomeans[v.id].peakMb.toFixed(0) : '-'))];
  return pad([header, ...rows, geo, mem]);
}

export function markdownTable(data) {
  const { programs, vms, results, geomeans } = data;
  const lines = [];
  lines.push(`| program | ${vms.map((v) => v.label).join(' | ')} |`);
  lines.push(`| --- | ${vms.map(() => '---:').join(' | ')} |`);
  for (const p of programs) {
    const base = results[p][BASELINE];
    const baseMs = base?.status === 'ok' ? base.ms : undefined;
    const cells = vms.map((v) => cellText(results[p][v.id], v.id === BASELINE ? undefined : baseMs, { markdown: true }));
    lines.push(`| ${p} | ${cells.join(' | ')} |`);
  }
  lines.push(`| **geomean vs lua5.1** | ${vms.map((v) => (geomeans[v.id] ? `**${formatRatio(geomeans[v.id].ratio)}** (${geomeans[v.id].count})` : '-')).join(' | ')} |`);
  lines.push(`| peak memory, median of programs | ${vms.map((v) => (geomeans[v.id]?.peakMb !== undefined ? `${geomeans[v.id].peakMb.toFixed(0)} MB` : '-')).join(' | ')} |`);
  return lines.join('\n');
}
