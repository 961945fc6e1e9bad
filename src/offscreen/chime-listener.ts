/** The offscreen document's message listener: plays the chime, ignores everything else. */
import { isChimeMessage } from '../shared/chime-message';
import type { ResumableContext } from '../shared/context-chime';
import { createContextChime } from '../shared/context-chime';

export interface ChimeReply {
  readonly ok: true;
  /** Length of the chime scheduled, 0 when the volume was 0. */
  readonly seconds: number;
}

/** A runtime.onMessage listener: a reply is a returned promise (the polyfill's contract). */
export type ChimeListener = (message: unknown) => Promise<ChimeReply> | undefined;

export function createChimeListener(makeContext: () => ResumableContext): ChimeListener {
  const play = createContextChime(makeContext);
  return (message) => {
    // Not ours (e.g. a popup command on its way to the background): no promise, so the
    // background's answer is the one the sender gets.
    if (!isChimeMessage(message)) return undefined;
    // Answer at once, so the background's sendMessage resolves as soon as the chime is scheduled.
    return Promise.resolve({ ok: true, seconds: play(message.volume) });
  };
}
