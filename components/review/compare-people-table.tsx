import Link from "next/link";
import { inSentence, joinList } from "@/lib/credits/format";
import { compareNames } from "@/lib/people/names";
import type { HatsMatrix, ProjectComparison } from "@/lib/review";

export type ComparePersonRow = {
  personId: string;
  name: string;
  /** null = no work on that project. */
  hatsA: number | null;
  hatsB: number | null;
  /** hats on B − hats on A (a missing side counts as 0). */
  change: number;
  /** Function names taken on / given up (people on both projects only). */
  gained: string[];
  lost: string[];
};

/**
 * Everyone with work on either project, biggest change in hats first (then most functions
 * swapped, then by name). Hats come from the full matrices; what changed from the comparison.
 */
export function comparePeopleRows(a: Pick<HatsMatrix, "rows" | "columns">, b: Pick<HatsMatrix, "rows" | "columns">, comparison: Pick<ProjectComparison, "people">): ComparePersonRow[] {
  const fnName = new Map<string, string>();
  for (const c of [...a.columns, ...b.columns]) if (!fnName.has(c.id)) fnName.set(c.id, c.name);
  const nameOf = (id: string) => fnName.get(id) ?? id;
  const changes = new Map(comparison.people.map((c) => [c.personId, c]));
  const rowsA = new Map(a.rows.filter((r) => r.hats > 0).map((r) => [r.personId, r]));
  const rowsB = new Map(b.rows.filter((r) => r.hats > 0).map((r) => [r.personId, r]));
  const out: ComparePersonRow[] = [];
  for (const personId of new Set([...rowsA.keys(), ...rowsB.keys()])) {
    const ra = rowsA.get(personId);
    const rb = rowsB.get(personId);
    const c = changes.get(personId);
    out.push({
      personId,
      name: ra?.name ?? rb?.name ?? personId,
      hatsA: ra ? ra.hats : null,
      hatsB: rb ? rb.hats : null,
      change: (rb?.hats ?? 0) - (ra?.hats ?? 0),
      gained: (c?.gained ?? []).map(nameOf),
      lost: (c?.lost ?? []).map(nameOf),
    });
  }
  const swapped = (r: ComparePersonRow) => r.gained.length + r.lost.length;
  out.sort(
    (x, y) =>
      Math.abs(y.change) - Math.abs(x.change) ||
      swapped(y) - swapped(x) ||
      compareNames(x.name, y.name) ||
      (x.personId < y.personId ? -1 : x.personId > y.personId ? 1 : 0),
  );
  return out;
}

function changeText(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0";
}

function whatChanged(r: ComparePersonRow, titleA: string, titleB: string): string {
  if (r.hatsA === null) return `Only on ${titleB}`;
  if (r.hatsB === null) return `Only on ${titleA}`;
  const parts = [r.gained.length ? `took on ${joinList(r.gained.map(inSentence))}` : "", r.lost.length ? `gave up ${joinList(r.lost.map(inSentence))}` : ""].filter(Boolean);
  if (parts.length === 0) return "Same hats";
  const text = parts.join("; ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const linkClass = "text-accent-700 underline dark:text-accent-300";

function HatsCell({ hats, href, name, title }: { hats: number | null; href: string; name: string; title: string }) {
  if (hats === null) {
    return (
      <td className="px-3 py-2 text-right tabular-nums">
        <span aria-hidden className="text-zinc-500 dark:text-zinc-400">
          —
        </span>
        <span className="sr-only">No work on {title}</span>
      </td>
    );
  }
  return (
    <td className="px-3 py-2 text-right tabular-nums">
      <Link href={href} className={linkClass}>
        {hats}
        <span className="sr-only">
          {" "}
          {hats === 1 ? "hat" : "hats"} on {title}: {name}&apos;s hats card there
        </span>
      </Link>
    </td>
  );
}

/** Hats per person on A and B. The name opens their hats card on this project (or on the other, if they only worked there); each count opens the card on its project. */
export function ComparePeopleTable({ rows, a, b }: { rows: ComparePersonRow[]; a: { id: string; title: string }; b: { id: string; title: string } }) {
  const card = (projectId: string, personId: string) => `/projects/${projectId}/review/people/${personId}`;
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full min-w-[30rem] text-sm">
        <caption className="sr-only">
          Hats per person on {a.title} and on {b.title}, biggest change first
        </caption>
        <thead className="text-left text-xs text-zinc-600 dark:text-zinc-400">
          <tr className="border-b border-zinc-200 dark:border-zinc-800">
            <th scope="col" className="px-3 py-2 font-medium">
              Person
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Hats on {a.title}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Hats on {b.title}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Change
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              What changed
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.personId} className="border-t border-zinc-100 align-top first:border-t-0 dark:border-zinc-800">
              <th scope="row" className="min-w-36 px-3 py-2 text-left font-medium break-words">
                <Link href={r.hatsA !== null ? card(a.id, r.personId) : card(b.id, r.personId)} className="hover:underline">
                  {r.name}
                </Link>
              </th>
              <HatsCell hats={r.hatsA} href={card(a.id, r.personId)} name={r.name} title={a.title} />
              <HatsCell hats={r.hatsB} href={card(b.id, r.personId)} name={r.name} title={b.title} />
              <td className="px-3 py-2 text-right font-medium tabular-nums">
                {changeText(r.change)}
                {r.change !== 0 ? <span className="sr-only"> {Math.abs(r.change) === 1 ? "hat" : "hats"}</span> : null}
              </td>
              <td className="min-w-[14rem] px-3 py-2 text-zinc-700 dark:text-zinc-300">{whatChanged(r, a.title, b.title)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
