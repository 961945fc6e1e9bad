/** The offscreen document's message listener: plays the chime, ignores everything else. */
import { isChimeMessage } from '../shared/chime-message';
import type { ResumableContext } from '../shared/context-chime';
import { createContextChime } from '../shared/context-chime';

export interface ChimeReply {
  readonly ok: true;
  /** Length of the chime scheduled, 0 when the volume was 0. */
  readonly seconds: number;
}

export type ChimeListener = (
  message: unknown,
  sender: unknown,
  sendResponse: (reply: ChimeReply) => void,
) => undefined;

export function createChimeListener(makeContext: () => ResumableContext): ChimeListener {
  const play = createContextChime(makeContext);
  return (message, _sender, sendResponse) => {
    // Not ours (e.g. a popup command on its way to the background): stay silent so the
    // background's answer is the one the sender gets.
    if (!isChimeMessage(message)) return undefined;
    // Answer at once, so the background's sendMessage resolves instead of waiting for a port
    // that closes without a reply.
    sendResponse({ ok: true, seconds: play(message.volume) });
    return undefined;
  };
}
