import { getDepartment } from "@/lib/roster/catalog";

// Which section a crew department bills in. Kept apart from sections.ts, which the list
// editor runs in the browser, so the role catalogue stays out of the browser bundle.

/** The first catalogue department of the post-production section; the ones after it follow it there. */
const FIRST_POST_DEPARTMENT = getDepartment("post-production")!;

/**
 * The section of a crew department: "post" for post-production and the catalogue departments
 * after it (editorial, visual effects, animation, sound post, music, then archival, research,
 * publicity, marketing, distribution, executive and legal, as the crawl bills them), "crew"
 * for the others, free-text departments included.
 */
export function departmentSection(departmentId: string): "crew" | "post" {
  const department = getDepartment(departmentId);
  return department && department.order >= FIRST_POST_DEPARTMENT.order ? "post" : "crew";
}

/** The department of a generated crew block ("crew:<department>:<role>"), else null. */
export function blockDepartment(id: string): string | null {
  return /^crew:([^:]+):/.exec(id)?.[1] ?? null;
}
