import { CATALOG_SLUG, slugify } from "@/lib/text/fold";

/**
 * Stable ids and keys. Slugs are the catalogue's (`slugify(text, CATALOG_SLUG)`: letters of every script are
 * kept, so "黒澤 明" stays readable); text with no letter or digit at all gets a short hash,
 * so an id is never empty and the same text always gives the same id.
 */

/** FNV-1a over UTF-16 code units, as 8 hex digits. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** The catalogue slug of the text, or `x<hash>` when the text has no letter or digit. */
export function slugOrHash(text: string): string {
  return slugify(text, CATALOG_SLUG) || `x${shortHash(text)}`;
}

/**
 * A line key not yet in `used` (and adds it): the person id, or `name:<slug>` without a
 * person; a repeat in the same block gets `#2`, `#3`…
 */
export function uniqueLineKey(personId: string | null, name: string, used: Set<string>): string {
  const base = personId ?? `name:${slugOrHash(name)}`;
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base}#${n}`;
  used.add(key);
  return key;
}
