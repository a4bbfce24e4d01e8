import { RESPONSIBILITIES, type WorkStage } from "@/lib/work/taxonomy";
import type { Degree, EngineInput, WorkEntryInput } from "@/lib/credits/engine";

let seq = 0;
/** A work entry with a fresh id. */
export function entry(
  personId: string,
  responsibilityId: string,
  stage: WorkStage,
  degree: Degree = "lead",
  extra: Partial<WorkEntryInput> = {},
): WorkEntryInput {
  seq += 1;
  return { id: `e${String(seq).padStart(5, "0")}`, personId, responsibilityId, stage, degree, ...extra };
}

export function project(entries: WorkEntryInput[], extra: Partial<EngineInput> = {}): EngineInput {
  const ids = [...new Set(entries.map((e) => e.personId))];
  return {
    budget: { amount: null, currency: "USD" },
    people: ids.map((id) => ({ id, name: id.toUpperCase() })),
    responsibilities: RESPONSIBILITIES,
    entries,
    ...extra,
  };
}

/** A deterministic shuffle (LCG), so a failure reproduces. */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed + 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
