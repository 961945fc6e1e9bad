/**
 * Seeded generators of malformed values for the fuzz run (fuzz.deep.ts): junk of every JSON
 * type, and valid stored values with one part broken (a field removed, retyped, out of range,
 * dated in 1999 or 2100, or given a prototype-polluting key). Same seed, same values.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** mulberry32: small, fast and good enough to pick test values reproducibly. */
export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  return { next, int, pick: <T>(list: readonly T[]): T => list[int(list.length)] as T };
}

export interface Random {
  next(): number;
  int(max: number): number;
  pick<T>(list: readonly T[]): T;
}

const DAY = 86_400_000;
const STRINGS = [
  '',
  'garbage',
  '💥'.repeat(40),
  'x'.repeat(5_000),
  '<img src=x onerror=alert(1)>',
  '=cmd|"/c calc"!A1',
  '__proto__',
  'toString',
  'constructor',
  'running',
  'ice',
  '2026-01-05T09:00:00Z',
  '\u0000\u202e',
];
const NUMBERS = [0, -1, 1, 0.5, -0.0001, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, -1e308, 21, 999];

/** A junk value of any JSON type, nested up to `depth`. */
export function junk(r: Random, depth = 2): Json {
  switch (r.int(depth > 0 ? 7 : 5)) {
    case 0:
      return null;
    case 1:
      return r.next() < 0.5;
    case 2:
      return r.pick(NUMBERS);
    case 3:
      return r.pick(STRINGS);
    case 4:
      return instant(r, Date.now());
    case 5:
      return Array.from({ length: r.int(4) }, () => junk(r, depth - 1));
    default: {
      const out: { [key: string]: Json } = {};
      for (let i = r.int(4); i > 0; i--)
        out[r.pick([...STRINGS, 'type', 'id'])] = junk(r, depth - 1);
      return out;
    }
  }
}

/** An instant that is wrong in a way clocks and storage really go wrong. */
export function instant(r: Random, now: number): number {
  return r.pick([
    Date.UTC(1999, 11, 31, 23),
    Date.UTC(1970, 0, 1),
    Date.UTC(2100, 0, 1),
    Date.UTC(2300, 0, 1),
    now + DAY,
    now - DAY,
    now + 30 * DAY,
    now + 60_000,
    now - 3_600_000,
    -1,
    0,
  ]);
}

/** Every path to a leaf of `value` (objects and arrays), as key lists. */
function leaves(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  const inner = keys.flatMap((k) =>
    leaves((value as Record<string, Json>)[k] as Json, [...path, k]),
  );
  return path.length === 0 ? inner : [path, ...inner];
}

/** `valid` with one to three parts broken: removed, junk, a wrong instant, or an extra key. */
export function mutate(r: Random, valid: Json, now: number): Json {
  const copy = structuredClone(valid);
  if (copy === null || typeof copy !== 'object') return junk(r);
  for (let n = 1 + r.int(3); n > 0; n--) {
    const paths = leaves(copy);
    const path = r.pick(paths);
    if (path === undefined || path.length === 0) continue;
    const parent = path
      .slice(0, -1)
      .reduce<Json>((v, k) => (v as Record<string, Json>)[k] as Json, copy);
    if (parent === null || typeof parent !== 'object') continue;
    const key = path[path.length - 1] as string;
    const target = parent as Record<string, Json>;
    switch (r.int(5)) {
      case 0:
        delete target[key];
        break;
      case 1:
        target[key] = junk(r, 1);
        break;
      case 2:
        target[key] = typeof target[key] === 'number' ? instant(r, now) : junk(r, 0);
        break;
      case 3:
        // Own keys named like Object.prototype members (as JSON.parse makes them), never setters.
        if (Array.isArray(target)) break;
        for (const name of ['__proto__', 'constructor']) {
          Object.defineProperty(target, name, {
            value: name === '__proto__' ? { polluted: true } : 1,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        break;
      default:
        if (typeof target[key] === 'number')
          target[key] = (target[key] as number) + r.pick([-DAY, DAY, 1, -1]) * r.int(400);
        else target[key] = junk(r, 1);
    }
  }
  return copy;
}

/** A whole stored session dated `shift` away from the original (a clock fault's record). */
export function shifted(session: Record<string, Json>, shift: number): Record<string, Json> {
  const out: Record<string, Json> = { ...session };
  for (const key of [
    'injuryAt',
    'startedAt',
    'phaseStartedAt',
    'phaseEndsAt',
    'lastSeenAt',
    'dueAt',
  ]) {
    const v = out[key];
    if (typeof v === 'number') out[key] = v + shift;
  }
  return out;
}
