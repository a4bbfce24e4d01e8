import { count, eq } from "drizzle-orm";
import type { DB } from "@/db";
import { creditEvents, credits, memberships, people, projects, rosterEntries, teams, users, workEntries, type Project, type Team, type User } from "@/db/schema";
import type { TeamRole } from "@/lib/auth/roles";
import { deriveSortName, nameMatchKey, sortCollationKey } from "@/lib/people/names";
import { resolveRole } from "@/lib/roster/resolve";
import { newId } from "@/lib/tokens";
import type { Degree } from "@/lib/work/degree";
import type { ProjectInput } from "@/lib/validation/project";
import { hashPassword } from "./queries/accounts";

/**
 * Seed helpers: the demo data a fresh install starts with, and the building blocks the
 * browser tests use to make their own data (each test with unique emails).
 */

export const DEMO_LOGIN = { email: "demo@hatrack.film", password: "crawl-at-24fps", name: "Maya Okafor" } as const;

/** Harbor Lights' crew: [credited name, department, role]; several people wear more than one hat. */
export const DEMO_CREW: ReadonlyArray<readonly [string, string, string]> = [
  ["Maya Okafor", "Producers", "Producer"],
  ["Maya Okafor", "Direction", "Director"],
  ["Maya Okafor", "Writers", "Screenplay"],
  ["Maya Okafor", "Editorial", "Editor"],
  ["Daniel Reyes", "Producers", "Executive Producer"],
  ["Priya Raman", "Producers", "Executive Producer"],
  ["Tomás Herrera", "Producers", "Line Producer"],
  ["Tomás Herrera", "Production", "Unit Production Manager"],
  ["Grace Whitfield", "Producers", "Associate Producer"],
  ["Ji-woo Park", "Production", "Production Coordinator"],
  ["Samuel Osei", "Direction", "First Assistant Director"],
  ["Lena Vogel", "Direction", "Second Assistant Director"],
  ["Hannah Brooks", "Direction", "Script Supervisor"],
  ["Nikolai Petrov", "Camera", "Director of Photography"],
  ["Aisha Bello", "Camera", "First Assistant Camera"],
  ["Marco De Luca", "Camera", "Second Assistant Camera"],
  ["Yuki Tanaka", "Camera", "Digital Imaging Technician"],
  ["Chris Dalton", "Grip", "Key Grip"],
  ["Fatima Zahra", "Grip", "Dolly Grip"],
  ["Owen McCarthy", "Electric", "Gaffer"],
  ["Rosa Jiménez", "Electric", "Best Boy Electric"],
  ["Elif Kaya", "Art", "Production Designer"],
  ["Ben Carter", "Art", "Art Director"],
  ["Sofia van der Berg", "Art", "Set Decorator"],
  ["Amara Nwosu", "Costume", "Costume Designer"],
  ["Lucy Chen", "Hair and Makeup", "Key Makeup Artist"],
  ["Lucy Chen", "Hair and Makeup", "Key Hair Stylist"],
  ["Mateo Silva", "Sound", "Production Sound Mixer"],
  ["Kofi Mensah", "Sound", "Boom Operator"],
  ["Isabel Moreau", "Locations", "Location Manager"],
  ["Raj Patel", "Transportation", "Transportation Captain"],
  ["Noor Haddad", "Casting", "Casting Director"],
  ["Olivia Grant", "Post-production", "Post-production Supervisor"],
  ["Ethan Wolfe", "Post-production", "Colorist"],
  ["Zoe Laurent", "Sound Post", "Re-recording Mixer"],
  ["Andrés Castillo", "Music", "Composer"],
];

export const DEMO_PROJECT: ProjectInput = {
  title: "Harbor Lights",
  kind: "feature",
  logline: "A night-shift ferry captain has one winter to keep the last crossing to her island running.",
  stage: "post-production",
  budgetAmount: 600_000,
  currency: "USD",
  targetRuntimeSeconds: 2 * 60,
  frameRate: "23.976",
};

export async function seedUser(db: DB, input: { email: string; password: string; name: string }): Promise<User> {
  const email = input.email.toLowerCase();
  const existing = db.select().from(users).where(eq(users.email, email)).get();
  if (existing) return existing;
  const passwordHash = await hashPassword(input.password);
  return db.insert(users).values({ id: newId(), name: input.name, email, passwordHash }).returning().get();
}

export function seedTeam(db: DB, name: string, members: ReadonlyArray<{ user: User; role: TeamRole }>): Team {
  return db.transaction((tx) => {
    const team = tx.insert(teams).values({ id: newId(), name }).returning().get();
    for (const m of members) {
      tx.insert(memberships).values({ teamId: team.id, userId: m.user.id, role: m.role }).run();
      tx.update(users).set({ currentTeamId: team.id }).where(eq(users.id, m.user.id)).run();
    }
    return team;
  });
}

/** A project with a crew roster; `crew` defaults to the Harbor Lights crew. */
export function seedProject(
  db: DB,
  team: Team,
  input: Partial<ProjectInput> = {},
  crew: ReadonlyArray<readonly [string, string, string]> = DEMO_CREW,
): Project {
  return db.transaction((tx) => {
    const project = tx
      .insert(projects)
      .values({ id: newId(), teamId: team.id, ...DEMO_PROJECT, ...input })
      .returning()
      .get();
    // People already in the team's directory are reused, as the app itself would.
    const personIds = new Map<string, string>(
      tx
        .select({ id: people.id, name: people.creditedName })
        .from(people)
        .where(eq(people.teamId, team.id))
        .all()
        .map((p) => [p.name, p.id]),
    );
    for (const [name, department, role] of crew) {
      let personId = personIds.get(name);
      if (!personId) {
        personId = newId();
        const sortName = deriveSortName(name);
        tx.insert(people).values({ id: personId, teamId: team.id, creditedName: name, sortName, sortKey: sortCollationKey(sortName), nameKey: nameMatchKey(name) }).run();
        personIds.set(name, personId);
      }
      const r = resolveRole({ department, role });
      tx.insert(rosterEntries)
        .values({ id: newId(), projectId: project.id, personId, department: r.department, departmentId: r.departmentId, role: r.role, roleId: r.roleId, sortKey: r.sortKey })
        .run();
    }
    return project;
  });
}

type Deg = Degree;
type Stage = "development" | "pre-production" | "production" | "post-production" | "marketing-distribution";

/**
 * Harbor Lights' work log: [person, responsibility, stage, degree, hours?, amount raised?, note?].
 * Written so the suggestions tell the article's story: Daniel and Priya built the
 * opportunity (Executive Producers), Maya wrote, directed, edited and produced, Tomás ran
 * the production (Line Producer and UPM), Ji-woo coordinated.
 */
export const DEMO_WORK: ReadonlyArray<readonly [string, string, Stage, Deg, number?, number?, string?]> = [
  ["Daniel Reyes", "securing-financing", "development", "lead", 120, 250_000, "Equity from Northshore Capital; signed term sheet in the shared drive."],
  ["Daniel Reyes", "bringing-investors", "development", "lead", 40],
  ["Daniel Reyes", "business-legal-affairs", "pre-production", "lead", 30],
  ["Daniel Reyes", "securing-distribution", "marketing-distribution", "lead", 60, undefined, "North American deal with Tidewater Releasing."],
  ["Priya Raman", "securing-financing", "development", "equal", 80, 150_000, "Regional film fund grant."],
  ["Priya Raman", "packaging-talent", "development", "lead", 50],
  ["Priya Raman", "festival-strategy", "marketing-distribution", "lead", 35],
  ["Maya Okafor", "developing-concept", "development", "lead", 60],
  ["Maya Okafor", "rights-acquisition", "development", "lead", 25, undefined, "Option on the novel signed with the author's estate."],
  ["Maya Okafor", "choosing-writer", "development", "lead", 5],
  ["Maya Okafor", "business-setup", "development", "lead", 15],
  ["Maya Okafor", "industry-relationships", "development", "equal", 20],
  ["Maya Okafor", "securing-financing", "development", "supporting", 30],
  ["Maya Okafor", "major-business-decisions", "pre-production", "lead", 25],
  ["Maya Okafor", "protecting-vision", "production", "lead", 30],
  ["Maya Okafor", "budgeting", "pre-production", "equal", 20],
  ["Maya Okafor", "scheduling", "pre-production", "equal", 15],
  ["Maya Okafor", "locking-locations", "pre-production", "equal", 10],
  ["Maya Okafor", "securing-equipment", "pre-production", "supporting", 5],
  ["Maya Okafor", "liaising-financiers", "post-production", "lead", 20],
  ["Maya Okafor", "festival-strategy", "marketing-distribution", "equal", 15],
  ["Maya Okafor", "securing-distribution", "marketing-distribution", "supporting", 10],
  ["Maya Okafor", "writing", "development", "lead", 400],
  ["Maya Okafor", "choosing-key-team", "pre-production", "lead", 20],
  ["Maya Okafor", "hiring-crew", "pre-production", "equal", 25],
  ["Maya Okafor", "cast-communication", "pre-production", "lead", 30],
  ["Maya Okafor", "cast-communication", "production", "lead", 40],
  ["Maya Okafor", "directing", "production", "lead", 500],
  ["Maya Okafor", "on-set-problem-solving", "production", "lead", 80],
  ["Maya Okafor", "keeping-on-track", "production", "equal", 40],
  ["Maya Okafor", "post-supervision", "post-production", "lead", 60],
  ["Maya Okafor", "editing", "post-production", "lead", 600],
  ["Maya Okafor", "release-planning", "marketing-distribution", "equal", 20],
  ["Tomás Herrera", "budgeting", "pre-production", "lead", 60],
  ["Tomás Herrera", "scheduling", "pre-production", "lead", 50],
  ["Tomás Herrera", "hiring-crew", "pre-production", "lead", 45],
  ["Tomás Herrera", "below-the-line-deals", "pre-production", "lead", 20],
  ["Tomás Herrera", "securing-equipment", "pre-production", "lead", 15],
  ["Tomás Herrera", "locking-locations", "pre-production", "equal", 20],
  ["Tomás Herrera", "daily-reports", "production", "lead", 30],
  ["Tomás Herrera", "insurance", "pre-production", "lead", 10],
  ["Tomás Herrera", "payroll", "production", "lead", 25],
  ["Tomás Herrera", "set-safety", "production", "lead", 20, undefined, "Daily safety briefings on the ferry deck."],
  ["Tomás Herrera", "keeping-on-track", "production", "lead", 60],
  ["Tomás Herrera", "on-set-problem-solving", "production", "equal", 40],
  ["Ji-woo Park", "logistics", "production", "equal", 80],
  ["Ji-woo Park", "department-coordination", "production", "equal", 70],
  ["Isabel Moreau", "locking-locations", "pre-production", "lead", 60],
  ["Isabel Moreau", "permits", "pre-production", "lead", 20],
  ["Grace Whitfield", "casting-outreach", "pre-production", "supporting", 15],
  ["Grace Whitfield", "marketing-publicity", "marketing-distribution", "lead", 40],
  ["Grace Whitfield", "social-media", "marketing-distribution", "lead", 30],
  ["Nikolai Petrov", "cinematography", "production", "lead", 450],
  ["Noor Haddad", "casting", "pre-production", "lead", 120],
  ["Elif Kaya", "production-design", "pre-production", "lead", 200],
  ["Amara Nwosu", "costume-design", "pre-production", "lead", 150],
  ["Andrés Castillo", "music", "post-production", "lead", 240],
  ["Ethan Wolfe", "color-grading", "post-production", "lead", 60],
  ["Olivia Grant", "delivery", "post-production", "lead", 30],
];

/**
 * The demo's second film, in development: the hats Maya wore alone on Harbor Lights are
 * shared — Grace writes and directs, Tomás runs budget and schedule — so the review's
 * "compare two projects" has something to say.
 */
export const TIDEWATER_WORK: typeof DEMO_WORK = [
  ["Maya Okafor", "developing-concept", "development", "equal", 15],
  ["Maya Okafor", "securing-financing", "development", "lead", 30, 20_000, "Short-film fund grant."],
  ["Maya Okafor", "choosing-writer", "development", "lead", 4],
  ["Maya Okafor", "budgeting", "pre-production", "supporting", 5],
  ["Grace Whitfield", "developing-concept", "development", "lead", 25],
  ["Grace Whitfield", "writing", "development", "lead", 120],
  ["Grace Whitfield", "directing", "pre-production", "lead", 30],
  ["Tomás Herrera", "budgeting", "pre-production", "lead", 20],
  ["Tomás Herrera", "scheduling", "pre-production", "lead", 15],
  ["Tomás Herrera", "hiring-crew", "pre-production", "lead", 10],
];

/** Logs `work` on a project for people already on its roster (matched by credited name). */
export function seedWork(db: DB, project: Project, user: User, work: typeof DEMO_WORK): void {
  db.transaction((tx) => {
    const ids = new Map(
      tx
        .select({ id: people.id, name: people.creditedName })
        .from(people)
        .where(eq(people.teamId, project.teamId))
        .all()
        .map((p) => [p.name, p.id]),
    );
    for (const [name, responsibilityId, stage, degree, hours, amount, note] of work) {
      const personId = ids.get(name);
      if (!personId) throw new Error(`Seed: ${name} is not in the team.`);
      tx.insert(workEntries)
        .values({ id: newId(), projectId: project.id, personId, responsibilityId, stage, degree, effortHours: hours ?? null, amountRaised: amount ?? null, note: note ?? "", createdBy: user.id, updatedBy: user.id })
        .run();
    }
  });
}

/** The demo a fresh install starts with: Maya's team and its feature Harbor Lights, plus a short. */
export async function seedDemo(db: DB): Promise<{ user: User; team: Team; project: Project }> {
  const user = await seedUser(db, DEMO_LOGIN);
  const team = seedTeam(db, "Lighthouse Pictures", [{ user, role: "owner" }]);
  const project = seedProject(db, team);
  seedWork(db, project, user, DEMO_WORK);
  // Daniel's title was agreed in the financing contract before any work was logged.
  const daniel = db.select({ id: people.id }).from(people).where(eq(people.creditedName, "Daniel Reyes")).get();
  if (daniel) {
    const at = new Date();
    const creditId = newId();
    db.insert(credits).values({ id: creditId, projectId: project.id, personId: daniel.id, suggestedTitle: null, title: "Executive Producer", status: "manual", locked: true, decidedBy: user.id, decidedAt: at }).run();
    db.insert(creditEvents).values([
      { id: newId(), creditId, action: "added", title: "Executive Producer", reason: "Financing agreement with Northshore Capital, clause 9", userId: user.id, at },
      { id: newId(), creditId, action: "locked", title: "Executive Producer", reason: "Contractual", userId: user.id, at },
    ]).run();
  }
  const tidewater = seedProject(
    db,
    team,
    {
      title: "Tidewater",
      kind: "short",
      logline: "Two sisters salvage their late father's boat before the spring tide takes it.",
      stage: "development",
      budgetAmount: 45_000,
      targetRuntimeSeconds: 90,
      frameRate: "24",
    },
    [
      ["Maya Okafor", "Producers", "Producer"],
      ["Grace Whitfield", "Direction", "Director"],
      ["Grace Whitfield", "Writers", "Writer"],
      ["Tomás Herrera", "Producers", "Line Producer"],
    ],
  );
  seedWork(db, tidewater, user, TIDEWATER_WORK);
  return { user, team, project };
}

/** True when the database has no users yet (a fresh install). */
export function isEmpty(db: DB): boolean {
  return (db.select({ n: count() }).from(users).get()?.n ?? 0) === 0;
}
