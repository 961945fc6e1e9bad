/** The guide's topics, in reading order. Other views link here with `guideUrl(topic)`. */
export const GUIDE_TOPICS = ['rest', 'inflammation', 'ice', 'heat', 'movement', 'help'] as const;

export type GuideTopic = (typeof GUIDE_TOPICS)[number];

export function isGuideTopic(value: string): value is GuideTopic {
  return (GUIDE_TOPICS as readonly string[]).includes(value);
}

/** Relative URL of a topic page; the popup resolves it with `runtime.getURL`. */
export function guideUrl(topic: GuideTopic): string {
  return `guide.html#${topic}`;
}

/** The topic named by a location hash ("#ice" → "ice"); null means the index. */
export function topicFromHash(hash: string): GuideTopic | null {
  const id = hash.replace(/^#/, '');
  return isGuideTopic(id) ? id : null;
}
