import type { Degree } from "@/lib/credits/types";

/**
 * Every number the multi-hat review weighs work with, in one place.
 *
 * Lead-weighted work (coverage "who leads", concentration): each work entry counts
 *   LEAD_WEIGHTS[degree] × max(MIN_ENTRY_HOURS, effortHours)
 * so an entry with no hours logged still counts as one hour, and leading counts three
 * times as much as supporting. These weights are the review's own and independent of the
 * credit engine's degree weights (lib/credits/thresholds.ts), which decide titles.
 */
export const LEAD_WEIGHTS: Readonly<Record<Degree, number>> = Object.freeze({ lead: 3, equal: 2, supporting: 1 });

/** Hours an entry counts for at least, in lead-weighted work (an entry without hours is still work). */
export const MIN_ENTRY_HOURS = 1;

/**
 * Concentration warns when the busiest person carries MORE than this share (0–1) of the
 * project's producing work (strictly above: two people splitting the work evenly at 0.5
 * don't warn). Owners may override it; values are clamped into 0–1, non-numbers fall back
 * to this default.
 */
export const DEFAULT_CONCENTRATION_THRESHOLD = 0.5;

/** How many of the busiest people `coverage` lists for the concentration chart. */
export const CONCENTRATION_TOP = 5;
