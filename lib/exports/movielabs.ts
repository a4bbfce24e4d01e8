import { isCreditTitleId, matchTitle, type CreditTitleId } from "@/lib/credits/titles";
import { visibleBlocks } from "@/lib/end-credits/render";
import { displayName, hasNames, type CreditBlock, type CreditList, type CreditSection } from "@/lib/end-credits/types";
import type { ProjectKind } from "@/lib/projects/catalog";

/**
 * The cast and crew as MovieLabs Common Metadata ("md" namespace, version 2.9): a
 * `md:BasicMetadata` whose `md:People` list every person once, in billing order, each with a
 * `md:Job` per credit — JobFunction, JobDisplay (the heading as on screen), BillingBlockOrder,
 * Character for the cast — and `md:Name/md:DisplayName` (the name as credited). Elements come
 * in the order Common Metadata's schema sets (BasicMetadata: LocalizedInfo, WorkType, People;
 * Job: JobFunction, JobDisplay, BillingBlockOrder, Character; Name: DisplayName), so the
 * document validates against the published schema; `movielabs-md-people.xsd` beside this file
 * is the subset Hatrack writes, written for Hatrack's tests.
 *
 * - BillingBlockOrder counts per job function in list order: Actor 1, 2, 3… in the cast's
 *   billing, Producer 1, 2… in the producers' contractual order.
 * - Merged credits ("Written, Directed and Edited by") give one Job per title.
 * - Only people's credits: music, thanks, legal text and logos are not jobs.
 */
export const MD_NAMESPACE = "http://www.movielabs.com/schema/md/v2.9/md";

const PEOPLE_SECTIONS: ReadonlySet<CreditSection> = new Set(["main", "opening", "cast", "crew", "post"]);

/** Common Metadata job functions for Hatrack's titles (the spec's examples: Director, Producer, Writer, Actor…). */
const JOB_FUNCTIONS: Partial<Record<CreditTitleId, string>> = {
  "directed-by": "Director",
  "written-by": "Writer",
  "screenplay-by": "Writer",
  "story-by": "Writer",
  "produced-by": "Producer",
  "executive-producer": "Executive Producer",
  "co-executive-producer": "Co-Executive Producer",
  "co-producer": "Co-Producer",
  "line-producer": "Line Producer",
  "associate-producer": "Associate Producer",
  "edited-by": "Editor",
  "music-by": "Composer",
  "casting-by": "Casting Director",
  "director-of-photography": "Director of Photography",
  "production-designer": "Production Designer",
  "costume-designer": "Costume Designer",
};

const WORK_TYPES: Readonly<Record<ProjectKind, string>> = {
  feature: "Movie",
  short: "Short",
  documentary: "Movie",
  series: "Series",
  episode: "Episode",
  "music-video": "Music Video",
  commercial: "Ad",
  other: "Movie",
};

export type MdJob = { jobFunction: string; jobDisplay: string; billingBlockOrder: number; character: string | null };
export type MdPerson = { key: string; displayName: string; jobs: MdJob[] };

/** The titles a block credits: the ids of a generated main title ("main:written-by+directed-by"), else its heading's. */
function blockTitles(block: CreditBlock): (CreditTitleId | null)[] {
  if (block.id.startsWith("main:") && !block.id.startsWith("main:custom:")) return block.id.slice(5).split("+").map((t) => (isCreditTitleId(t) ? t : null));
  return [matchTitle(block.baseHeading)];
}

/** Every person credited, in order of first billing, with their jobs. */
export function mdPeople(list: CreditList): MdPerson[] {
  const people = new Map<string, MdPerson>();
  const counters = new Map<string, number>();
  for (const block of visibleBlocks(list)) {
    if (!PEOPLE_SECTIONS.has(block.section) || !hasNames(block)) continue;
    const cast = block.lines.some((l) => l.character !== undefined);
    const titles = cast ? [null] : blockTitles(block);
    const functions = cast ? ["Actor"] : titles.map((t) => (t && JOB_FUNCTIONS[t]) || block.baseHeading.trim() || block.heading.trim() || "Crew");
    for (const line of block.lines) {
      const name = displayName(line).trim();
      if (!name) continue;
      const key = line.personId ?? `name:${name}`;
      let person = people.get(key);
      if (!person) people.set(key, (person = { key, displayName: name, jobs: [] }));
      for (const jobFunction of functions) {
        const order = (counters.get(jobFunction) ?? 0) + 1;
        counters.set(jobFunction, order);
        person.jobs.push({ jobFunction, jobDisplay: block.heading.trim() || jobFunction, billingBlockOrder: order, character: cast ? (line.character ?? "").trim() || null : null });
      }
    }
  }
  return [...people.values()];
}

/** Text for XML content or a quoted attribute; characters XML 1.0 forbids are dropped. */
function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The ContentID Hatrack gives a project: a Common Metadata ID in Hatrack's own "org" scheme. */
export function contentId(projectId: string): string {
  return `md:cid:org:hatrack.film:${projectId.replace(/[^A-Za-z0-9._-]/g, "-")}`;
}

export function toMovieLabsXml(list: CreditList, project: { id: string; title: string; kind: ProjectKind; logline?: string | null; language?: string }): string {
  const lang = project.language ?? "en";
  const title = project.title.trim() || "Untitled";
  const summary = (project.logline ?? "").trim() || title;
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<md:BasicMetadata xmlns:md="${MD_NAMESPACE}" ContentID="${xml(contentId(project.id))}">`,
    `  <md:LocalizedInfo language="${xml(lang)}" default="true">`,
    `    <md:TitleDisplayUnlimited>${xml(title)}</md:TitleDisplayUnlimited>`,
    `    <md:TitleSort>${xml(title)}</md:TitleSort>`,
    `    <md:Summary190>${xml(Array.from(summary).slice(0, 190).join(""))}</md:Summary190>`,
    `  </md:LocalizedInfo>`,
    `  <md:WorkType>${WORK_TYPES[project.kind] ?? "Movie"}</md:WorkType>`,
  ];
  for (const person of mdPeople(list)) {
    out.push(`  <md:People>`);
    for (const job of person.jobs) {
      out.push(`    <md:Job>`, `      <md:JobFunction>${xml(job.jobFunction)}</md:JobFunction>`, `      <md:JobDisplay language="${xml(lang)}">${xml(job.jobDisplay)}</md:JobDisplay>`, `      <md:BillingBlockOrder>${job.billingBlockOrder}</md:BillingBlockOrder>`);
      if (job.character) out.push(`      <md:Character>${xml(job.character)}</md:Character>`);
      out.push(`    </md:Job>`);
    }
    out.push(`    <md:Name>`, `      <md:DisplayName>${xml(person.displayName)}</md:DisplayName>`, `    </md:Name>`, `  </md:People>`);
  }
  out.push(`</md:BasicMetadata>`, ``);
  return out.join("\n");
}
