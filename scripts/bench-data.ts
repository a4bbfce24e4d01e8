/**
 * The bench's large projects, written straight to SQLite with prepared statements in one
 * transaction (seeding stays quick): 5,000 people on the roster, 100,000 work entries, in two
 * shapes of work log.
 * - "multi-hat": everyone logs 20 entries over 20 different functions, stages and degrees
 *   (the engine words a suggestion for nearly everyone: the heaviest credits page there is);
 * - "realistic": a dozen producers carry the opportunity and execution work (300 entries
 *   each), the rest of the crew log their own department's work, mostly as support, a head
 *   of department here and there leading it.
 */
import type Database from "better-sqlite3";
import { deriveSortName, nameMatchKey, sortCollationKey } from "@/lib/people/names";
import { ROLES, getDepartment } from "@/lib/roster/catalog";
import { resolveRole } from "@/lib/roster/resolve";
import { newId } from "@/lib/tokens";
import { RESPONSIBILITIES, WORK_STAGES } from "@/lib/work/taxonomy";

export const FIRST = ["Maya", "Tomás", "Ji-woo", "Amara", "Nikolai", "Fatima", "Owen", "Lucía", "Kofi", "Elif", "Ingrid", "Raj", "Zoë", "Hiroshi", "Noor"];
export const LAST = ["Okafor", "Herrera", "Park", "Nwosu", "Petrov", "Zahra", "McCarthy", "Jiménez", "Mensah", "Kaya", "Sørensen", "Patel", "Laurent", "Tanaka", "Haddad"];

export type WorkShape = "multi-hat" | "realistic";

const DEGREES = ["lead", "equal", "supporting"] as const;
const PRODUCING = RESPONSIBILITIES.filter((r) => r.producing && (r.lane === "opportunity" || r.lane === "execution")).map((r) => r.id);
/** What crew log: their department's craft, and the on-set execution work they support. */
const CREW_WORK = [
  ...RESPONSIBILITIES.filter((r) => !r.producing).map((r) => r.id),
  "logistics",
  "department-coordination",
  "on-set-problem-solving",
  "set-safety",
  "daily-reports",
  "securing-equipment",
];
const PRODUCERS = 12;

/**
 * A project of `people` people on the roster (one entry each, roles spread over the
 * catalogue) and `entries` work entries of the given shape. Returns the person ids.
 */
export function seedWorkProject(sqlite: Database.Database, teamId: string, projectId: string, shape: WorkShape, people = 5_000, entries = 100_000): string[] {
  const insertPerson = sqlite.prepare("insert into people (id, team_id, credited_name, sort_name, sort_key, name_key) values (?, ?, ?, ?, ?, ?)");
  const insertRoster = sqlite.prepare("insert into roster_entries (id, project_id, person_id, department, department_id, role, role_id, sort_key) values (?, ?, ?, ?, ?, ?, ?, ?)");
  const insertWork = sqlite.prepare("insert into work_entries (id, project_id, person_id, responsibility_id, stage, degree, effort_hours, amount_raised) values (?, ?, ?, ?, ?, ?, ?, ?)");
  const crew: string[] = [];
  sqlite.transaction(() => {
    for (let i = 0; i < people; i++) {
      const name = `${FIRST[(i * 7) % FIRST.length]} ${LAST[Math.floor(i / 3) % LAST.length]} ${shape === "realistic" ? "R" : ""}${i}`;
      const sortName = deriveSortName(name);
      const personId = newId();
      crew.push(personId);
      insertPerson.run(personId, teamId, name, sortName, sortCollationKey(sortName), nameMatchKey(name));
      const role = ROLES[i % ROLES.length]!;
      const r = resolveRole({ department: getDepartment(role.departmentId)?.name, role: role.name });
      insertRoster.run(newId(), projectId, personId, r.department, r.departmentId, r.role, r.roleId, r.sortKey);
    }
    if (shape === "multi-hat") {
      // Each person logs 20 entries (i % people is the person, the round k = i / people picks a
      // different responsibility, stage and degree each time), so everyone spreads over several
      // functions and stages and the engine words real suggestions: titles, reasons, findings.
      for (let i = 0; i < entries; i++) {
        const p = i % people;
        const k = Math.floor(i / people);
        insertWork.run(
          newId(),
          projectId,
          crew[p]!,
          RESPONSIBILITIES[(p * 13 + k * 7) % RESPONSIBILITIES.length]!.id,
          WORK_STAGES[(p + k) % WORK_STAGES.length]!,
          DEGREES[(p + k) % 3]!,
          (i % 40) + 1,
          i % 97 === 0 ? 5_000 : null,
        );
      }
      return;
    }
    const producing = PRODUCERS * 300;
    for (let i = 0; i < producing; i++) {
      const p = i % PRODUCERS;
      const k = Math.floor(i / PRODUCERS);
      const responsibility = PRODUCING[(p * 5 + k) % PRODUCING.length]!;
      const money = responsibility === "securing-financing" || responsibility === "bringing-investors" || responsibility === "fundraising";
      insertWork.run(newId(), projectId, crew[p]!, responsibility, WORK_STAGES[k % 4]!, DEGREES[(p + k) % 2]!, (i % 30) + 5, money && k % 10 === 0 ? 25_000 : null);
    }
    for (let i = 0; i < entries - producing; i++) {
      const p = PRODUCERS + (i % (people - PRODUCERS));
      const k = Math.floor(i / (people - PRODUCERS));
      // Two crafts each; one person in 25 leads their first one (a head of department).
      const responsibility = CREW_WORK[(k % 2 === 0 ? p : p * 7 + 3) % CREW_WORK.length]!;
      const degree = p % 25 === 0 && k % 2 === 0 ? "lead" : p % 10 === 0 ? "equal" : "supporting";
      insertWork.run(newId(), projectId, crew[p]!, responsibility, WORK_STAGES[2 + (k % 2)]!, degree, (i % 12) + 1, null);
    }
  })();
  return crew;
}
