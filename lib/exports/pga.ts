import { isCreditTitleId, matchTitle } from "@/lib/credits/titles";
import { visibleBlocks } from "@/lib/end-credits/render";
import { displayName, hasNames, type CreditBlock, type CreditList } from "@/lib/end-credits/types";
import { PROJECT_KIND_LABELS, PROJECT_STAGE_LABELS, type ProjectKind } from "@/lib/projects/catalog";
import type { Degree } from "@/lib/work/degree";
import { STAGE_WEIGHTS, WORK_STAGES, WORK_STAGE_LABELS, type WorkStage } from "@/lib/work/taxonomy";

/**
 * What a Producers Guild "Notice of Producing Credits" packet says, assembled from the
 * project: its details, every "Produced by" credit in contractual billing order (the order of
 * the names on the credit list's Produced by card, the order the contracts bill them), the
 * basis for each from the work log (the stages and functions the producer performed, lead /
 * equal / supporting, hours, dates and the evidence notes), the principal crew, the full crew
 * list and the on-screen credits; and for each producer a one-page summary of their logged
 * work by stage — the facts an eligibility form asks for. Pure: the data layer hands in
 * plain rows (db/queries/pga.ts), lib/pdf/pga-packet.ts draws it.
 */
export type PgaWorkEntry = {
  personId: string;
  responsibility: string;
  stage: WorkStage;
  degree: Degree;
  effortHours: number | null;
  startDate: string | null;
  endDate: string | null;
  note: string;
};

export type PgaSource = {
  project: { title: string; kind: ProjectKind; stage: string; logline: string; budgetAmount: number | null; currency: string; frameRate: string; targetRuntimeSeconds: number | null };
  company: string;
  /** The list the notice is made from, and its name ("Working list" or the version's). */
  list: CreditList | null;
  listName: string;
  /** Decided credits (not rejected), in the order they were decided: the fallback billing order. */
  heldCredits: { personId: string; name: string; title: string; locked: boolean; guilds: readonly string[] }[];
  work: PgaWorkEntry[];
  roster: { personId: string; name: string; department: string; role: string }[];
  preparedBy: string;
  preparedAt: Date;
};

export type PgaFunction = { responsibility: string; degree: string; hours: number | null; dates: string | null; notes: string[] };
export type PgaStage = { stage: WorkStage; label: string; functions: PgaFunction[]; entries: number; hours: number; dates: string | null };

export type PgaProducer = {
  order: number;
  personId: string;
  name: string;
  /** The credit as billed ("Produced by"). */
  credit: string;
  contractual: boolean;
  guilds: readonly string[];
  stages: PgaStage[];
  totals: { entries: number; hours: number; stagesWorked: number; stageWeight: number; leadFunctions: number; firstDate: string | null; lastDate: string | null };
};

export type PgaPacket = {
  title: string;
  facts: { label: string; value: string }[];
  producers: PgaProducer[];
  principalCrew: { role: string; names: string[] }[];
  crew: { department: string; roles: { role: string; names: string[] }[] }[];
  list: CreditList | null;
  listName: string;
};

const DEGREE_WORDS = { lead: "lead", equal: "equal share", supporting: "supporting" } as const;

/** The titles a block credits (a generated main title's ids, else its heading's). */
function titlesOf(block: CreditBlock): string[] {
  if (block.id.startsWith("main:") && !block.id.startsWith("main:custom:")) return block.id.slice(5).split("+").filter(isCreditTitleId);
  const id = matchTitle(block.baseHeading);
  return id ? [id] : [];
}

/** "2026-01-10 – 2026-02-01", "from 2026-01-10", or null. */
function dateRange(start: string | null, end: string | null): string | null {
  if (start && end && end !== start) return `${start} – ${end}`;
  if (start) return end === start ? start : `from ${start}`;
  return null;
}

function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${amount.toLocaleString("en-US")} ${currency}`;
  }
}

/** Producers in billing order: the list's Produced by names in their order, else the decided credits'. */
function billedProducers(source: PgaSource): { personId: string; name: string; credit: string }[] {
  const out: { personId: string; name: string; credit: string }[] = [];
  const seen = new Set<string>();
  if (source.list) {
    for (const block of visibleBlocks(source.list)) {
      if (!hasNames(block) || !titlesOf(block).includes("produced-by")) continue;
      for (const line of block.lines) {
        if (!line.personId || seen.has(line.personId)) continue;
        seen.add(line.personId);
        out.push({ personId: line.personId, name: displayName(line), credit: block.heading || "Produced by" });
      }
    }
  }
  if (out.length === 0) {
    for (const c of source.heldCredits) {
      if (matchTitle(c.title) !== "produced-by" || seen.has(c.personId)) continue;
      seen.add(c.personId);
      out.push({ personId: c.personId, name: c.name, credit: "Produced by" });
    }
  }
  return out;
}

export function pgaPacket(source: PgaSource): PgaPacket {
  const { project } = source;
  const producers = billedProducers(source).map((p, i): PgaProducer => {
    const entries = source.work.filter((w) => w.personId === p.personId);
    const stages = WORK_STAGES.map((stage): PgaStage => {
      const inStage = entries.filter((e) => e.stage === stage);
      const byFunction = new Map<string, PgaWorkEntry[]>();
      for (const e of inStage) byFunction.set(e.responsibility, [...(byFunction.get(e.responsibility) ?? []), e]);
      const functions = [...byFunction].map(([responsibility, es]): PgaFunction => {
        const degree = es.some((e) => e.degree === "lead") ? "lead" : es.some((e) => e.degree === "equal") ? "equal" : "supporting";
        const hours = es.some((e) => e.effortHours !== null) ? es.reduce((h, e) => h + (e.effortHours ?? 0), 0) : null;
        const starts = es.map((e) => e.startDate).filter((d): d is string => Boolean(d)).sort();
        const ends = es.map((e) => e.endDate ?? e.startDate).filter((d): d is string => Boolean(d)).sort();
        return { responsibility, degree: DEGREE_WORDS[degree], hours, dates: dateRange(starts[0] ?? null, ends.at(-1) ?? null), notes: es.map((e) => e.note.trim()).filter(Boolean) };
      });
      const days = inStage.flatMap((e) => [e.startDate, e.endDate]).filter((d): d is string => Boolean(d)).sort();
      return { stage, label: WORK_STAGE_LABELS[stage], functions, entries: inStage.length, hours: inStage.reduce((h, e) => h + (e.effortHours ?? 0), 0), dates: dateRange(days[0] ?? null, days.at(-1) ?? null) };
    });
    const worked = stages.filter((s) => s.entries > 0);
    const dates = entries.flatMap((e) => [e.startDate, e.endDate]).filter((d): d is string => Boolean(d)).sort();
    const held = source.heldCredits.filter((c) => c.personId === p.personId);
    return {
      order: i + 1,
      personId: p.personId,
      name: p.name,
      credit: p.credit,
      contractual: held.some((c) => c.locked && matchTitle(c.title) === "produced-by"),
      guilds: held[0]?.guilds ?? [],
      stages,
      totals: {
        entries: entries.length,
        hours: entries.reduce((h, e) => h + (e.effortHours ?? 0), 0),
        stagesWorked: worked.length,
        stageWeight: worked.reduce((w, s) => w + STAGE_WEIGHTS[s.stage], 0),
        leadFunctions: new Set(entries.filter((e) => e.degree === "lead").map((e) => e.responsibility)).size,
        firstDate: dates[0] ?? null,
        lastDate: dates.at(-1) ?? null,
      },
    };
  });

  // Principal crew: the main titles that are not producers' credits, and the crawl's openers (UPM, ADs).
  const principalCrew: PgaPacket["principalCrew"] = [];
  for (const block of source.list ? visibleBlocks(source.list) : []) {
    if (!hasNames(block) || !(block.section === "main" || block.section === "opening")) continue;
    if (titlesOf(block).some((t) => t.includes("producer") || t === "produced-by")) continue;
    if (block.lines.some((l) => l.character !== undefined)) continue;
    principalCrew.push({ role: block.heading, names: block.lines.map(displayName) });
  }

  // The full crew list, from the roster: departments in their order, roles within them.
  const crew: PgaPacket["crew"] = [];
  for (const entry of source.roster) {
    let dept = crew.find((d) => d.department === entry.department);
    if (!dept) crew.push((dept = { department: entry.department, roles: [] }));
    let role = dept.roles.find((r) => r.role === entry.role);
    if (!role) dept.roles.push((role = { role: entry.role, names: [] }));
    if (!role.names.includes(entry.name)) role.names.push(entry.name);
  }

  const stamp = source.preparedAt.toISOString().slice(0, 10);
  const facts = [
    { label: "Production", value: project.title },
    { label: "Company", value: source.company },
    { label: "Type", value: PROJECT_KIND_LABELS[project.kind] ?? project.kind },
    { label: "Stage", value: PROJECT_STAGE_LABELS[project.stage as keyof typeof PROJECT_STAGE_LABELS] ?? project.stage },
    ...(project.budgetAmount !== null ? [{ label: "Budget", value: money(project.budgetAmount, project.currency) }] : []),
    ...(project.logline.trim() ? [{ label: "Logline", value: project.logline.trim() }] : []),
    { label: "Produced by credits", value: producers.length ? producers.map((p) => p.name).join(", ") : "None decided yet" },
    { label: "Credits from", value: source.listName },
    { label: "Prepared by", value: `${source.preparedBy}, ${stamp}` },
  ];
  return { title: project.title, facts, producers, principalCrew, crew, list: source.list, listName: source.listName };
}

/** "12 h", "1.5 h"; null when no hours were logged. */
export function hoursText(hours: number | null): string | null {
  if (hours === null || hours === 0) return null;
  return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
}

/** "3 entries, 40 h" (the hours when logged). */
export function entriesText(entries: number, hours: number | null): string {
  return [`${entries} ${entries === 1 ? "entry" : "entries"}`, hoursText(hours)].filter(Boolean).join(", ");
}
