import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { getProject } from "@/db/queries/projects";
import { notNeededOf } from "@/db/queries/credits";
import { applicabilityText, budgetInUsd, isNeeded } from "@/lib/credits/applicability";
import { PROJECT_KIND_LABELS } from "@/lib/projects/catalog";
import { formatMoney } from "@/lib/credits/format";
import { RESPONSIBILITIES } from "@/lib/work/taxonomy";
import { orNotFound } from "@/server/actions/page";
import { can } from "@/lib/auth/roles";
import { requestActor, requireUser } from "@/server/auth/session";
import { DEFAULT_THRESHOLDS, resolveThresholds, THRESHOLD_DESCRIPTIONS, type ThresholdKey, type Thresholds } from "@/lib/credits/thresholds";
import { DEGREE_EXPLANATION, FINDING_EXPLANATIONS, LANE_EXPLANATION, RULE_EXPLANATIONS, WEIGHT_THRESHOLDS, type RuleExplanation } from "@/lib/decisions/explain";
import { formatThreshold, THRESHOLD_LABELS } from "@/lib/decisions/threshold-fields";
import { Badge, Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "How titles are suggested" };

function ThresholdList({ keys, values }: { keys: readonly ThresholdKey[]; values: Thresholds }) {
  if (keys.length === 0) return null;
  return (
    <dl className="mt-2 space-y-1.5 text-sm">
      {keys.map((k) => (
        <div key={k} className="rounded-md bg-zinc-50 px-3 py-2 dark:bg-zinc-800/60">
          <dt className="flex flex-wrap items-center gap-2 font-medium">
            {THRESHOLD_LABELS[k]}: <span className="font-semibold text-accent-800 dark:text-accent-200">{formatThreshold(k, values[k])}</span>
            {values[k] !== DEFAULT_THRESHOLDS[k] ? <Badge tone="warning">changed for this project (default {formatThreshold(k, DEFAULT_THRESHOLDS[k])})</Badge> : null}
          </dt>
          <dd className="text-zinc-600 dark:text-zinc-400">{THRESHOLD_DESCRIPTIONS[k]}</dd>
        </div>
      ))}
    </dl>
  );
}

function Rules({ rules, values }: { rules: readonly RuleExplanation[]; values: Thresholds }) {
  return (
    <div className="space-y-4">
      {rules.map((r) => (
        <section key={r.title} aria-labelledby={`rule-${r.title}`}>
          <h4 id={`rule-${r.title}`} className="font-semibold">
            {r.title}
          </h4>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{r.text}</p>
          <ThresholdList keys={r.thresholds} values={values} />
        </section>
      ))}
    </div>
  );
}

export default async function HowPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const user = await requireUser(`/projects/${projectId}/credits/how`);
  const { project, role } = orNotFound(() => getProject(getDb(), requestActor(user.id), projectId));
  const values = resolveThresholds(project.creditThresholds as Partial<Thresholds>);
  const base = `/projects/${project.id}`;
  // orNotFound above checked the actor can read the project.
  const marked = new Map(notNeededOf(getDb(), project.id).map((n) => [n.responsibilityId, n]));
  const usd = budgetInUsd(project.budgetAmount, project.currency);
  const producing = RESPONSIBILITIES.filter((r) => r.producing);
  return (
    <div className="max-w-3xl space-y-6">
      <nav aria-label="Credits" className="text-sm">
        <Link href={`${base}/credits`} className="text-accent-700 hover:underline dark:text-accent-300">
          ← Credits
        </Link>
      </nav>
      <div>
        <h2 className="text-xl font-semibold">How titles are suggested</h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Hatrack suggests titles from the work people logged, never from the titles they asked for. Every suggestion lists its reasons, citing the entries behind it. A suggestion is only that: an Editor accepts, rejects or overrides it, and contractual credits can be locked.
        </p>
        <p className="mt-2 text-sm">
          {can(role, "credits:configure") ? (
            <Link href={`${base}/settings#thresholds`} className="text-accent-700 underline dark:text-accent-300">
              Change this project&apos;s thresholds
            </Link>
          ) : (
            <span className="text-zinc-600 dark:text-zinc-400">The team&apos;s Owners can change these thresholds in the project&apos;s settings.</span>
          )}
        </p>
      </div>
      <Card>
        <h3 className="text-base font-semibold">Lanes and degrees</h3>
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{LANE_EXPLANATION}</p>
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{DEGREE_EXPLANATION}</p>
        <ThresholdList keys={WEIGHT_THRESHOLDS} values={values} />
      </Card>
      <Card>
        <h3 className="mb-3 text-base font-semibold">The titles</h3>
        <Rules rules={RULE_EXPLANATIONS} values={values} />
      </Card>
      <Card>
        <h3 className="mb-3 text-base font-semibold">The Credits health panel</h3>
        <Rules rules={FINDING_EXPLANATIONS} values={values} />
      </Card>
      <Card aria-labelledby="needs-heading">
        <h3 id="needs-heading" className="text-base font-semibold">
          Which producing functions this project needs
        </h3>
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
          “Nobody covers” only reports functions a {PROJECT_KIND_LABELS[project.kind].toLowerCase()}
          {project.budgetAmount ? ` with a budget of ${formatMoney(project.budgetAmount, project.currency)}` : " with no budget recorded"} needs, in the stages its work has reached. A tax incentive or a sponsorship deal is not missing from a micro-budget short. Mark any other function not needed from the Credits page.
        </p>
        <table className="mt-3 w-full text-sm">
          <caption className="sr-only">Producing functions and whether this project needs them</caption>
          <thead>
            <tr className="text-left text-xs text-zinc-600 dark:text-zinc-400">
              <th scope="col" className="py-1 pr-3 font-medium">Function</th>
              <th scope="col" className="py-1 pr-3 font-medium">Here</th>
              <th scope="col" className="py-1 font-medium">Needed by</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {producing.map((r) => {
              const mark = marked.get(r.id);
              const needed = !mark && isNeeded(r, project.kind, usd);
              return (
                <tr key={r.id}>
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal">{r.name}</th>
                  <td className="py-1.5 pr-3">{mark ? <Badge tone="neutral">Marked not needed</Badge> : needed ? <Badge tone="success">Needed</Badge> : <Badge>Not needed</Badge>}</td>
                  <td className="py-1.5 text-zinc-600 dark:text-zinc-400">{applicabilityText(r.id)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
