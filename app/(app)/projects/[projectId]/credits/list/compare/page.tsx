import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { getDb } from "@/db";
import { getCreditList, getVersion } from "@/db/queries/credit-list";
import { orNotFound } from "@/server/actions/page";
import { requestActor, requireUser } from "@/server/auth/session";
import { diffLists, type CreditList, type DiffEntry, type FieldChange } from "@/lib/end-credits";
import { param, parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { Card, EmptyState } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Compare versions" };

/** ?a= and ?b=: the two sides ("working" or a version id). */
const compareParams = z.object({ a: param, b: param });

const FIELD_WORDS: Record<FieldChange["field"], string> = {
  heading: "heading",
  name: "name",
  asCredited: "credited as",
  character: "character",
  joiner: "joined by",
  section: "section",
  content: "text",
  hidden: "hidden",
  columns: "columns",
  position: "position",
};

function describe(c: FieldChange): string {
  if (c.field === "position") return `moved from #${c.before + 1} to #${c.after + 1}`;
  if (c.field === "hidden") return c.after ? "hidden" : "shown again";
  return `${FIELD_WORDS[c.field]}: “${c.before ?? "—"}” → “${c.after ?? "—"}”`;
}

function Entries({ title, entries, tone }: { title: string; entries: DiffEntry[]; tone: "added" | "removed" | "changed" }) {
  const colors = {
    added: "border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950/40",
    removed: "border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950/40",
    changed: "border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40",
  };
  const sign = { added: "+", removed: "−", changed: "~" }[tone];
  return (
    <Card aria-labelledby={`diff-${tone}`}>
      <h3 id={`diff-${tone}`} className="text-sm font-semibold">
        {title} ({entries.length})
      </h3>
      {entries.length === 0 ? (
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">None.</p>
      ) : (
        <ul className="mt-2 space-y-1.5" aria-label={title}>
          {entries.map((e) => (
            <li key={`${e.blockId}|${e.lineKey}`} className={`rounded-md border px-2 py-1 text-sm ${colors[tone]}`}>
              <span aria-hidden className="mr-1 font-mono font-bold">
                {sign}
              </span>
              {e.name ? (
                <>
                  <strong>{e.name}</strong> under {e.heading || "(no heading)"}
                </>
              ) : (
                <>
                  block <strong>{e.heading || "(no heading)"}</strong>
                </>
              )}
              {e.changes.length ? <span className="text-zinc-700 dark:text-zinc-300"> — {e.changes.map(describe).join("; ")}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export default async function ComparePage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<SearchParams> }) {
  const { projectId } = await params;
  const sp = parseSearchParams(compareParams, await searchParams);
  const user = await requireUser(`/projects/${projectId}/credits/list/compare`);
  const db = getDb();
  const actor = requestActor(user.id);
  const { project, working, versions } = orNotFound(() => getCreditList(db, actor, projectId));
  const a = sp.a || versions[0]?.id || "";
  const b = sp.b || "working";
  const load = (id: string): { list: CreditList; name: string } | null => {
    if (id === "working") return working ? { list: working.list, name: "Working list" } : null;
    const v = versions.find((x) => x.id === id);
    if (!v) return null;
    const { version } = orNotFound(() => getVersion(db, actor, projectId, id));
    return { list: version.list, name: version.name };
  };
  const left = load(a);
  const right = load(b);
  const options = [...(working ? [{ id: "working", name: "Working list" }] : []), ...versions.map((v) => ({ id: v.id, name: v.name }))];
  const diff = left && right ? diffLists(left.list, right.list) : null;
  return (
    <div className="space-y-5">
      <nav aria-label="Credit list" className="text-sm">
        <Link href={`/projects/${project.id}/credits/list`} className="text-accent-700 hover:underline dark:text-accent-300">
          ← Credit list
        </Link>
      </nav>
      <h2 className="text-lg font-semibold">Compare versions</h2>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Choose versions">
        <div>
          <label htmlFor="cmp-a" className="mb-1 block text-xs font-medium text-zinc-600 dark:text-zinc-400">
            From
          </label>
          <Select id="cmp-a" name="a" defaultValue={a} className="w-56">
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="cmp-b" className="mb-1 block text-xs font-medium text-zinc-600 dark:text-zinc-400">
            To
          </label>
          <Select id="cmp-b" name="b" defaultValue={b} className="w-56">
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Compare
        </button>
      </form>
      {!diff || !left || !right ? (
        <EmptyState title="Nothing to compare yet">Save a version of the credit list first, then compare it with the working list or another version.</EmptyState>
      ) : (
        <>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            From <strong>{left.name}</strong> to <strong>{right.name}</strong>: {diff.added.length} added, {diff.removed.length} removed, {diff.changed.length} changed.
          </p>
          <div className="grid gap-4 lg:grid-cols-3">
            <Entries title="Added" entries={diff.added} tone="added" />
            <Entries title="Removed" entries={diff.removed} tone="removed" />
            <Entries title="Changed" entries={diff.changed} tone="changed" />
          </div>
        </>
      )}
    </div>
  );
}
