import { SegmentedNav } from "@/components/ui/segmented-nav";

/** The work log's views: the list of entries and the fast-entry matrix. */
export function WorkNav({ projectId, current }: { projectId: string; current: "entries" | "matrix" | "person" }) {
  const base = `/projects/${projectId}/work`;
  return (
    <SegmentedNav
      label="Work log views"
      items={[
        { href: base, label: "Entries", current: current === "entries" },
        { href: `${base}/matrix`, label: "Matrix", current: current === "matrix" },
      ]}
    />
  );
}
