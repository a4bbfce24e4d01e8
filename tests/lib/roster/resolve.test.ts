import { describe, expect, it } from "vitest";
import { DEPARTMENTS, getDepartment, getRole, ROLES, rolesInDepartment, type CatalogRole } from "@/lib/roster/catalog";
import { moveToDepartment, resolveRole, sortKeyFor, type ResolvedRole } from "@/lib/roster/resolve";

const dept = (id: string) => getDepartment(id)!;
const role = (id: string) => getRole(id)!;
/** The key a free-text role gets in a catalogue department. */
const freeIn = (id: string) => sortKeyFor(dept(id), null);
/** The key of the last catalogue role of a department. */
const lastRoleOf = (id: string) => {
  const roles = rolesInDepartment(id);
  return sortKeyFor(dept(id), roles[roles.length - 1]);
};
const LAST_DEPARTMENT = DEPARTMENTS[DEPARTMENTS.length - 1]!;

describe("resolveRole", () => {
  it("maps DP to Camera / Director of Photography with catalogue ids", () => {
    expect(resolveRole({ role: "DP" })).toEqual<ResolvedRole>({
      departmentId: "camera",
      department: "Camera",
      roleId: "camera.director-of-photography",
      role: "Director of Photography",
      sortKey: sortKeyFor(dept("camera"), role("camera.director-of-photography")),
      canonical: true,
    });
  });

  it("accepts synonyms in any case and spacing", () => {
    for (const typed of ["dp", "DoP", "  cinematographer ", "Director  of  Photography"]) {
      expect(resolveRole({ role: typed }), typed).toMatchObject({ roleId: "camera.director-of-photography", role: "Director of Photography", canonical: true });
    }
  });

  it("keeps a catalogue role in the catalogue department typed with it ('Drone Op' stays in Camera)", () => {
    expect(resolveRole({ department: "Camera", role: "Drone Op" })).toEqual<ResolvedRole>({
      departmentId: "camera",
      department: "Camera",
      roleId: "aerial.drone-pilot",
      role: "Drone Pilot",
      sortKey: sortKeyFor(dept("camera"), role("aerial.drone-pilot")),
      canonical: true,
    });
    expect(resolveRole({ department: "Editorial", role: "Colorist" })).toMatchObject({ departmentId: "editorial", department: "Editorial", roleId: "post-production.colorist" });
    expect(resolveRole({ department: "Grip", role: "DP" })).toMatchObject({ departmentId: "grip", department: "Grip", roleId: "camera.director-of-photography" });
  });

  it("files a catalogue role under its own department when the typed one is unknown or misspelled", () => {
    expect(resolveRole({ department: "Puppetry", role: "Gaffer" })).toMatchObject({ departmentId: "electric", department: "Electric", roleId: "electric.gaffer" });
    expect(resolveRole({ department: "Camra", role: "DP" })).toMatchObject({ departmentId: "camera", department: "Camera" });
    expect(resolveRole({ role: "Drone Op" })).toMatchObject({ departmentId: "aerial", department: "Aerial", roleId: "aerial.drone-pilot" });
  });

  it("sorts a role filed under another department after that department's own roles, before its free text", () => {
    const droneInCamera = resolveRole({ department: "Camera", role: "Drone Op" }).sortKey;
    expect(droneInCamera).toBeGreaterThan(lastRoleOf("camera"));
    expect(droneInCamera).toBeLessThan(freeIn("camera"));
    // Other departments' roles keep the catalogue's order among themselves: the Director (first in the catalogue) before the drone pilot.
    expect(resolveRole({ department: "Camera", role: "Director" }).sortKey).toBeLessThan(droneInCamera);
    expect(resolveRole({ department: "Camera", role: "Gaffer" }).sortKey).toBeGreaterThan(droneInCamera);
  });

  it("gives a canonical role its own department when none is typed", () => {
    for (const department of [undefined, null, "", "   "]) {
      expect(resolveRole({ department, role: "Key Grip" }), String(department)).toMatchObject({ departmentId: "grip", department: "Grip", roleId: "grip.key-grip" });
    }
  });

  it("uses the typed department to resolve a term several departments share", () => {
    expect(resolveRole({ department: "Grip", role: "Best Boy" })).toMatchObject({ roleId: "grip.best-boy-grip", role: "Best Boy Grip", department: "Grip" });
    expect(resolveRole({ department: "Electric", role: "Best Boy" })).toMatchObject({ roleId: "electric.best-boy-electric", role: "Best Boy Electric" });
    // Without a department that holds it, the shared term stays free text.
    expect(resolveRole({ role: "Best Boy" })).toMatchObject({ roleId: null, role: "Best Boy", department: "Other", canonical: false });
  });

  it("keeps a free-text role in a known department: department id kept, roleId null", () => {
    expect(resolveRole({ department: "Camera", role: "Drone Whisperer" })).toEqual<ResolvedRole>({
      departmentId: "camera",
      department: "Camera",
      roleId: null,
      role: "Drone Whisperer",
      sortKey: freeIn("camera"),
      canonical: false,
    });
  });

  it("recognizes a department typed as a synonym or with 'department' and files it under the catalogue name", () => {
    expect(resolveRole({ department: "the camera department", role: "Focus Wizard" })).toMatchObject({ departmentId: "camera", department: "Camera", roleId: null });
    expect(resolveRole({ department: "Wardrobe", role: "Hat Consultant" })).toMatchObject({ departmentId: "costume", department: "Costume" });
  });

  it("normalizes the wording of a free-text role (trim, single spaces, NFC) but keeps its case", () => {
    const r = resolveRole({ department: "Camera", role: "  drone   WHISPERER\t" });
    expect(r.role).toBe("drone WHISPERER");
    const nfc = resolveRole({ department: "Camera", role: "Cafe\u0301 Runner" });
    expect(nfc.role).toBe("Caf\u00e9 Runner");
  });

  it("sorts a free-text role after every canonical role of its department and before the next department", () => {
    const r = resolveRole({ department: "Camera", role: "Drone Whisperer" });
    for (const canonical of rolesInDepartment("camera")) {
      expect(r.sortKey).toBeGreaterThan(sortKeyFor(dept("camera"), canonical));
    }
    const next = DEPARTMENTS[dept("camera").order]!; // order is 1-based: this is the department after Camera
    expect(r.sortKey).toBeLessThan(sortKeyFor(next, rolesInDepartment(next.id)[0]));
  });

  it("keeps an unknown department under its typed name (normalized) without an id", () => {
    expect(resolveRole({ department: "  Puppetry   Unit ", role: "Puppeteer" })).toEqual<ResolvedRole>({
      departmentId: null,
      department: "Puppetry Unit",
      roleId: null,
      role: "Puppeteer",
      sortKey: sortKeyFor(null, null),
      canonical: false,
    });
  });

  it("sorts an unknown department after every catalogue department, even its free-text roles", () => {
    const r = resolveRole({ department: "Aardvarks", role: "Handler" });
    expect(r.sortKey).toBeGreaterThan(freeIn(LAST_DEPARTMENT.id));
    expect(r.sortKey).toBeGreaterThan(Math.max(...ROLES.map((x) => sortKeyFor(getDepartment(x.departmentId), x))));
  });

  it("files an unknown role without a department under 'Other'", () => {
    for (const department of [undefined, null, "", "  "]) {
      expect(resolveRole({ department, role: "Wizard" }), String(department)).toEqual<ResolvedRole>({
        departmentId: null,
        department: "Other",
        roleId: null,
        role: "Wizard",
        sortKey: sortKeyFor(null, null),
        canonical: false,
      });
    }
  });

  it("resolves every catalogue role by its own name to itself", () => {
    for (const r of ROLES) {
      const resolved = resolveRole({ role: r.name, department: getDepartment(r.departmentId)!.name });
      expect(resolved.roleId, r.name).toBe(r.id);
      expect(resolved.departmentId).toBe(r.departmentId);
    }
  });
});

describe("sortKeyFor", () => {
  it("is strictly increasing over the catalogue in order, with each department's free-text slot after its roles", () => {
    const keys: Array<[string, number]> = [];
    for (const d of DEPARTMENTS) {
      for (const r of rolesInDepartment(d.id)) keys.push([r.id, sortKeyFor(d, r)]);
      keys.push([`${d.id} (free text)`, sortKeyFor(d, null)]);
    }
    keys.push(["unknown department", sortKeyFor(null, null)]);
    for (let i = 1; i < keys.length; i++) {
      expect(keys[i]![1], `${keys[i - 1]![0]} < ${keys[i]![0]}`).toBeGreaterThan(keys[i - 1]![1]);
    }
  });

  it("gives every catalogue role a distinct key", () => {
    const keys = ROLES.map((r) => sortKeyFor(getDepartment(r.departmentId), r));
    expect(new Set(keys).size).toBe(ROLES.length);
  });

  it("treats undefined like null", () => {
    expect(sortKeyFor(undefined, undefined)).toBe(sortKeyFor(null, null));
    expect(sortKeyFor(dept("grip"), undefined)).toBe(freeIn("grip"));
  });

  it("keeps a role with a huge order inside its department, before the free-text slot", () => {
    const huge: CatalogRole = { ...rolesInDepartment("camera")[0]!, order: 50_000 };
    const key = sortKeyFor(dept("camera"), huge);
    expect(key).toBeGreaterThan(lastRoleOf("camera"));
    expect(key).toBeLessThan(freeIn("camera"));
    expect(key).toBeLessThan(sortKeyFor(DEPARTMENTS[dept("camera").order]!, rolesInDepartment(DEPARTMENTS[dept("camera").order]!.id)[0]));
  });

  it("puts Direction before Camera before Grip", () => {
    const direction = sortKeyFor(dept("direction"), role("direction.director"));
    const camera = sortKeyFor(dept("camera"), role("camera.director-of-photography"));
    const grip = sortKeyFor(dept("grip"), role("grip.key-grip"));
    expect(direction).toBeLessThan(camera);
    expect(camera).toBeLessThan(grip);
    // A department's last free-text role still comes before the next department's head.
    expect(freeIn("camera")).toBeLessThan(grip);
  });
});

describe("moveToDepartment", () => {
  it("keeps a canonical role canonical in a department that has it", () => {
    expect(moveToDepartment({ role: "Director of Photography" }, "camera dept")).toEqual<ResolvedRole>({
      departmentId: "camera",
      department: "Camera",
      roleId: "camera.director-of-photography",
      role: "Director of Photography",
      sortKey: sortKeyFor(dept("camera"), role("camera.director-of-photography")),
      canonical: true,
    });
  });

  it("keeps a canonical role moved to another catalogue department, filed there after its own roles", () => {
    expect(moveToDepartment({ role: "Director of Photography" }, "Grip")).toEqual<ResolvedRole>({
      departmentId: "grip",
      department: "Grip",
      roleId: "camera.director-of-photography",
      role: "Director of Photography",
      sortKey: sortKeyFor(dept("grip"), role("camera.director-of-photography")),
      canonical: true,
    });
    expect(moveToDepartment({ role: "Best Boy Grip" }, "Electric")).toMatchObject({ departmentId: "electric", roleId: "grip.best-boy-grip", role: "Best Boy Grip", canonical: true });
  });

  it("keeps a catalogue role canonical, filed in the catalogue department asked for", () => {
    expect(moveToDepartment({ role: "Gaffer" }, "Camera")).toMatchObject({ departmentId: "camera", department: "Camera", roleId: "electric.gaffer", role: "Gaffer", canonical: true });
  });

  it("moves to an unknown department under its typed name, and to 'Other' when the department is blank", () => {
    expect(moveToDepartment({ role: "Gaffer" }, "  Puppetry ")).toMatchObject({ departmentId: null, department: "Puppetry", roleId: null, role: "Gaffer", sortKey: sortKeyFor(null, null) });
    expect(moveToDepartment({ role: "Gaffer" }, "")).toMatchObject({ departmentId: null, department: "Other", roleId: null, role: "Gaffer" });
  });

  it("keeps a free-text role's wording (normalized) in a known department", () => {
    expect(moveToDepartment({ role: " Drone   Whisperer" }, "Grip")).toMatchObject({ departmentId: "grip", role: "Drone Whisperer", roleId: null, sortKey: freeIn("grip") });
  });

  it("makes a free-text role canonical when the new department has it", () => {
    // "Gaffer" filed as free text under Puppetry, moved to Electric.
    expect(moveToDepartment({ role: "Gaffer" }, "Electric")).toMatchObject({ departmentId: "electric", roleId: "electric.gaffer", role: "Gaffer", canonical: true });
    // A shared term resolves to the new department's role.
    expect(moveToDepartment({ role: "Best Boy" }, "Electric")).toMatchObject({ roleId: "electric.best-boy-electric", canonical: true });
  });

  it("gives back what resolveRole gave when moved to the department resolveRole chose (undo relies on it)", () => {
    const inputs = [
      { department: "Grip", role: "DP" },
      { department: "Camera", role: "Drone Whisperer" },
      { department: "Puppetry", role: "Puppeteer" },
      { department: "", role: "Wizard" },
      { department: "Grip", role: "Best Boy" },
      { department: "Puppetry", role: "Best Boy" },
      { department: "Editorial", role: "Colorist" },
      { department: "Camera", role: "Drone Op" },
      ...ROLES.map((r) => ({ department: getDepartment(r.departmentId)!.name, role: r.name })),
    ];
    for (const input of inputs) {
      const resolved = resolveRole(input);
      expect(moveToDepartment({ role: resolved.role }, resolved.department), JSON.stringify(input)).toEqual(resolved);
    }
  });
});
