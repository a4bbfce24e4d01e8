import { personCreditsHref } from "@/lib/decisions/credits-view";
import type { Metadata } from "next";
import Link from "next/link";
import { AlertTriangle, Check, Lock } from "lucide-react";
import { getDb } from "@/db";
import { personHats } from "@/db/queries/review";
import { orNotFound } from "@/server/actions/page";
import { requestActor, requireUser } from "@/server/auth/session";
import { titleLabel } from "@/lib/credits/titles";
import { creditHistorySentence } from "@/lib/review";
import { DEGREE_LABELS } from "@/lib/validation/work";
import { formatHours } from "@/lib/work/format";
import { WORK_STAGE_LABELS } from "@/lib/work/taxonomy";
import { Badge, Card } from "@/components/ui/card";
import { DegreeMark } from "@/components/work/degree-mark";

export const metadata: Metadata = { title: "Hats card" };

const CONFIDENCE_TONE = { high: "success", medium: "accent", low: "neutral" } as const;

export default async function PersonHatsPage({ params }: { params: Promise<{ projectId: string; personId: string }> }) {
  const { projectId, personId } = await params;
  const user = await requireUser(`/projects/${projectId}/review/people/${personId}`);
  const db = getDb();
  const { project, work, roles, truth, suggestions, history, records } = orNotFound(() => personHats(db, requestActor(user.id), projectId, personId));
  const base = `/projects/${project.id}`;
  const held = records.filter((r) => r.personId === personId && r.status !== "rejected");
  const items = truth?.items ?? [];
  const lanesWithWork = work.lanes.filter((l) => l.hats > 0);
  const lanesWithout = work.lanes.filter((l) => l.hats === 0).map((l) => l.label);
  const maxStage = Math.max(0, ...work.stages.map((s) => s.weight));
  const otherProjects = history.projectList.filter((p) => p.projectId !== project.id);

  return (
    <div className="space-y-6">
      <nav aria-label="Hats review" className="text-sm">
        <Link href={`${base}/review`} className="text-accent-700 hover:underline dark:text-accent-300">
          ← Hats matrix
        </Link>
      </nav>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h2 className="text-xl font-semibold break-words">{work.name}</h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{roles.length ? roles.map((r) => `${r.role} (${r.department})`).join(", ") : "Not on this project's roster (work logged only)."}</p>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
            {work.hats} {work.hats === 1 ? "hat" : "hats"} across {lanesWithWork.length} {lanesWithWork.length === 1 ? "lane" : "lanes"} · {work.entries} {work.entries === 1 ? "entry" : "entries"}
            {work.hours > 0 ? ` · ${formatHours(work.hours)}` : ""}
          </p>
        </div>
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href={`${base}/work/people/${personId}`} className="text-accent-700 underline dark:text-accent-300">
            Work timeline
          </Link>
          <Link href={personCreditsHref(`/projects/${project.id}`, personId)} className="text-accent-700 underline dark:text-accent-300">
            Their credits
          </Link>
          <Link href={`/people/${personId}`} className="text-accent-700 underline dark:text-accent-300">
            Person profile
          </Link>
        </div>
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card aria-labelledby="held-heading">
          <h3 id="held-heading" className="text-base font-semibold">
            Titles held on this project
          </h3>
          {held.length === 0 ? (
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">No title accepted or typed for them yet.</p>
          ) : (
            <ul className="mt-2 space-y-2 text-sm">
              {items
                .filter((i) => i.credit)
                .map((i) => (
                  <li key={i.reviewKey} className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{i.credit!.title}</span>
                    {i.credit!.locked ? (
                      <Badge tone="warning">
                        <Lock className="mr-1 size-3" aria-hidden /> Locked
                      </Badge>
                    ) : null}
                    {i.kind === "match" ? (
                      <Badge tone="success">
                        <Check className="mr-1 size-3" aria-hidden /> Work supports it
                      </Badge>
                    ) : (
                      <Link href={personCreditsHref(`/projects/${project.id}`, personId, i.reviewKey)} className="inline-flex items-center gap-1 text-amber-800 underline dark:text-amber-300">
                        <AlertTriangle className="size-3.5" aria-hidden /> Title without work — resolve
                      </Link>
                    )}
                  </li>
                ))}
            </ul>
          )}
        </Card>
        <Card aria-labelledby="suggested-heading">
          <h3 id="suggested-heading" className="text-base font-semibold">
            Titles their work suggests
          </h3>
          {suggestions.length === 0 ? (
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Their logged work doesn&apos;t support a title yet.</p>
          ) : (
            <ul className="mt-2 space-y-2 text-sm">
              {suggestions.map((s) => {
                const item = items.find((i) => i.suggestion?.titleId === s.title);
                return (
                  <li key={s.title}>
                    <div className="flex flex-wrap items-center gap-2">
                      <Link href={personCreditsHref(`/projects/${project.id}`, personId, `s:${personId}:${s.title}`)} className="font-medium underline">
                        {titleLabel(s.title)}
                      </Link>
                      <Badge tone={CONFIDENCE_TONE[s.confidence]}>{s.confidence} confidence</Badge>
                      {item?.kind === "work-without-title" ? <Badge tone="warning">Not credited yet</Badge> : <Badge tone="success">Credited</Badge>}
                    </div>
                    <p className="text-xs text-zinc-600 dark:text-zinc-400">{s.reasons[0]?.text}</p>
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
      </div>

      <Card aria-labelledby="lanes-heading">
        <h3 id="lanes-heading" className="text-base font-semibold">
          Work by lane
        </h3>
        {lanesWithWork.length === 0 ? (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
            No work logged for them yet.{" "}
            <Link href={`${base}/work/people/${personId}`} className="underline">
              Log their work
            </Link>
          </p>
        ) : (
          <div className="mt-3 grid gap-4 md:grid-cols-2">
            {lanesWithWork.map((lane) => (
              <section key={lane.lane} aria-labelledby={`lane-${lane.lane}`}>
                <h4 id={`lane-${lane.lane}`} className="text-sm font-semibold">
                  {lane.label} <span className="font-normal text-zinc-600 dark:text-zinc-400">· {lane.hats} {lane.hats === 1 ? "hat" : "hats"}{lane.hours ? ` · ${formatHours(lane.hours)}` : ""}</span>
                </h4>
                <ul className="mt-1.5 space-y-1.5 text-sm">
                  {lane.functions.map((f) => (
                    <li key={f.id} className="flex items-start gap-2">
                      <DegreeMark degree={f.degree} className="mt-0.5" />
                      <div className="min-w-0">
                        <span className="font-medium">{f.name}</span> <span className="text-zinc-600 dark:text-zinc-400">— {DEGREE_LABELS[f.degree].toLowerCase()}{f.hours ? `, ${formatHours(f.hours)}` : ""}</span>
                        <div className="text-xs text-zinc-500 dark:text-zinc-400">{f.stages.map((s) => WORK_STAGE_LABELS[s]).join(", ")}</div>
                      </div>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        )}
        {lanesWithWork.length && lanesWithout.length ? <p className="mt-3 text-xs text-zinc-600 dark:text-zinc-400">No work in: {lanesWithout.join(", ")}.</p> : null}
      </Card>

      {lanesWithWork.length ? (
        <Card aria-labelledby="stages-heading">
          <h3 id="stages-heading" className="text-base font-semibold">
            Work by stage
          </h3>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">Their work by production stage</caption>
              <thead className="text-left text-xs text-zinc-600 dark:text-zinc-400">
                <tr>
                  <th scope="col" className="py-1.5 pr-3 font-medium">Stage</th>
                  <th scope="col" className="py-1.5 pr-3 text-right font-medium">Hats</th>
                  <th scope="col" className="py-1.5 pr-3 text-right font-medium">Entries</th>
                  <th scope="col" className="py-1.5 pr-3 text-right font-medium">Hours</th>
                  <th scope="col" className="w-1/3 py-1.5 font-medium">Lead-weighted work</th>
                </tr>
              </thead>
              <tbody>
                {work.stages.map((s) => (
                  <tr key={s.stage} className="border-t border-zinc-100 dark:border-zinc-800">
                    <th scope="row" className="py-1.5 pr-3 text-left font-medium">{s.label}</th>
                    <td className="py-1.5 pr-3 text-right tabular-nums">{s.hats}</td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">{s.entries}</td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">{s.hours ? s.hours.toLocaleString("en-US", { maximumFractionDigits: 1 }) : "—"}</td>
                    <td className="py-1.5">
                      <div className="flex items-center gap-2">
                        <div className="h-2 flex-1 rounded-full bg-zinc-100 dark:bg-zinc-800" aria-hidden>
                          <div className="h-2 rounded-full bg-accent-600 dark:bg-accent-400" style={{ width: `${maxStage ? (s.weight / maxStage) * 100 : 0}%` }} />
                        </div>
                        <span className="w-12 text-right text-xs tabular-nums">{s.weight.toLocaleString("en-US", { maximumFractionDigits: 1 })}</span>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      ) : null}

      <Card aria-labelledby="history-heading">
        <h3 id="history-heading" className="text-base font-semibold">
          Across the team&apos;s projects
        </h3>
        <p className="mt-1 text-sm font-medium">{creditHistorySentence(history)}.</p>
        {history.projectList.length ? (
          <ul className="mt-2 space-y-1 text-sm">
            {history.projectList.map((p) => {
              const titles = history.titles.filter((t) => t.projectIds.includes(p.projectId)).map((t) => t.label);
              return (
                <li key={p.projectId}>
                  {p.projectId === project.id ? (
                    <span className="font-medium">{p.projectTitle} (this project)</span>
                  ) : (
                    <Link href={`/projects/${p.projectId}/review/people/${personId}`} className="font-medium underline">
                      {p.projectTitle}
                    </Link>
                  )}
                  : <span className="text-zinc-700 dark:text-zinc-300">{titles.join(", ")}</span>
                </li>
              );
            })}
          </ul>
        ) : null}
        {otherProjects.length === 0 ? <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">Titles held on the team&apos;s other projects show here too.</p> : null}
      </Card>
    </div>
  );
}
