import type { NameStatus } from "./name-status";

/**
 * One roster entry as the roster page lists it (db/queries/roster.ts listRoster): the entry,
 * its person and their latest name check. Here rather than in db/, so the table component can
 * name it without importing the data layer.
 */
export type RosterRow = {
  id: string;
  personId: string;
  creditedName: string;
  sortName: string;
  pronouns: string | null;
  email: string | null;
  unions: string[];
  department: string;
  departmentId: string | null;
  role: string;
  roleId: string | null;
  sortKey: number;
  /** Cast entries: the character played. */
  character: string | null;
  status: NameStatus;
  /** What an edit of the entry names, so it can't overwrite a change it didn't see. */
  revision: number;
};
