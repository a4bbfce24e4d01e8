import { and, eq } from "drizzle-orm";
import { openDatabase } from "@/db";
import { addManualCredit, decideCredit } from "@/db/queries/credits";
import { editCreditList, generateCreditList, saveVersion } from "@/db/queries/credit-list";
import { createNameCheck } from "@/db/queries/name-checks";
import { addToRoster } from "@/db/queries/roster";
import { createInvite, emailInvite } from "@/db/queries/teams";
import { people } from "@/db/schema";
import { seedWork, TIDEWATER_WORK } from "@/db/seed";
import { moveBlock, renameHeading } from "@/lib/end-credits/edit";
import { personSchema } from "@/lib/validation/people";
import { E2E_DATABASE } from "./constants";
import type { test } from "./fixtures";

type Seed = Parameters<Parameters<typeof test>[2]>[0]["seed"];

/**
 * A team with every kind of page filled in — the demo feature with its work log, decided
 * credits, a built list with two versions and a late roster change, a short, an empty
 * project, a name check and an invitation in the outbox — and the address of every page, for
 * tests that visit them all (overflow) and the screenshots.
 */
export async function seedSite(seed: Seed) {
  const owner = await seed.ownerWithProject("Harbor Lights");
  seed.work(owner.project, owner.user);
  const actor = { userId: owner.user.id };
  const tidewater = seed.project(owner.team, {
    title: "Tidewater",
    kind: "short",
    stage: "development",
    logline: "Two sisters salvage their late father's boat before the spring tide takes it.",
  });
  const db = openDatabase(E2E_DATABASE).db;
  const personId = (name: string) => db.select({ id: people.id }).from(people).where(and(eq(people.teamId, owner.team.id), eq(people.creditedName, name))).get()!.id;
  const maya = personId("Maya Okafor");
  seedWork(db, tidewater, owner.user, TIDEWATER_WORK);
  const empty = seed.project(owner.team, { title: "Nothing Logged Yet" }, []);
  addManualCredit(db, actor, owner.project.id, { personId: personId("Ji-woo Park"), title: "Associate Producer", reason: "", locked: false });
  const { token } = createNameCheck(db, actor, owner.project.id, maya);
  for (const titleId of ["directed-by", "written-by", "edited-by", "produced-by"]) {
    decideCredit(db, actor, owner.project.id, { action: "accept", personId: maya, titleId, reason: "" });
  }
  const built = generateCreditList(db, actor, owner.project.id, null);
  // Two versions that differ, so the compare page has something to show.
  const v1 = saveVersion(db, actor, owner.project.id, "Rough cut");
  const first = built.list.blocks[0]!;
  editCreditList(db, actor, owner.project.id, built.revision, (list) => moveBlock(renameHeading(list, first.id, "A Film by"), first.id, 2));
  const v2 = saveVersion(db, actor, owner.project.id, "Picture lock");
  // A colorist joins after the list was built: the list and the preview say it is out of date.
  addToRoster(db, actor, owner.project.id, { person: personSchema.parse({ creditedName: "Cyd Colour" }), department: "Post-production", role: "Colorist" });
  // The outbox has a message (held: the browser tests run without SMTP).
  emailInvite(db, actor, owner.team.id, { role: "viewer", email: "financier@example.test" });
  const invite = createInvite(db, actor, owner.team.id, "editor");
  const p = `/projects/${owner.project.id}`;
  const pages: Array<[string, string]> = [
    ["signin", "/signin"],
    ["signup", "/signup"],
    ["projects", "/projects"],
    ["project-new", "/projects/new"],
    ["project-overview", p],
    ["project-settings", `${p}/settings`],
    ["roster", `${p}/roster`],
    ["roster-table", `${p}/roster?view=table`],
    ["roster-import", `${p}/roster/import`],
    ["name-checks", `${p}/roster/name-checks`],
    ["work", `${p}/work`],
    ["work-matrix", `${p}/work/matrix?stage=pre-production`],
    ["work-person", `${p}/work/people/${maya}`],
    ["credits", `${p}/credits`],
    ["credits-all", `${p}/credits?view=all`],
    ["credits-how", `${p}/credits/how`],
    ["credit-list", `${p}/credits/list`],
    ["credit-preview", `${p}/credits/list/preview`],
    ["credit-compare", `${p}/credits/list/compare?a=${v1.id}&b=${v2.id}`],
    ["credit-version", `${p}/credits/list/versions/${v2.id}`],
    ["review", `${p}/review`],
    ["review-filtered", `${p}/review?lane=opportunity&lane=execution&sort=effort`],
    ["review-person", `${p}/review/people/${maya}`],
    ["review-coverage", `${p}/review/coverage`],
    ["review-truth", `${p}/review/truth`],
    ["review-compare", `${p}/review/compare?with=${tidewater.id}`],
    ["review-person-second", `/projects/${tidewater.id}/review/people/${maya}`],
    ["review-empty", `/projects/${empty.id}/review`],
    ["tidewater-overview", `/projects/${tidewater.id}`],
    ["people", "/people"],
    ["person", `/people/${maya}`],
    ["check", `/check/${token}`],
    ["invite", `/invite/${invite.token}`],
    ["team", "/team"],
    ["team-outbox", "/team/outbox"],
    ["team-new", "/teams/new"],
    ["account", "/account"],
    ["not-found", "/projects/does-not-exist"],
  ];
  return { owner, maya, tidewater, empty, pages };
}
