/** A fixed-offset time zone in which it is about 12:00 at `now` (see midday-zone.mjs). */
export function middayZone(now?: Date): string;
