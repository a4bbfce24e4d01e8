import { describe, expect, it } from "vitest";
import { previewRole } from "@/lib/roster/import/role-preview";
import { hatrackImportContext } from "@/lib/roster/import/hatrack-context";
import { fakeContext } from "./fake-context";

const ctx = fakeContext();

describe("previewRole", () => {
  it("maps a synonym to the catalogue role and takes its department", () => {
    expect(previewRole({ department: "", role: "DP" }, ctx)).toEqual({
      role: { roleId: "dp", roleName: "Director of Photography", departmentId: "camera", departmentName: "Camera", canonical: true, sortKey: 30_001, suggestions: [] },
      warnings: [],
    });
  });

  it("prefers the typed department for a role several departments have", () => {
    expect(previewRole({ department: "Art Department", role: "Coordinator" }, ctx).role).toMatchObject({ roleId: "art-coordinator", departmentName: "Art" });
    expect(previewRole({ department: "", role: "Coordinator" }, ctx).role).toMatchObject({ roleId: "prod-coordinator", departmentName: "Production" });
  });

  it("warns about an unknown role, offering the closest one and keeping the text", () => {
    const { role, warnings } = previewRole({ department: "Camera", role: "Direktor of Fotography" }, ctx);
    expect(warnings).toEqual(['Unknown role "Direktor of Fotography" — did you mean "Director of Photography"?']);
    expect(role).toMatchObject({ roleId: null, roleName: "Direktor of Fotography", departmentId: "camera", departmentName: "Camera", canonical: false });
    expect(role.suggestions[0]).toMatchObject({ id: "dp", name: "Director of Photography" });
  });

  it("keeps an unknown role without a suggestion as typed", () => {
    const { role, warnings } = previewRole({ department: "", role: "Craft Wizard" }, ctx);
    expect(warnings).toEqual(['Unknown role "Craft Wizard" — kept as typed.']);
    expect(role).toMatchObject({ roleName: "Craft Wizard", departmentId: null, departmentName: "Other", suggestions: [] });
  });

  it("keeps a catalogue role in the department the sheet names, without a warning ('Drone Op' stays in Camera)", () => {
    const real = hatrackImportContext({ people: [], entries: [] });
    const { role, warnings } = previewRole({ department: "Camera", role: "Drone Op" }, real);
    expect(warnings).toEqual([]);
    expect(role).toMatchObject({ roleId: "aerial.drone-pilot", roleName: "Drone Pilot", departmentId: "camera", departmentName: "Camera", canonical: true });
  });

  it("accepts a department synonym without a warning", () => {
    expect(previewRole({ department: "Lighting", role: "Gaffer" }, ctx).warnings).toEqual([]);
  });

  it("warns about an unknown department, saying where the row goes", () => {
    expect(previewRole({ department: "Camra", role: "DP" }, ctx).warnings).toEqual(['Unknown department "Camra" — filed under Camera, the department of Director of Photography.']);
    const free = previewRole({ department: "Catering", role: "Chef" }, ctx);
    expect(free.warnings).toEqual(['Unknown department "Catering" — kept as typed.', 'Unknown role "Chef" — kept as typed.']);
    expect(free.role.departmentName).toBe("Catering");
  });

  it("says nothing about a missing role (that is an error elsewhere)", () => {
    expect(previewRole({ department: "", role: "" }, ctx).warnings).toEqual([]);
  });
});
