import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { getProject } from "@/db/queries/projects";
import { orNotFound } from "@/lib/actions/page";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
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
  const { project, role } = orNotFound(() => getProject(getDb(), { userId: user.id }, projectId));
  const values = resolveThresholds(project.creditThresholds as Partial<Thresholds>);
  const base = `/projects/${project.id}`;
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
    </div>
  );
}
