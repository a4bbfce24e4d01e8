import { personCreditsHref } from "@/lib/decisions/credits-view";
import Link from "next/link";
import { AlertTriangle, CircleCheck, CircleDashed, Lock } from "lucide-react";
import type { TruthClass, TruthItem, TruthPerson } from "@/lib/review";
import { TRUTH_CLASS_LABELS } from "@/lib/review";
import { Badge, Card } from "@/components/ui/card";

const CONFIDENCE_TONE = { high: "success", medium: "accent", low: "neutral" } as const;

const STATUS_LABELS: Record<string, string> = { accepted: "Accepted", overridden: "Overridden", manual: "Typed by hand", claim: "Roster claim, undecided" };

/** Credited | Their work suggests | Check, on wide screens; each item stacks on phones. */
const GRID = "sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_minmax(0,14rem)]";

const linkClass = "font-medium text-accent-700 underline dark:text-accent-300";

/** The check of one item: an icon and a word (never colour alone), and where to act on it. */
function ItemCheck({ item, href, personName }: { item: TruthItem; href: string; personName: string }) {
  if (item.kind === "match") {
    return (
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="inline-flex items-center gap-1.5 font-medium text-emerald-800 dark:text-emerald-300">
          <CircleCheck className="size-4 shrink-0" aria-hidden />
          {TRUTH_CLASS_LABELS.match}
        </span>
        {item.viaOverride ? <span className="text-xs text-zinc-600 dark:text-zinc-400">(reworded by an override)</span> : null}
      </div>
    );
  }
  if (item.kind === "title-without-work") {
    return (
      <div className="space-y-1">
        <span className="inline-flex items-center gap-1.5 font-medium text-amber-800 dark:text-amber-300">
          <AlertTriangle className="size-4 shrink-0" aria-hidden />
          {TRUTH_CLASS_LABELS["title-without-work"]}
        </span>
        <div>
          <Link href={href} className={linkClass} aria-label={`Resolve in Credits: ${item.label}, ${personName}`}>
            Resolve in Credits
          </Link>
        </div>
      </div>
    );
  }
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="inline-flex items-center gap-1.5 font-medium text-accent-800 dark:text-accent-300">
          <CircleDashed className="size-4 shrink-0" aria-hidden />
          {TRUTH_CLASS_LABELS["work-without-title"]}
        </span>
        {item.rejectedCreditId ? <Badge tone="danger">Rejected</Badge> : <Badge>Undecided</Badge>}
      </div>
      <div>
        <Link href={href} className={linkClass} aria-label={`Decide in Credits: ${item.label}, ${personName}`}>
          Decide in Credits
        </Link>
      </div>
    </div>
  );
}

function ItemRow({ item, base, personId, personName }: { item: TruthItem; base: string; personId: string; personName: string }) {
  const href = personCreditsHref(base, personId, item.reviewKey);
  const label = "text-xs font-medium text-zinc-600 sm:sr-only dark:text-zinc-400";
  return (
    <li className={`grid gap-x-4 gap-y-2 rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-800 ${GRID}`}>
      <div className="min-w-0">
        <div className={label}>Credited</div>
        {item.credit ? (
          <div className="flex flex-wrap items-center gap-1.5">
            <span className="font-semibold break-words">{item.credit.title}</span>
            {STATUS_LABELS[item.credit.status] ? <Badge>{STATUS_LABELS[item.credit.status]}</Badge> : null}
            {item.credit.locked ? (
              <Badge tone="warning">
                <Lock className="mr-1 size-3" aria-hidden /> Locked
              </Badge>
            ) : null}
          </div>
        ) : (
          <span className="text-zinc-600 dark:text-zinc-400">No title held</span>
        )}
      </div>
      <div className="min-w-0">
        <div className={label}>Their work suggests</div>
        {item.suggestion ? (
          <div className="flex flex-wrap items-center gap-1.5">
            <span className="font-semibold break-words">{item.suggestion.label}</span>
            <Badge tone={CONFIDENCE_TONE[item.suggestion.confidence] ?? "neutral"}>{item.suggestion.confidence} confidence</Badge>
          </div>
        ) : (
          <span className="text-zinc-600 dark:text-zinc-400">Not suggested by their logged work</span>
        )}
      </div>
      <div className="min-w-0">
        <div className="sr-only">Check</div>
        <ItemCheck item={item} href={href} personName={personName} />
      </div>
    </li>
  );
}

function countsText(p: TruthPerson): string {
  const parts: string[] = [];
  const { match, titleWithoutWork, workWithoutTitle } = p.counts;
  if (titleWithoutWork) parts.push(`${titleWithoutWork} ${titleWithoutWork === 1 ? "title" : "titles"} without work`);
  if (workWithoutTitle) parts.push(`${workWithoutTitle} work without title`);
  if (match) parts.push(`${match} ${match === 1 ? "match" : "matches"}`);
  return parts.join(" · ");
}

/**
 * One person's truth check: the titles they hold beside the titles their work suggests,
 * each item classified. `show` limits the items to one class ("all" shows every item).
 */
export function TruthPersonCard({ person, base, show }: { person: TruthPerson; base: string; show: "all" | TruthClass }) {
  const items = show === "all" ? person.items : person.items.filter((i) => i.kind === show);
  const headingId = `truth-h-${person.personId}`;
  return (
    <Card aria-labelledby={headingId} className="p-4 sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h3 id={headingId} className="min-w-0 text-base font-semibold break-words">
          <Link href={`${base}/review/people/${person.personId}`} className="hover:underline">
            {person.name}
          </Link>
        </h3>
        <Link href={`${base}/work/people/${person.personId}`} className="text-xs text-accent-700 underline dark:text-accent-300">
          Work timeline<span className="sr-only"> of {person.name}</span>
        </Link>
      </div>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">{countsText(person)}</p>
      <div aria-hidden className={`mt-3 hidden gap-x-4 px-3 text-xs font-medium text-zinc-600 sm:grid dark:text-zinc-400 ${GRID}`}>
        <div>Credited</div>
        <div>Their work suggests</div>
        <div>Check</div>
      </div>
      <ul className="mt-2 space-y-2 sm:mt-1" aria-label={`${person.name}: titles and work`}>
        {items.map((item) => (
          <ItemRow key={`${item.kind}:${item.reviewKey}:${item.credit?.id ?? ""}`} item={item} base={base} personId={person.personId} personName={person.name} />
        ))}
      </ul>
    </Card>
  );
}
