import { describe, expect, it } from 'vitest';
import { CLOCK_JUMP_MAX, clockFault, HOUR } from '../../src/core';

const built = Date.UTC(2026, 0, 1);
const seen = Date.UTC(2026, 0, 5, 9);

describe('clockFault', () => {
  it('calls a clock before the build date a fault, with or without a session', () => {
    expect(clockFault(Date.UTC(1999, 11, 31), null, built)).toBe('beforeBuild');
    expect(clockFault(Date.UTC(1999, 11, 31), seen, built)).toBe('beforeBuild');
    expect(clockFault(Number.NaN, seen, built)).toBe('beforeBuild');
  });

  it('calls a clock set back by days a fault', () => {
    expect(clockFault(seen - CLOCK_JUMP_MAX - 1, seen, built)).toBe('jumpedBack');
  });

  it('trusts a sane clock: an hour back (followed), days forward (a late wake), no session', () => {
    expect(clockFault(seen - HOUR, seen, built)).toBeNull();
    expect(clockFault(seen - CLOCK_JUMP_MAX, seen, built)).toBeNull();
    expect(clockFault(seen + 30 * 24 * HOUR, seen, built)).toBeNull();
    expect(clockFault(built, null, built)).toBeNull();
  });
});
