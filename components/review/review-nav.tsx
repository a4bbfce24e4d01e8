import { SegmentedNav } from "@/components/ui/segmented-nav";

export type ReviewView = "matrix" | "coverage" | "truth" | "compare" | "person";

/** The multi-hat review's views: hats matrix, coverage, credit truth check, comparison. */
export function ReviewNav({ projectId, current }: { projectId: string; current: ReviewView }) {
  const base = `/projects/${projectId}/review`;
  return (
    <SegmentedNav
      label="Review views"
      items={[
        { href: base, label: "Hats matrix", current: current === "matrix" },
        { href: `${base}/coverage`, label: "Coverage", current: current === "coverage" },
        { href: `${base}/truth`, label: "Truth check", current: current === "truth" },
        { href: `${base}/compare`, label: "Compare", current: current === "compare" },
      ]}
    />
  );
}
