import { describe, expect, it } from 'vitest';
import { middayZone } from '../../scripts/lib/midday-zone.mjs';

const hourIn = (zone: string, at: Date): number =>
  Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(
      at,
    ),
  );

describe('middayZone', () => {
  it('names a zone where it is 12:00–12:59 now, for every hour of the UTC day', () => {
    for (let h = 0; h < 24; h++) {
      const at = new Date(Date.UTC(2026, 11, 4, h, 37));
      expect(hourIn(middayZone(at), at), `UTC ${h}:37`).toBe(12);
    }
  });

  it('keeps the default quiet hours (23:00–07:00) at least 10 h away', () => {
    const at = new Date(Date.UTC(2026, 11, 4, 23, 5));
    const hour = hourIn(middayZone(at), at);
    expect(hour).toBeGreaterThanOrEqual(7);
    expect(hour + 10).toBeLessThanOrEqual(23);
  });
});
