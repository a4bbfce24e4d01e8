/**
 * Kept so existing imports work: the sort-name rules now live in `lib/people/names.ts`
 * (particles, suffixes, family-name-first and CJK/Hangul names).
 */
export { deriveSortName } from "./names";
