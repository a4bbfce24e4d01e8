/**
 * Degree: how much of a responsibility a person carried on a work entry. The one definition;
 * every other file imports it from here (see the README's glossary).
 */

/** Strongest first: an index into this list is how the engine and the review rank degrees. */
export const DEGREES = ["lead", "equal", "supporting"] as const;

export type Degree = (typeof DEGREES)[number];

export const DEGREE_LABELS: Record<Degree, string> = {
  lead: "Lead",
  equal: "Equal",
  supporting: "Supporting",
};

export function isDegree(value: unknown): value is Degree {
  return typeof value === "string" && (DEGREES as readonly string[]).includes(value);
}
