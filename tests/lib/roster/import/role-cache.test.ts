import { describe, expect, it, vi } from "vitest";
import { MAX_SUGGESTED_ROLES, rolePreviewer } from "@/lib/roster/import/role-cache";
import { fakeContext } from "./fake-context";

describe("rolePreviewer", () => {
  it("asks the catalogue once per department and role text", () => {
    const base = fakeContext();
    const ctx = { ...base, suggestRoles: vi.fn(base.suggestRoles), resolveRole: vi.fn(base.resolveRole) };
    const preview = rolePreviewer(ctx);
    for (let i = 0; i < 5; i += 1) preview({ department: "Camera", role: "Direktor of Fotography" });
    preview({ department: "", role: "Direktor of Fotography" });
    expect(ctx.resolveRole).toHaveBeenCalledTimes(2);
    expect(ctx.suggestRoles).toHaveBeenCalledTimes(2);
  });

  it("keeps its cache across calls with the same context object only", () => {
    const base = fakeContext();
    const ctx = { ...base, resolveRole: vi.fn(base.resolveRole) };
    rolePreviewer(ctx)({ department: "", role: "DP" });
    rolePreviewer(ctx)({ department: "", role: "DP" });
    expect(ctx.resolveRole).toHaveBeenCalledTimes(1);
    rolePreviewer({ ...ctx })({ department: "", role: "DP" });
    expect(ctx.resolveRole).toHaveBeenCalledTimes(2);
  });

  it("returns fresh objects that callers may change", () => {
    const preview = rolePreviewer(fakeContext());
    const first = preview({ department: "", role: "Direktor of Fotography" });
    first.warnings.push("extra");
    first.role.suggestions.length = 0;
    const second = preview({ department: "", role: "Direktor of Fotography" });
    expect(second.warnings).toEqual(['Unknown role "Direktor of Fotography" — did you mean "Director of Photography"?']);
    expect(second.role.suggestions).toHaveLength(1);
  });

  it("searches suggestions for the first 500 pairs only: a file of 20,000 different free-text roles stays linear", () => {
    const base = fakeContext();
    const ctx = { ...base, suggestRoles: vi.fn(base.suggestRoles) };
    const preview = rolePreviewer(ctx);
    for (let i = 0; i < 2_000; i += 1) preview({ department: "", role: `Grip assistant ${i}` });
    expect(ctx.suggestRoles).toHaveBeenCalledTimes(MAX_SUGGESTED_ROLES);
    expect(preview({ department: "", role: "Direktor of Fotography" }).warnings).toEqual(['Unknown role "Direktor of Fotography" — kept as typed.']);
  });
});
