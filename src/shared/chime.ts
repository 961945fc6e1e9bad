/**
 * The chime, synthesised (no audio file): two soft sine tones a fifth apart, each with a short
 * attack and an exponential fade, about 0.6 s in all. Given any AudioContext, so the options
 * page (preview), the offscreen document (Chromium) and the event page (Firefox) share it.
 */

interface ParamLike {
  setValueAtTime(value: number, at: number): unknown;
  linearRampToValueAtTime(value: number, at: number): unknown;
  exponentialRampToValueAtTime(value: number, at: number): unknown;
}
interface NodeLike {
  connect(destination: unknown): unknown;
}
interface OscillatorLike extends NodeLike {
  type: string;
  readonly frequency: ParamLike;
  start(at: number): void;
  stop(at: number): void;
}
interface GainLike extends NodeLike {
  readonly gain: ParamLike;
}

/** The part of `AudioContext` the chime uses (a real AudioContext satisfies it). */
export interface ChimeContext {
  readonly currentTime: number;
  readonly destination: unknown;
  createOscillator(): OscillatorLike;
  createGain(): GainLike;
}

/** E5 then B5: bright enough to notice, soft enough not to startle. Offsets in seconds. */
export const CHIME_TONES: readonly {
  readonly hz: number;
  readonly at: number;
  readonly length: number;
}[] = [
  { hz: 659.25, at: 0, length: 0.36 },
  { hz: 987.77, at: 0.18, length: 0.42 },
];

export const CHIME_SECONDS = 0.6;
/** Peak gain at volume 1: two overlapping tones stay well below clipping. */
const PEAK = 0.35;
/** Exponential ramps cannot reach 0. */
const SILENT = 0.0001;

/** Schedules the chime on `ctx` at `volume` (0..1); returns its length in seconds (0 = silent). */
export function playChime(ctx: ChimeContext, volume: number): number {
  const level = Math.min(Math.max(Number.isFinite(volume) ? volume : 0, 0), 1) * PEAK;
  if (level <= SILENT) return 0;
  const t0 = ctx.currentTime + 0.01;
  for (const tone of CHIME_TONES) {
    const start = t0 + tone.at;
    const end = start + tone.length;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.setValueAtTime(tone.hz, start);
    gain.gain.setValueAtTime(SILENT, start);
    gain.gain.linearRampToValueAtTime(level, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(SILENT, end);
    osc.connect(gain);
    gain.connect(ctx.destination);
    osc.start(start);
    osc.stop(end + 0.02);
  }
  return CHIME_SECONDS;
}
