import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addLogo, getLogo } from "@/db/queries/credit-assets";
import { generateCreditList, getCreditList } from "@/db/queries/credit-list";
import type { Project, Team, User } from "@/db/schema";
import { seedProject } from "@/db/seed";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/errors";
import { as, roleScenario, rowCount, type TestDb } from "@/tests/helpers/db";
import { thrownBy } from "@/tests/helpers/errors";
import { CLEAN_SVG, makePng, utf8 } from "@/tests/lib/uploads/fixtures";

let t: TestDb;
let owner: User, editor: User, viewer: User, outsider: User;
let team: Team, otherTeam: Team;

beforeAll(async () => ({ t, owner, editor, viewer, outsider, team, otherTeam } = await roleScenario()));
afterAll(() => t.close());

/** A project of `inTeam` whose working list was built once (revision 1). */
function projectWithList(inTeam: Team = team, by: User = editor): Project {
  const project = seedProject(t.db, inTeam, {}, [["Ana Lima", "Camera", "Director of Photography"]]);
  expect(generateCreditList(t.db, as(by), project.id, null).revision).toBe(1);
  return project;
}

const assets = (p: Project) => rowCount(t.sqlite, "credit_assets", "project_id = ?", p.id);
const working = (p: Project) => getCreditList(t.db, as(owner), p.id).working!;

describe("addLogo", () => {
  it("stores a PNG as uploaded and adds a logo block at the end of the list, in one revision", () => {
    const p = projectWithList();
    const png = makePng(120, 40);
    const { assetId, revision } = addLogo(t.db, as(editor), p.id, { bytes: png, fileName: "lighthouse.png", alt: "  Lighthouse   Pictures ", expectedRevision: 1 });
    expect(revision).toBe(2);
    const { list } = working(p);
    expect(list.blocks.at(-1)).toMatchObject({ kind: "logo", section: "logos", origin: "manual", assetId, alt: "Lighthouse Pictures", width: 120, height: 40 });
    const logo = getLogo(t.db, as(viewer), p.id, assetId);
    expect(logo.mime).toBe("image/png");
    expect(new Uint8Array(logo.data)).toEqual(png);
  });

  it("stores the sanitized SVG, not the upload", () => {
    const p = projectWithList();
    const dirty = CLEAN_SVG.replace("<title>", '<script>alert(1)</script><title onclick="alert(2)">');
    const { assetId } = addLogo(t.db, as(owner), p.id, { bytes: utf8(dirty), fileName: "logo.svg", alt: "Lighthouse Pictures", expectedRevision: 1 });
    const logo = getLogo(t.db, as(viewer), p.id, assetId);
    expect(logo.mime).toBe("image/svg+xml");
    const stored = logo.data.toString("utf8");
    expect(stored).not.toMatch(/script|alert|onclick|DOCTYPE/);
    expect(stored).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox="0 0 240 80"/);
    expect(working(p).list.blocks.at(-1)).toMatchObject({ kind: "logo", assetId, width: 240, height: 80 });
  });

  it("refuses a Viewer (Forbidden) and stores nothing", () => {
    const p = projectWithList();
    const error = thrownBy(() => addLogo(t.db, as(viewer), p.id, { bytes: makePng(), fileName: "logo.png", alt: "Logo", expectedRevision: 1 }));
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(assets(p)).toBe(0);
    expect(working(p).revision).toBe(1);
  });

  it("is NotFound for someone outside the team, with nothing stored", () => {
    const p = projectWithList();
    expect(thrownBy(() => addLogo(t.db, as(outsider), p.id, { bytes: makePng(), fileName: "logo.png", alt: "Logo", expectedRevision: 1 }))).toBeInstanceOf(NotFoundError);
    expect(assets(p)).toBe(0);
  });

  it("refuses an oversized file and stores nothing", () => {
    const p = projectWithList();
    const error = thrownBy(() => addLogo(t.db, as(editor), p.id, { bytes: new Uint8Array(3 * 1024 * 1024), fileName: "poster.png", alt: "Poster", expectedRevision: 1 }));
    expect(error).toBeInstanceOf(InvalidError);
    expect((error as InvalidError).message).toMatch(/“poster\.png” is 3 MB; a logo can be at most 2 MB/);
    expect((error as InvalidError).fieldErrors.file).toHaveLength(1);
    expect(assets(p)).toBe(0);
    expect(working(p).revision).toBe(1);
  });

  it("refuses a file that isn't an image, and a missing description, storing nothing", () => {
    const p = projectWithList();
    expect(thrownBy(() => addLogo(t.db, as(editor), p.id, { bytes: utf8("hello"), fileName: "notes.png", alt: "Logo", expectedRevision: 1 }))).toBeInstanceOf(InvalidError);
    const noAlt = thrownBy(() => addLogo(t.db, as(editor), p.id, { bytes: makePng(), fileName: "logo.png", alt: "   ", expectedRevision: 1 }));
    expect(noAlt).toBeInstanceOf(InvalidError);
    expect((noAlt as InvalidError).fieldErrors.alt?.[0]).toMatch(/Describe the logo/);
    expect(assets(p)).toBe(0);
    expect(working(p).revision).toBe(1);
  });

  it("refuses a stale revision (Conflict) and leaves neither the asset nor the block", () => {
    const p = projectWithList();
    addLogo(t.db, as(editor), p.id, { bytes: makePng(), fileName: "first.png", alt: "First", expectedRevision: 1 });
    const before = working(p);
    expect(before.revision).toBe(2);
    const error = thrownBy(() => addLogo(t.db, as(owner), p.id, { bytes: makePng(8, 8), fileName: "second.png", alt: "Second", expectedRevision: 1 }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(assets(p)).toBe(1);
    const after = working(p);
    expect(after.revision).toBe(2);
    expect(after.list).toEqual(before.list);
    expect(after.list.blocks.filter((b) => b.kind === "logo")).toHaveLength(1);
  });

  it("needs a built list, and stores nothing without one", () => {
    const p = seedProject(t.db, team, {}, []);
    const error = thrownBy(() => addLogo(t.db, as(editor), p.id, { bytes: makePng(), fileName: "logo.png", alt: "Logo", expectedRevision: 0 }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toBe("Build the credit list first.");
    expect(assets(p)).toBe(0);
  });
});

describe("getLogo", () => {
  it("is NotFound for another project's asset, even one the caller may see, and for an outsider", () => {
    const mine = projectWithList();
    const alsoMine = projectWithList();
    const theirs = projectWithList(otherTeam, outsider);
    const { assetId: myAsset } = addLogo(t.db, as(editor), mine.id, { bytes: makePng(), fileName: "a.png", alt: "A", expectedRevision: 1 });
    const { assetId: theirAsset } = addLogo(t.db, as(outsider), theirs.id, { bytes: makePng(), fileName: "b.png", alt: "B", expectedRevision: 1 });

    expect(thrownBy(() => getLogo(t.db, as(owner), mine.id, theirAsset))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => getLogo(t.db, as(owner), alsoMine.id, myAsset))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => getLogo(t.db, as(outsider), mine.id, myAsset))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => getLogo(t.db, as(owner), theirs.id, theirAsset))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => getLogo(t.db, as(viewer), mine.id, "no-such-asset"))).toBeInstanceOf(NotFoundError);
    expect(getLogo(t.db, as(outsider), theirs.id, theirAsset).mime).toBe("image/png");
  });
});
