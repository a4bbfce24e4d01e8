import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { openDatabase, type DB } from "@/db";
import { memberships, type Project, type Team, type User } from "@/db/schema";
import { DEMO_WORK, seedProject, seedTeam, seedUser, seedWork } from "@/db/seed";
import type { TeamRole } from "@/lib/auth/roles";
import type { ProjectInput } from "@/lib/validation/project";
import { E2E_DATABASE } from "./constants";

/** The server's database (migrated by the server at start); tests add their own data to it. */
let db: DB | null = null;
function getDb(): DB {
  db ??= openDatabase(E2E_DATABASE).db;
  return db;
}

export const PASSWORD = "a-long-enough-secret";

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomBytes(5).toString("hex")}@example.test`;
}

/** A fresh address for each test, so the per-IP sign-in limit of one test never touches another. */
function randomIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

export type Seeded = { user: User; password: string };

export const test = base.extend<{
  seed: {
    user: (name?: string) => Promise<Seeded>;
    team: (members: Array<{ user: User; role: TeamRole }>, name?: string) => Team;
    /** A project with the demo crew, or `crew` as [name, department, role] rows. */
    project: (team: Team, input?: Partial<ProjectInput>, crew?: ReadonlyArray<readonly [string, string, string]>) => Project;
    /** Adds an existing user to an existing team. */
    member: (team: Team, user: User, role: TeamRole) => void;
    /** Logs the demo's work log (DEMO_WORK) on a project that has the demo crew. */
    work: (project: Project, user: User) => void;
    /** A user who owns a team with the demo feature (36 roster entries). */
    ownerWithProject: (projectTitle?: string) => Promise<Seeded & { team: Team; project: Project }>;
  };
}>({
  extraHTTPHeaders: async ({}, use) => {
    await use({ "x-forwarded-for": randomIp() });
  },
  seed: async ({}, use) => {
    const database = getDb();
    await use({
      user: async (name = "Test Person") => ({ user: await seedUser(database, { email: uniqueEmail(), password: PASSWORD, name }), password: PASSWORD }),
      team: (members, name = `Team ${randomBytes(3).toString("hex")}`) => seedTeam(database, name, members),
      project: (team, input = {}, crew) => seedProject(database, team, input, crew),
      work: (project, user) => seedWork(database, project, user, DEMO_WORK),
      member: (team, user, role) => {
        database.insert(memberships).values({ teamId: team.id, userId: user.id, role }).run();
      },
      ownerWithProject: async (projectTitle = `Harbor Lights ${randomBytes(3).toString("hex")}`) => {
        const user = await seedUser(database, { email: uniqueEmail("owner"), password: PASSWORD, name: "Olivia Owner" });
        const team = seedTeam(database, `Lighthouse ${randomBytes(3).toString("hex")}`, [{ user, role: "owner" }]);
        const project = seedProject(database, team, { title: projectTitle });
        return { user, password: PASSWORD, team, project };
      },
    });
  },
});

export { expect };

/** Signs in over HTTP (the credentials endpoint), so the page's context carries the session cookie. */
export async function signInOverHttp(request: APIRequestContext, email: string, password = PASSWORD): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/projects" },
    maxRedirects: 0,
  });
  const location = res.headers()["location"] ?? "";
  if (res.status() !== 302 || location.includes("error")) throw new Error(`Sign-in failed for ${email}: ${res.status()} ${location}`);
}

/** Signs in through the form, as a person would. */
export async function signInWithForm(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
