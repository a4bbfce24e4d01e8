import type { DB } from "@/db";
import type { CurrentUser } from "@/server/auth/session";

/** What every server action and route handler body gets: the signed-in user and the database. */
export type ActionContext = { user: CurrentUser; db: DB };
