/** The offscreen document's listener (src/offscreen): plays chime messages, ignores the rest. */
import { describe, expect, it } from 'vitest';
import { createChimeListener } from '../../src/offscreen/chime-listener';
import { chimeMessage, isChimeMessage } from '../../src/shared/chime-message';
import { FakeAudioContext } from '../fakes/audio';

function setup(state: 'running' | 'suspended' = 'running') {
  const made: FakeAudioContext[] = [];
  const listener = createChimeListener(() => {
    const ctx = new FakeAudioContext(state);
    made.push(ctx);
    return ctx;
  });
  const replies: unknown[] = [];
  // A reply is a returned promise (the polyfill's contract); no promise leaves the message alone.
  const send = async (message: unknown): Promise<'answered' | 'silent'> => {
    const reply = listener(message);
    if (reply === undefined) return 'silent';
    replies.push(await reply);
    return 'answered';
  };
  return { made, replies, send };
}

describe('offscreen chime listener', () => {
  it('plays each chime message on one context and answers at once', async () => {
    const { made, replies, send } = setup();
    expect(await send(chimeMessage(0.5))).toBe('answered');
    await send(chimeMessage(1));
    expect(made).toHaveLength(1);
    expect(made[0]?.tones.map((t) => t.hz)).toEqual([659.25, 987.77, 659.25, 987.77]);
    // Louder message, louder peak.
    const peaks = made[0]?.tones.map((t) => t.peak) ?? [];
    expect(peaks[2]).toBeGreaterThan(peaks[0] ?? 1);
    expect(replies).toEqual([
      { ok: true, seconds: expect.any(Number) },
      { ok: true, seconds: expect.any(Number) },
    ]);
  });

  it('leaves commands for the background: no answer, no sound, no context', async () => {
    const { made, replies, send } = setup();
    for (const message of [
      { type: 'getState' },
      { type: 'icecycle-chime', volume: 1 },
      null,
      'x',
    ]) {
      expect(await send(message)).toBe('silent');
    }
    expect(replies).toEqual([]);
    expect(made).toEqual([]);
  });

  it('resumes a suspended context; volume 0 schedules nothing', async () => {
    const { made, replies, send } = setup('suspended');
    await send(chimeMessage(0));
    expect(made[0]?.resumes).toBe(1);
    expect(made[0]?.tones).toEqual([]);
    expect(replies).toEqual([{ ok: true, seconds: 0 }]);
  });

  it('recognises only well-formed chime messages', () => {
    expect(isChimeMessage(chimeMessage(0.3))).toBe(true);
    expect(isChimeMessage({ ...chimeMessage(0.3), volume: '1' })).toBe(false);
    expect(isChimeMessage({ ...chimeMessage(0.3), target: 'popup' })).toBe(false);
  });
});
