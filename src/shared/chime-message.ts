/**
 * The one message the offscreen document answers: "play the chime at this volume". Tagged with a
 * target because runtime.sendMessage reaches every extension page, and the views' commands
 * (src/shared/messages.ts) travel the same way.
 */
export const CHIME_MESSAGE = 'icecycle-chime';

export interface ChimeMessage {
  readonly target: 'offscreen';
  readonly type: typeof CHIME_MESSAGE;
  /** 0..1 */
  readonly volume: number;
}

export function chimeMessage(volume: number): ChimeMessage {
  return { target: 'offscreen', type: CHIME_MESSAGE, volume };
}

export function isChimeMessage(value: unknown): value is ChimeMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<ChimeMessage>;
  return m.target === 'offscreen' && m.type === CHIME_MESSAGE && typeof m.volume === 'number';
}
