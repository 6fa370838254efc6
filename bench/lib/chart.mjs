// A bar chart of time ratios against lua5.1, as plain SVG: one group of bars per program plus
// the geometric mean, on a logarithmic axis so 2x slower and 2x faster are bars of equal length.
// Bars grow up from the 1x line when a VM is slower than lua5.1 and down when it is faster.
import { BASELINE } from './vms.mjs';

const COLORS = ['#d62728', '#ff7f0e', '#2ca02c', '#1f77b4', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f'];
const TICKS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500];

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderChart(data) {
  const vms = data.vms.filter((v) => v.id !== BASELINE);
  const groups = data.programs.map((p) => ({
    name: p,
    ratios: vms.map((v) => {
      const r = data.results[p][v.id];
      const base = data.results[p][BASELINE];
      return r?.status === 'ok' && base?.status === 'ok' ? r.ms / base.ms : undefined;
    }),
  }));
  groups.push({ name: 'geomean', ratios: vms.map((v) => data.geomeans[v.id]?.ratio) });

  const all = groups.flatMap((g) => g.ratios).filter((r) => r !== undefined);
  const lo = Math.min(0.5, ...all) * 0.9;
  const hi = Math.max(2, ...all) * 1.1;
  const bar = 9;
  const gap = 14;
  const groupWidth = vms.length * bar + gap;
  const left = 56;
  const top = 40;
  const plotHeight = 360;
  const labelSpace = 110;
  const width = left + groups.length * groupWidth + 20;
  const height = top + plotHeight + labelSpace;
  const y = (r) => top + plotHeight * (1 - (Math.log(r) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)));

  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`);
  out.push(`<rect width="${width}" height="${height}" fill="white"/>`);
  out.push(`<text x="${left}" y="16" font-size="13" font-weight="bold">Time relative to lua5.1 (log scale, lower is faster)</text>`);
  // Legend.
  let lx = left;
  vms.forEach((v, i) => {
    out.push(`<rect x="${lx}" y="24" width="10" height="10" fill="${COLORS[i % COLORS.length]}"/>`);
    out.push(`<text x="${lx + 14}" y="33">${escape(v.label)}</text>`);
    lx += 24 + v.label.length * 6.5;
  });
  // Grid lines and the axis.
  for (const t of TICKS) {
    if (t < lo || t > hi) continue;
    const ty = y(t).toFixed(1);
    const strong = t === 1;
    out.push(`<line x1="${left}" x2="${width - 20}" y1="${ty}" y2="${ty}" stroke="${strong ? '#000' : '#ddd'}" stroke-width="${strong ? 1.2 : 1}"/>`);
    out.push(`<text x="${left - 6}" y="${(+ty + 4).toFixed(1)}" text-anchor="end">${t}x</text>`);
  }
  // Bars.
  groups.forEach((g, gi) => {
    const gx = left + gap / 2 + gi * groupWidth;
    g.ratios.forEach((r, vi) => {
      if (r === undefined) return;
      const y0 = y(1);
      const y1 = y(r);
      const bx = gx + vi * bar;
      const title = `${g.name}, ${vms[vi].label}: ${r.toFixed(2)}x`;
      out.push(`<rect x="${bx.toFixed(1)}" y="${Math.min(y0, y1).toFixed(1)}" width="${bar - 1}" height="${Math.max(Math.abs(y1 - y0), 0.5).toFixed(1)}" fill="${COLORS[vi % COLORS.length]}"><title>${escape(title)}</title></rect>`);
    });
    const cx = gx + (vms.length * bar) / 2;
    const ly = top + plotHeight + 8;
    const weight = g.name === 'geomean' ? ' font-weight="bold"' : '';
    out.push(`<text x="${cx.toFixed(1)}" y="${ly}" text-anchor="end" transform="rotate(-50 ${cx.toFixed(1)} ${ly})"${weight}>${escape(g.name)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
