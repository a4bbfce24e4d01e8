import { describe, expect, it } from "vitest";
import type { Finding } from "@/lib/credits/types";
import { applyDismissals, findingsCount, type Dismissal } from "@/lib/decisions/dismissals";

const finding = (id: string, fingerprint: string): Finding => ({ id, kind: "uncovered-functions", severity: "info", message: id, personIds: [], responsibilityIds: [], fingerprint });
const dismissal = (findingId: string, fingerprint: string): Dismissal => ({ findingId, fingerprint, reason: `why ${findingId}`, dismissedBy: "u1", dismissedAt: 1 });

describe("applyDismissals", () => {
  it("holds back a finding while its facts are unchanged and raises it again when they change", () => {
    const view = applyDismissals([finding("a", "00000001"), finding("b", "00000002"), finding("c", "00000003")], [dismissal("a", "00000001"), dismissal("b", "0000000f"), dismissal("gone", "00000009")]);
    expect(view.active.map((f) => f.id)).toEqual(["b", "c"]);
    expect(view.dismissed.map((d) => [d.finding.id, d.dismissal.reason])).toEqual([["a", "why a"]]);
    expect([...view.reraised.keys()]).toEqual(["b"]);
    expect(view.reraised.get("b")?.reason).toBe("why b");
  });

  it("with no dismissals, everything is active", () => {
    const all = [finding("a", "00000001")];
    expect(applyDismissals(all, [])).toEqual({ active: all, dismissed: [], reraised: new Map() });
  });
});

describe("findingsCount", () => {
  it("says 1 finding, 0 findings, 2 findings", () => {
    expect([0, 1, 2].map(findingsCount)).toEqual(["0 findings", "1 finding", "2 findings"]);
  });
});
