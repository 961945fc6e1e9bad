/**
 * A fake AudioContext with just what the chime uses: it records every oscillator started (its
 * frequency and start time) and the gain peaks, so tests can tell a chime was scheduled and how
 * loud. `state` starts as given ('suspended' models an autoplay-blocked context).
 */
export interface ScheduledTone {
  readonly hz: number;
  readonly startAt: number;
  readonly peak: number;
}

class FakeParam {
  readonly values: number[] = [];
  setValueAtTime(value: number): void {
    this.values.push(value);
  }
  linearRampToValueAtTime(value: number): void {
    this.values.push(value);
  }
  exponentialRampToValueAtTime(value: number): void {
    this.values.push(value);
  }
}

export class FakeAudioContext {
  readonly destination = { kind: 'destination' };
  readonly tones: ScheduledTone[] = [];
  currentTime = 0;
  resumes = 0;

  constructor(public state: 'running' | 'suspended' = 'running') {}

  async resume(): Promise<void> {
    this.resumes++;
    this.state = 'running';
  }

  createGain(): { gain: FakeParam; connect(d: unknown): void } {
    return { gain: new FakeParam(), connect: () => undefined };
  }

  createOscillator(): {
    type: string;
    frequency: FakeParam;
    connect(d: { gain?: FakeParam }): void;
    start(at: number): void;
    stop(at: number): void;
  } {
    const frequency = new FakeParam();
    let gain: FakeParam | undefined;
    return {
      type: 'sine',
      frequency,
      connect: (d) => {
        gain = d.gain;
      },
      start: (at) => {
        this.tones.push({
          hz: frequency.values[0] ?? 0,
          startAt: at,
          peak: Math.max(0, ...(gain?.values ?? [])),
        });
      },
      stop: () => undefined,
    };
  }
}
