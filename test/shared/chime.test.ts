import { describe, expect, it } from 'vitest';
import { CHIME_SECONDS, type ChimeContext, playChime } from '../../src/shared/chime';

interface Call {
  readonly node: string;
  readonly method: string;
  readonly args: readonly unknown[];
}

function fakeContext(currentTime = 10): { ctx: ChimeContext; calls: Call[]; types: string[] } {
  const calls: Call[] = [];
  const types: string[] = [];
  const param = (node: string) => ({
    setValueAtTime: (...args: unknown[]) => calls.push({ node, method: 'set', args }),
    linearRampToValueAtTime: (...args: unknown[]) => calls.push({ node, method: 'linear', args }),
    exponentialRampToValueAtTime: (...args: unknown[]) => calls.push({ node, method: 'exp', args }),
  });
  let n = 0;
  const ctx: ChimeContext = {
    currentTime,
    destination: 'speakers',
    createOscillator() {
      const id = `osc${n++}`;
      const osc = {
        set type(v: string) {
          types.push(v);
        },
        get type() {
          return types[types.length - 1] ?? '';
        },
        frequency: param(`${id}.frequency`),
        connect: (d: unknown) => calls.push({ node: id, method: 'connect', args: [d] }),
        start: (at: number) => calls.push({ node: id, method: 'start', args: [at] }),
        stop: (at: number) => calls.push({ node: id, method: 'stop', args: [at] }),
      };
      return osc;
    },
    createGain() {
      const id = `gain${n++}`;
      return {
        gain: param(`${id}.gain`),
        connect: (d: unknown) => calls.push({ node: id, method: 'connect', args: [d] }),
      };
    },
  };
  return { ctx, calls, types };
}

describe('playChime', () => {
  it('plays two sine tones with an envelope, ending within ~0.6 s', () => {
    const { ctx, calls, types } = fakeContext(10);
    expect(playChime(ctx, 0.5)).toBe(CHIME_SECONDS);
    expect(types).toEqual(['sine', 'sine']);
    const starts = calls.filter((c) => c.method === 'start').map((c) => c.args[0] as number);
    const stops = calls.filter((c) => c.method === 'stop').map((c) => c.args[0] as number);
    expect(starts).toHaveLength(2);
    expect(starts.every((s) => s >= 10)).toBe(true);
    expect(Math.max(...stops) - 10).toBeLessThanOrEqual(0.7);
    const freqs = calls.filter((c) => c.node.endsWith('.frequency')).map((c) => c.args[0]);
    expect(new Set(freqs).size).toBe(2);
    // Each gain rises then fades; the peak scales with the volume and never exceeds 1.
    const peaks = calls.filter((c) => c.method === 'linear').map((c) => c.args[0] as number);
    expect(peaks).toHaveLength(2);
    expect(calls.filter((c) => c.method === 'exp')).toHaveLength(2);
    expect(peaks.every((p) => p > 0 && p < 1)).toBe(true);
    expect(calls.filter((c) => c.method === 'connect' && c.args[0] === 'speakers')).toHaveLength(2);
  });

  it('is louder at a higher volume and silent at 0 (or nonsense)', () => {
    const peak = (v: number): number => {
      const { ctx, calls } = fakeContext();
      playChime(ctx, v);
      return (calls.find((c) => c.method === 'linear')?.args[0] as number) ?? 0;
    };
    expect(peak(1)).toBeGreaterThan(peak(0.3));
    expect(peak(5)).toBe(peak(1));
    const { ctx, calls } = fakeContext();
    expect(playChime(ctx, 0)).toBe(0);
    expect(playChime(ctx, Number.NaN)).toBe(0);
    expect(calls).toEqual([]);
  });
});
