import { describe, expect, it } from 'vitest';
import { TICK_WEIGHT, Tiering } from '../src/index.js';
import type { TierMode, TieredProto } from '../src/index.js';

const compiled = () => {};

function policy(mode: TierMode, threshold?: number, compile: () => (() => void) | null = () => compiled) {
  return new Tiering({ mode, threshold, compile: compile as never });
}

describe('the tiering policy', () => {
  it('never compiles in interp mode, and decides so once', () => {
    const p: TieredProto = {};
    expect(policy('interp').visit(p, { afterTick: false })).toBe(false);
    expect(p.jit).toBe(null);
  });

  it('compiles at the first visit in baseline mode', () => {
    const t = policy('baseline');
    const p: TieredProto = {};
    expect(t.visit(p, { afterTick: false })).toBe(true);
    expect(p.jit).toBe(compiled);
    expect(t.stats.compiled).toBe(1);
  });

  it('counts visits in auto mode and compiles at the threshold', () => {
    const t = policy('auto', 3);
    const p: TieredProto = {};
    const th = { afterTick: false };
    expect(t.visit(p, th)).toBe(false);
    expect(t.visit(p, th)).toBe(false);
    expect(t.visit(p, th)).toBe(true);
    expect(t.stats).toMatchObject({ compiled: 1, osrEntries: 0 });
  });

  it('weighs a visit after a tick as loop work and reports the entry as OSR', () => {
    const t = policy('auto', TICK_WEIGHT * 2);
    const p: TieredProto = {};
    const th = { afterTick: true };
    expect(t.visit(p, th)).toBe(false);
    // The flag is consumed by the visit that saw it.
    expect(th.afterTick).toBe(false);
    th.afterTick = true;
    expect(t.visit(p, th)).toBe(true);
    expect(t.stats.osrEntries).toBe(1);
  });

  it('leaves a function interpreted for good when its compile fails', () => {
    const t = policy('baseline', undefined, () => null);
    const p: TieredProto = {};
    expect(t.visit(p, { afterTick: false })).toBe(false);
    expect(p.jit).toBe(null);
    expect(t.stats.failed).toBe(1);
  });
});
