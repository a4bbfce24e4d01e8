import { describe, expect, it } from "vitest";
import {
  CATALOG_VERSION,
  DEPARTMENTS,
  ROLES,
  compareRoster,
  findDepartment,
  findRole,
  getDepartment,
  getRole,
  matchKey,
  rolesInDepartment,
  suggestRoles,
  type RosterSortable,
} from "@/lib/roster/catalog";
import { CATALOG_DATA, SHARED_ROLE_TERMS } from "@/lib/roster/catalog-data";
import { CATALOG_SLUG, slugify } from "@/lib/text/fold";

/** The demo crew's [department, role] pairs (db/seed.ts): each must resolve in that department. */
const DEMO_ROLES: ReadonlyArray<readonly [string, string]> = [
  ["Producers", "Producer"],
  ["Producers", "Executive Producer"],
  ["Producers", "Line Producer"],
  ["Producers", "Associate Producer"],
  ["Producers", "Co-Producer"],
  ["Direction", "Director"],
  ["Writers", "Screenplay"],
  ["Writers", "Writer"],
  ["Editorial", "Editor"],
  ["Production", "Unit Production Manager"],
  ["Production", "Production Coordinator"],
  ["Direction", "First Assistant Director"],
  ["Direction", "Second Assistant Director"],
  ["Direction", "Script Supervisor"],
  ["Camera", "Director of Photography"],
  ["Camera", "First Assistant Camera"],
  ["Camera", "Second Assistant Camera"],
  ["Camera", "Digital Imaging Technician"],
  ["Grip", "Key Grip"],
  ["Grip", "Dolly Grip"],
  ["Electric", "Gaffer"],
  ["Electric", "Best Boy Electric"],
  ["Art", "Production Designer"],
  ["Art", "Art Director"],
  ["Art", "Set Decorator"],
  ["Costume", "Costume Designer"],
  ["Hair and Makeup", "Key Makeup Artist"],
  ["Hair and Makeup", "Key Hair Stylist"],
  ["Sound", "Production Sound Mixer"],
  ["Sound", "Boom Operator"],
  ["Locations", "Location Manager"],
  ["Transportation", "Transportation Captain"],
  ["Casting", "Casting Director"],
  ["Post-production", "Post-production Supervisor"],
  ["Post-production", "Colorist"],
  ["Sound Post", "Re-recording Mixer"],
  ["Music", "Composer"],
];

const REQUIRED_DEPARTMENTS = [
  "Producers", "Direction", "Writers", "Cast", "Production", "Locations", "Casting", "Camera", "Grip",
  "Electric", "Sound", "Art", "Set Decoration", "Props", "Construction", "Costume", "Hair and Makeup",
  "Special Effects", "Stunts", "Transportation", "Catering", "Accounting", "Post-production", "Editorial",
  "Visual Effects", "Sound Post", "Music", "Publicity",
];

/** Departments whose head is credited elsewhere or that have no head at all. */
const HEADLESS_DEPARTMENTS = ["cast", "set-decoration"];

const orderOf = (name: string) => {
  const department = DEPARTMENTS.find((d) => d.name === name);
  if (!department) throw new Error(`no department ${name}`);
  return department.order;
};
const role = (text: string, departmentId?: string) => {
  const found = findRole(text, departmentId);
  if (!found) throw new Error(`no role ${text}`);
  return found;
};

describe("CATALOG_VERSION", () => {
  it("is a year.month version", () => {
    expect(CATALOG_VERSION).toMatch(/^\d{4}\.\d{2}$/);
  });
});

describe("DEPARTMENTS", () => {
  it("has at least 40 departments", () => {
    expect(DEPARTMENTS.length).toBeGreaterThanOrEqual(40);
  });

  it("has unique kebab-case ids, unique names and unique orders", () => {
    const ids = DEPARTMENTS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(DEPARTMENTS.map((d) => matchKey(d.name))).size).toBe(DEPARTMENTS.length);
    expect(new Set(DEPARTMENTS.map((d) => d.order)).size).toBe(DEPARTMENTS.length);
  });

  it("is sorted by order", () => {
    const orders = DEPARTMENTS.map((d) => d.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it("includes every department the demo data and the brief name, spelled exactly", () => {
    const names = new Set(DEPARTMENTS.map((d) => d.name));
    for (const name of REQUIRED_DEPARTMENTS) expect(names, name).toContain(name);
  });

  it("follows the end-crawl order of DOMAIN.md §3", () => {
    const crawl = ["Production", "Cast", "Stunts", "Art", "Camera", "Grip", "Electric", "Sound", "Costume", "Hair and Makeup", "Transportation", "Special Effects", "Post-production"];
    const orders = crawl.map(orderOf);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it("opens with the director and puts the post-production departments after every on-set department", () => {
    expect(DEPARTMENTS[0]!.name).toBe("Direction");
    const onSet = ["Camera", "Grip", "Electric", "Sound", "Art", "Props", "Costume", "Hair and Makeup", "Stunts", "Transportation", "Catering", "Special Effects", "Locations"];
    const post = ["Post-production", "Editorial", "Visual Effects", "Sound Post", "Music"];
    const lastOnSet = Math.max(...onSet.map(orderOf));
    for (const name of post) expect(orderOf(name), name).toBeGreaterThan(lastOnSet);
    const postOrders = post.map(orderOf);
    expect(postOrders).toEqual([...postOrders].sort((a, b) => a - b));
  });
});

describe("ROLES", () => {
  it("has at least 300 roles", () => {
    expect(ROLES.length).toBeGreaterThanOrEqual(300);
  });

  it("has unique ids of the form <department id>.<kebab slug>", () => {
    expect(new Set(ROLES.map((r) => r.id)).size).toBe(ROLES.length);
    for (const r of ROLES) expect(r.id).toMatch(new RegExp(`^${r.departmentId}\\.[a-z0-9]+(?:-[a-z0-9]+)*$`));
  });

  it("puts every role in an existing department", () => {
    for (const r of ROLES) expect(getDepartment(r.departmentId), r.id).toBeDefined();
  });

  it("gives every department roles, with unique orders, sorted by department then role order", () => {
    for (const d of DEPARTMENTS) {
      const orders = rolesInDepartment(d.id).map((r) => r.order);
      expect(orders.length, d.id).toBeGreaterThan(0);
      expect(new Set(orders).size, d.id).toBe(orders.length);
    }
    const keys = ROLES.map((r) => getDepartment(r.departmentId)!.order * 1000 + r.order);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });

  it("lists heads first: the first role of each department is a head, and no head follows a non-head", () => {
    for (const d of DEPARTMENTS) {
      const roles = rolesInDepartment(d.id);
      if (HEADLESS_DEPARTMENTS.includes(d.id)) {
        expect(roles.some((r) => r.head), d.id).toBe(false);
        continue;
      }
      expect(roles[0]!.head, d.id).toBe(true);
      const firstNonHead = roles.findIndex((r) => !r.head);
      if (firstNonHead >= 0) expect(roles.slice(firstNonHead).some((r) => r.head), d.id).toBe(false);
    }
  });

  it("marks the usual heads of department", () => {
    for (const name of ["Director", "Producer", "Unit Production Manager", "Director of Photography", "Key Grip", "Gaffer", "Production Designer", "Costume Designer", "Production Sound Mixer", "Editor", "Composer", "Casting Director", "Location Manager", "Stunt Coordinator", "Post-production Supervisor"]) {
      expect(role(name).head, name).toBe(true);
    }
    for (const name of ["First Assistant Camera", "Best Boy Electric", "Boom Operator", "Production Assistant", "Assistant Editor"]) {
      expect(role(name).head, name).toBe(false);
    }
  });

  it("has more than 2 synonyms per role on average and none that repeat a term of the same role", () => {
    const synonymCount = ROLES.reduce((n, r) => n + r.synonyms.length, 0);
    expect(synonymCount).toBeGreaterThan(2 * ROLES.length);
    for (const r of ROLES) {
      const keys = [r.name, ...r.synonyms].map(matchKey);
      expect(new Set(keys).size, r.id).toBe(keys.length);
      for (const key of keys) expect(key, r.id).not.toBe("");
    }
  });

  it("shares a synonym between roles only for the declared generic terms, and then across departments", () => {
    const shared = new Set(SHARED_ROLE_TERMS.map(matchKey));
    const owners = new Map<string, string[]>();
    for (const r of ROLES) for (const term of [r.name, ...r.synonyms]) owners.set(matchKey(term), [...(owners.get(matchKey(term)) ?? []), r.id]);
    const duplicated = [...owners].filter(([, ids]) => ids.length > 1);
    expect(duplicated.map(([key]) => key).sort()).toEqual([...shared].sort());
    for (const [key, ids] of duplicated) {
      const departments = ids.map((id) => getRole(id)!.departmentId);
      expect(new Set(departments).size, key).toBe(departments.length);
    }
  });

  it("never uses a shared generic term as a role name", () => {
    const shared = new Set(SHARED_ROLE_TERMS.map(matchKey));
    for (const r of ROLES) expect(shared.has(matchKey(r.name)), r.name).toBe(false);
  });

  it("keeps role names unique across the catalogue", () => {
    expect(new Set(ROLES.map((r) => matchKey(r.name))).size).toBe(ROLES.length);
  });
});

describe("CATALOG_DATA", () => {
  it("gives every department synonym to one department only", () => {
    const owner = new Map<string, string>();
    for (const d of CATALOG_DATA) {
      for (const term of [d.name, ...d.synonyms]) {
        const other = owner.get(matchKey(term));
        expect(other === undefined || other === d.id, `${term} in ${d.id} and ${other}`).toBe(true);
        owner.set(matchKey(term), d.id);
      }
    }
  });
});

describe("getDepartment", () => {
  it("returns a department by id", () => {
    expect(getDepartment("camera")).toMatchObject({ id: "camera", name: "Camera" });
    expect(getDepartment("hair-and-makeup")?.name).toBe("Hair and Makeup");
  });

  it("is undefined for an unknown, empty or differently cased id", () => {
    expect(getDepartment("nope")).toBeUndefined();
    expect(getDepartment("")).toBeUndefined();
    expect(getDepartment("Camera")).toBeUndefined();
  });
});

describe("getRole", () => {
  it("returns a role by id", () => {
    expect(getRole("camera.first-assistant-camera")).toMatchObject({ name: "First Assistant Camera", departmentId: "camera" });
    expect(getRole("editorial.editor")?.name).toBe("Editor");
    expect(getRole("post-production.colorist")?.name).toBe("Colorist");
  });

  it("is undefined for an unknown or partial id", () => {
    expect(getRole("camera.nope")).toBeUndefined();
    expect(getRole("first-assistant-camera")).toBeUndefined();
    expect(getRole("")).toBeUndefined();
  });
});

describe("rolesInDepartment", () => {
  it("lists a department's roles in catalogue order", () => {
    const camera = rolesInDepartment("camera").map((r) => r.name);
    expect(camera[0]).toBe("Director of Photography");
    expect(camera.indexOf("First Assistant Camera")).toBeLessThan(camera.indexOf("Second Assistant Camera"));
    expect(camera.at(-1)).toBe("Camera Trainee");
  });

  it("is empty for an unknown department", () => {
    expect(rolesInDepartment("nope")).toEqual([]);
  });
});

describe("slugify with the catalogue's options", () => {
  it("makes kebab-case slugs", () => {
    expect(slugify("Post-production Supervisor", CATALOG_SLUG)).toBe("post-production-supervisor");
    expect(slugify("Writers' Assistant", CATALOG_SLUG)).toBe("writers-assistant");
    expect(slugify("Cutter/Fitter", CATALOG_SLUG)).toBe("cutter-fitter");
    expect(slugify("  Hair & Makeup  ", CATALOG_SLUG)).toBe("hair-and-makeup");
    expect(slugify("Régisseur", CATALOG_SLUG)).toBe("regisseur");
  });

  it("is empty for punctuation only", () => {
    expect(slugify(" -/- ", CATALOG_SLUG)).toBe("");
  });
});

describe("matchKey", () => {
  it("lower-cases, strips diacritics and collapses whitespace", () => {
    expect(matchKey("  Régisseur   Général ")).toBe("regisseur general");
    expect(matchKey("COLOURIST")).toBe("colourist");
  });

  it("turns & into and, and punctuation into spaces", () => {
    expect(matchKey("Hair & Make-up")).toBe("hair and make up");
    expect(matchKey("Hair/Makeup")).toBe("hair makeup");
    expect(matchKey("G&E")).toBe("g and e");
  });

  it("spells out the ordinals 1st, 2nd and 3rd", () => {
    expect(matchKey("1st AC")).toBe("first ac");
    expect(matchKey("2nd AD")).toBe("second ad");
    expect(matchKey("3rd AD")).toBe("third ad");
    expect(matchKey("2nd 2nd AD")).toBe(matchKey("Second Second AD"));
  });

  it("leaves ordinals inside words and other numbers alone", () => {
    expect(matchKey("1st-unit")).toBe("first unit");
    expect(matchKey("21st")).toBe("21st");
    expect(matchKey("3D Artist")).toBe("3d artist");
  });

  it("drops apostrophes and full stops instead of splitting on them", () => {
    expect(matchKey("Director's Assistant")).toBe("directors assistant");
    expect(matchKey("Writers’ Assistant")).toBe("writers assistant");
    expect(matchKey("1st A.D.")).toBe("first ad");
    expect(matchKey("Asst. Editor")).toBe("asst editor");
  });

  it("folds compatibility characters (NFKD) and treats NFC and NFD alike", () => {
    expect(matchKey("ＤＰ")).toBe("dp");
    expect(matchKey("Cafe\u0301")).toBe(matchKey("Caf\u00e9"));
  });

  it("is empty for blank or punctuation-only text", () => {
    expect(matchKey("")).toBe("");
    expect(matchKey("  -- / ")).toBe("");
  });
});

describe("findRole", () => {
  it("resolves every demo role, in the demo's own department", () => {
    for (const [departmentName, roleName] of DEMO_ROLES) {
      const found = findRole(roleName);
      expect(found?.name, roleName).toBe(roleName);
      expect(getDepartment(found!.departmentId)?.name, roleName).toBe(departmentName);
    }
  });

  it("resolves every role name and synonym back to its own role", () => {
    const shared = new Set(SHARED_ROLE_TERMS.map(matchKey));
    for (const r of ROLES) {
      for (const term of [r.name, ...r.synonyms]) {
        if (shared.has(matchKey(term))) expect(findRole(term, r.departmentId)?.id, term).toBe(r.id);
        else expect(findRole(term)?.id, term).toBe(r.id);
      }
    }
  });

  it("knows the common abbreviations and spellings", () => {
    const cases: Array<[string, string]> = [
      ["1st AC", "First Assistant Camera"],
      ["1ST A.C.", "First Assistant Camera"],
      ["Focus Puller", "First Assistant Camera"],
      ["2nd AC", "Second Assistant Camera"],
      ["DP", "Director of Photography"],
      ["DoP", "Director of Photography"],
      ["Cinematographer", "Director of Photography"],
      ["UPM", "Unit Production Manager"],
      ["1st AD", "First Assistant Director"],
      ["2nd AD", "Second Assistant Director"],
      ["BBE", "Best Boy Electric"],
      ["DIT", "Digital Imaging Technician"],
      ["Scripty", "Script Supervisor"],
      ["Sound Mixer", "Production Sound Mixer"],
      ["Boom Op", "Boom Operator"],
      ["Re-recording Mixer", "Re-recording Mixer"],
      ["rerecording mixer", "Re-recording Mixer"],
      ["Colourist", "Colorist"],
      ["VFX Supervisor", "Visual Effects Supervisor"],
      ["PA", "Production Assistant"],
      ["Production Assistant", "Production Assistant"],
      ["Key Grip", "Key Grip"],
      ["Gaffer", "Gaffer"],
    ];
    for (const [text, name] of cases) expect(findRole(text)?.name, text).toBe(name);
  });

  it("ignores case, accents, spacing and punctuation", () => {
    expect(findRole("  director   OF photography ")?.name).toBe("Director of Photography");
    expect(findRole("Post Production Supervisor")?.name).toBe("Post-production Supervisor");
    expect(findRole("Colóurist")?.name).toBe("Colorist");
  });

  it("needs the department to resolve a generic term shared by several departments", () => {
    expect(findRole("Best Boy")).toBeNull();
    expect(findRole("Best Boy", "grip")?.name).toBe("Best Boy Grip");
    expect(findRole("Best Boy", "electric")?.name).toBe("Best Boy Electric");
    expect(findRole("buyer", "props")?.name).toBe("Props Buyer");
    expect(findRole("Buyer", "costume")?.name).toBe("Costume Buyer");
    expect(findRole("Best Boy", "sound")).toBeNull();
  });

  it("still resolves a unique term when another department is given", () => {
    expect(findRole("Gaffer", "camera")?.id).toBe("electric.gaffer");
    expect(findRole("Editor", "nope")?.id).toBe("editorial.editor");
  });

  it("is null for unknown, partial, empty or blank text", () => {
    expect(findRole("Director of Fotography")).toBeNull();
    expect(findRole("Assistant Camera")).toBeNull();
    expect(findRole("")).toBeNull();
    expect(findRole("   ")).toBeNull();
    expect(findRole("constructor")).toBeNull();
  });
});

describe("findDepartment", () => {
  it("finds every department by its exact name", () => {
    for (const d of DEPARTMENTS) expect(findDepartment(d.name)?.id, d.name).toBe(d.id);
  });

  it("finds every department by each of its synonyms", () => {
    for (const d of CATALOG_DATA) for (const term of d.synonyms) expect(findDepartment(term)?.id, term).toBe(d.id);
  });

  it("knows the usual alternative names", () => {
    const cases: Array<[string, string]> = [
      ["Hair & Make-up", "Hair and Makeup"],
      ["hair and make-up department", "Hair and Makeup"],
      ["HMU", "Hair and Makeup"],
      ["Wardrobe", "Costume"],
      ["VFX", "Visual Effects"],
      ["SFX", "Special Effects"],
      ["Post", "Post-production"],
      ["Post Production", "Post-production"],
      ["Locations Department", "Locations"],
      ["Location", "Locations"],
      ["Dept. of Photography", "Camera"],
      ["Cinematography", "Camera"],
      ["G&E", "Grip"],
      ["Lighting", "Electric"],
      ["Electrical Dept", "Electric"],
      ["The Art Department", "Art"],
      ["Camera Crew", "Camera"],
      ["Producer", "Producers"],
      ["prop", "Props"],
      ["Transport", "Transportation"],
      ["Craft Services", "Craft Service"],
      ["PR", "Publicity"],
    ];
    for (const [text, name] of cases) expect(findDepartment(text)?.name, text).toBe(name);
  });

  it("is null for unknown, empty or bare filler words", () => {
    expect(findDepartment("Gaffers Union Local 728")).toBeNull();
    expect(findDepartment("")).toBeNull();
    expect(findDepartment("department")).toBeNull();
    expect(findDepartment("the")).toBeNull();
  });
});

describe("suggestRoles", () => {
  it("suggests the intended role for a misspelling, best first", () => {
    expect(suggestRoles("Direktor of Fotography")[0]?.name).toBe("Director of Photography");
    expect(suggestRoles("Gafer")[0]?.name).toBe("Gaffer");
    expect(suggestRoles("boom opperator")[0]?.name).toBe("Boom Operator");
    expect(suggestRoles("Colorst")[0]?.name).toBe("Colorist");
    expect(suggestRoles("Line prodcer")[0]?.name).toBe("Line Producer");
  });

  it("uses synonyms and word overlap", () => {
    expect(suggestRoles("Colourst").map((r) => r.name)).toContain("Colorist");
    expect(suggestRoles("asst editor")[0]?.name).toBe("Assistant Editor");
    const camera = suggestRoles("camera");
    expect(camera).toHaveLength(5);
    expect(camera.every((r) => r.departmentId === "camera")).toBe(true);
  });

  it("puts an exact match first", () => {
    expect(suggestRoles("1st AC")[0]?.name).toBe("First Assistant Camera");
  });

  it("returns nothing for gibberish, empty text or short noise", () => {
    expect(suggestRoles("zzzzqqq")).toEqual([]);
    expect(suggestRoles("")).toEqual([]);
    expect(suggestRoles("  !! ")).toEqual([]);
    expect(suggestRoles("qx")).toEqual([]);
  });

  it("respects the limit and returns each role once", () => {
    expect(suggestRoles("producer", 3)).toHaveLength(3);
    expect(suggestRoles("producer", 0)).toEqual([]);
    expect(suggestRoles("Direktor of Fotography").length).toBeLessThanOrEqual(5);
    const ids = suggestRoles("sound", 20).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("compareRoster", () => {
  const entry = (departmentId: string | null, roleName: string, roleId: string | null = null): RosterSortable => ({ departmentId, roleId, roleName });
  const catalogued = (text: string): RosterSortable => {
    const r = role(text);
    return entry(r.departmentId, r.name, r.id);
  };

  it("orders departments in catalogue order", () => {
    expect(compareRoster(catalogued("Gaffer"), catalogued("Key Grip"))).toBeGreaterThan(0);
    expect(compareRoster(catalogued("Unit Production Manager"), catalogued("Director of Photography"))).toBeLessThan(0);
    expect(compareRoster(catalogued("Composer"), catalogued("Boom Operator"))).toBeGreaterThan(0);
  });

  it("orders roles within a department in catalogue order, heads first", () => {
    const sorted = [catalogued("Loader"), catalogued("2nd AC"), catalogued("DP"), catalogued("1st AC")].sort(compareRoster).map((e) => e.roleName);
    expect(sorted).toEqual(["Director of Photography", "First Assistant Camera", "Second Assistant Camera", "Loader"]);
  });

  it("puts free-text roles after the catalogue roles of their department, alphabetically", () => {
    const sorted = [entry("camera", "Zoom Wrangler"), entry("camera", "camera mascot"), catalogued("Camera Trainee"), catalogued("DP"), catalogued("Key Grip")].sort(compareRoster).map((e) => e.roleName);
    expect(sorted).toEqual(["Director of Photography", "Camera Trainee", "camera mascot", "Zoom Wrangler", "Key Grip"]);
  });

  it("treats an unknown role id like free text", () => {
    expect(compareRoster(entry("camera", "Aardvark", "camera.retired-role"), catalogued("Camera Trainee"))).toBeGreaterThan(0);
    expect(compareRoster(entry("camera", "Aardvark", "camera.retired-role"), entry("camera", "Zebra"))).toBeLessThan(0);
  });

  it("puts unknown departments after the catalogue ones, alphabetically, and no department last", () => {
    const sorted = [entry(null, "Friend"), entry("zeppelins", "Pilot"), entry("airships", "Pilot"), catalogued("Composer"), catalogued("Director")].sort(compareRoster).map((e) => e.departmentId);
    expect(sorted).toEqual(["direction", "music", "airships", "zeppelins", null]);
  });

  it("keeps a catalogue role filed in another department in that department", () => {
    const colorist = role("Colorist");
    const inEditorial = entry("editorial", colorist.name, colorist.id);
    expect(compareRoster(inEditorial, catalogued("Editor"))).toBeGreaterThan(0);
    expect(compareRoster(inEditorial, catalogued("Editorial Trainee"))).toBeGreaterThan(0);
    expect(compareRoster(inEditorial, entry("editorial", "Aardvark Wrangler"))).toBeLessThan(0);
    expect(compareRoster(inEditorial, catalogued("VFX Supervisor"))).toBeLessThan(0);
  });

  it("is 0 for the same position and antisymmetric", () => {
    expect(compareRoster(catalogued("Gaffer"), catalogued("Gaffer"))).toBe(0);
    expect(compareRoster(entry(null, "x"), entry(null, "x"))).toBe(0);
    const a = entry("camera", "Alpha");
    const b = entry("camera", "alpha");
    expect(Math.sign(compareRoster(a, b))).toBe(-Math.sign(compareRoster(b, a)));
    expect(compareRoster(a, b)).not.toBe(0);
  });
});

describe("crew shorthand from real crew lists", () => {
  const SHORTHAND: Array<[string, string]> = [
    ["Script Supe", "direction.script-supervisor"],
    ["HMU", "hair-and-makeup.hair-and-makeup-artist"],
    ["HMUA", "hair-and-makeup.hair-and-makeup-artist"],
    ["Drone Op", "aerial.drone-pilot"],
    ["FPV Pilot", "aerial.drone-pilot"],
    ["LX", "electric.electrician"],
    ["Chief LX", "electric.gaffer"],
    ["BB Grip", "grip.best-boy-grip"],
    ["Chippie", "construction.carpenter"],
    ["PSM", "sound.production-sound-mixer"],
    ["Steadi Op", "camera.steadicam-operator"],
    ["Unit Stills", "camera.still-photographer"],
    ["Prod Coord", "production.production-coordinator"],
    ["Unit PM", "production.unit-production-manager"],
    ["Lockup PA", "production.set-production-assistant"],
    ["Music Supe", "music.music-supervisor"],
    ["VFX Supe", "visual-effects.visual-effects-supervisor"],
    ["Dub Mixer", "sound-post.re-recording-mixer"],
    ["Mograph", "animation.motion-graphics-designer"],
    ["BTS", "publicity.epk-camera-operator"],
    ["Genny", "electric.generator-operator"],
    ["Costume Sup", "costume.costume-supervisor"],
  ];

  it("knows the shorthand crews write", () => {
    for (const [typed, id] of SHORTHAND) expect(findRole(typed)?.id, typed).toBe(id);
  });

  it("has more than 1,100 role synonyms (1,005 before the crew-list shorthand)", () => {
    expect(ROLES.reduce((n, r) => n + r.synonyms.length, 0)).toBeGreaterThanOrEqual(1_105);
  });
});
