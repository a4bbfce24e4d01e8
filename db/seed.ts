import { count, eq } from "drizzle-orm";
import type { DB } from "@/db";
import { memberships, people, projects, rosterEntries, teams, users, type Project, type Team, type User } from "@/db/schema";
import type { TeamRole } from "@/lib/auth/roles";
import { deriveSortName, nameMatchKey, sortCollationKey } from "@/lib/people/names";
import { resolveRole } from "@/lib/roster/resolve";
import { newId } from "@/lib/tokens";
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
  targetRuntimeSeconds: 4 * 60 + 30,
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

/** The demo a fresh install starts with: Maya's team and its feature Harbor Lights, plus a short. */
export async function seedDemo(db: DB): Promise<{ user: User; team: Team; project: Project }> {
  const user = await seedUser(db, DEMO_LOGIN);
  const team = seedTeam(db, "Lighthouse Pictures", [{ user, role: "owner" }]);
  const project = seedProject(db, team);
  seedProject(
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
    ],
  );
  return { user, team, project };
}

/** True when the database has no users yet (a fresh install). */
export function isEmpty(db: DB): boolean {
  return (db.select({ n: count() }).from(users).get()?.n ?? 0) === 0;
}
