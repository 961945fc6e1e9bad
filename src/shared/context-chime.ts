/**
 * Plays the synthesised chime (src/shared/chime.ts) on one lazily made AudioContext. Shared by the
 * offscreen document (Chromium) and the background event page (Firefox), the two places that
 * have WebAudio.
 */
import type { ChimeContext } from './chime';
import { playChime } from './chime';

/** The part of an AudioContext beyond what the chime schedules on. */
export interface ResumableContext extends ChimeContext {
  readonly state?: string;
  resume?(): Promise<void>;
}

/** Returns a player; each call schedules one chime and returns its length in seconds. */
export function createContextChime(
  makeContext: () => ResumableContext,
): (volume: number) => number {
  let ctx: ResumableContext | null = null;
  return (volume) => {
    ctx ??= makeContext();
    // A context made without a user gesture may start suspended (autoplay policy); extension
    // background pages and AUDIO_PLAYBACK offscreen documents are allowed to resume it.
    // https://developer.mozilla.org/en-US/docs/Web/Media/Guides/Autoplay
    if (ctx.state === 'suspended') ctx.resume?.().catch(() => undefined);
    return playChime(ctx, volume);
  };
}
