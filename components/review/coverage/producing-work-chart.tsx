"use client";

import { AlertTriangle } from "lucide-react";
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { cn } from "@/components/ui/cn";
import { joinList } from "@/lib/credits/format";
import { formatShare, formatWork } from "@/lib/review/format";
import { TooltipBox, tooltipRow, WrappedYTick, type Series } from "../chart-parts";
import { CHART_MARGIN, ChartFrame, NUM, TableBox, TD, TH, THEAD, TICK_TEXT, type ChartProps, type TooltipInjected } from "./chart-frame";

type PersonRow = { id: string; name: string; percent: number; share: number; weight: number };

function PersonTooltip({ active, payload }: TooltipInjected) {
  const row = active ? tooltipRow<PersonRow>(payload) : null;
  if (!row) return null;
  return (
    <TooltipBox title={row.name}>
      <p>
        Share of producing work: <span className="font-medium tabular-nums">{formatShare(row.share)}</span>
      </p>
      <p>
        Lead-weighted work: <span className="font-medium tabular-nums">{formatWork(row.weight)}</span>
      </p>
    </TooltipBox>
  );
}

/** Each person's share of the producing work, busiest first, against the warning threshold. */
export function ProducingWorkChart({ coverage, projectTitle, theme }: ChartProps) {
  const title = "Who carries the producing work";
  const c = coverage.concentration;
  const threshold = formatShare(c.threshold);
  const rows: PersonRow[] = c.top.map((p) => ({ id: p.personId, name: p.name, percent: p.share * 100, share: p.share, weight: p.weight }));
  const hasProducing = c.totalWeight > 0 && rows.length > 0;
  const names = joinList(c.busiest.map((p) => p.name));
  const several = c.busiest.length > 1;
  const caption = `Each person's share of the project's producing work (the functions the PGA counts as producing), busiest first; a warning shows above ${threshold}.`;

  const notice = !hasProducing ? (
    <p className="text-sm text-zinc-700 dark:text-zinc-300">No producing work is logged yet, so there is no share to show. Log work on the producing functions to see who carries it.</p>
  ) : c.warning ? (
    <div className="flex items-start gap-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200">
      <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
      <p>
        <strong className="font-semibold">Warning: </strong>
        {names} {several ? "each carry" : "carries"} {formatShare(c.share)} of the producing work, above the {threshold} threshold: one absence would stall
        the production.
      </p>
    </div>
  ) : (
    <p className="text-sm text-zinc-700 dark:text-zinc-300">
      The busiest, {names}, {several ? "each carry" : "carries"} {formatShare(c.share)} of the producing work, within the {threshold} threshold.
    </p>
  );

  const series: Series = { key: "share", label: "Share of producing work", color: theme.share, pattern: "solid" };
  const referenceAnchor = c.threshold > 0.6 ? "end" : c.threshold < 0.4 ? "start" : "middle";
  const height = 64 + Math.max(1, rows.length) * 44;

  return (
    <ChartFrame
      fileKey="producing-work"
      title={title}
      caption={caption}
      projectTitle={projectTitle}
      theme={theme}
      downloadable={hasProducing}
      exportLegend={[
        { label: series.label, fill: series.color, stroke: theme.muted },
        { label: `Warning above ${threshold}`, fill: "none", stroke: theme.reference, dash: "4 3" },
      ]}
      notice={notice}
      chartHeight={height}
      legend={
        hasProducing ? (
          <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1.5 text-xs text-zinc-700 dark:text-zinc-300">
            <li className="inline-flex items-center gap-1.5">
              <svg aria-hidden focusable="false" width={14} height={14} viewBox="0 0 14 14" className="shrink-0">
                <rect x={0.5} y={0.5} width={13} height={13} rx={2} fill={series.color} stroke={theme.muted} />
              </svg>
              {series.label}
            </li>
            <li className="inline-flex items-center gap-1.5">
              <svg aria-hidden focusable="false" width={18} height={14} viewBox="0 0 18 14" className="shrink-0">
                <line x1={9} y1={0} x2={9} y2={14} stroke={theme.reference} strokeWidth={2} strokeDasharray="4 3" />
              </svg>
              Warning threshold ({threshold})
            </li>
          </ul>
        ) : null
      }
      chart={
        hasProducing ? (
          <BarChart
            responsive
            style={{ width: "100%", height }}
            data={rows}
            layout="vertical"
            margin={{ ...CHART_MARGIN, top: 24, right: 20 }}
            barCategoryGap="24%"
            aria-label={`${title}: horizontal bars of each person's share of the producing work, with a line at the ${threshold} warning threshold. ${names} ${
              several ? "each carry" : "carries"
            } ${formatShare(c.share)}. Arrow keys step through the people; the table below has the same numbers.`}
          >
            <CartesianGrid horizontal={false} stroke={theme.grid} strokeDasharray="3 3" />
            <XAxis
              type="number"
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              stroke={theme.axis}
              tick={{ ...TICK_TEXT, fill: theme.muted }}
              tickFormatter={(v: number) => `${v}%`}
            />
            <YAxis type="category" dataKey="name" width={120} interval={0} stroke={theme.axis} tick={<WrappedYTick textColor={theme.text} maxWidth={110} />} />
            <Tooltip cursor={{ fill: theme.cursor }} isAnimationActive={false} content={<PersonTooltip />} />
            <Bar dataKey="percent" name={series.label} fill={series.color} maxBarSize={28} isAnimationActive={false} />
            <ReferenceLine
              x={c.threshold * 100}
              stroke={theme.reference}
              strokeWidth={2}
              strokeDasharray="4 3"
              ifOverflow="extendDomain"
              label={{ value: `Warning above ${threshold}`, position: "top", textAnchor: referenceAnchor, fill: theme.text, fontSize: 12 }}
            />
          </BarChart>
        ) : undefined
      }
      table={
        hasProducing ? (
          <TableBox label={`${title}, as a table`}>
            <table className="w-full min-w-[420px] text-sm">
              <caption className="sr-only">
                {title}: the {rows.length} busiest {rows.length === 1 ? "person" : "people"} on producing work, with their share of it (warning above{" "}
                {threshold}) and their lead-weighted work.
              </caption>
              <thead className={THEAD}>
                <tr>
                  <th scope="col" className={TH}>
                    Person
                  </th>
                  <th scope="col" className={cn(TH, "text-right")}>
                    Share of producing work (%)
                  </th>
                  <th scope="col" className={cn(TH, "text-right")}>
                    Lead-weighted work
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                {rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row" className={cn(TD, "text-left font-medium")}>
                      {r.name}
                    </th>
                    <td className={cn(TD, NUM)}>
                      {formatShare(r.share)}
                      {r.share > c.threshold ? <span className="ml-1 text-xs font-medium text-amber-800 dark:text-amber-300">(above {threshold})</span> : null}
                    </td>
                    <td className={cn(TD, NUM)}>{formatWork(r.weight)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot className="border-t border-zinc-200 dark:border-zinc-700">
                <tr>
                  <th scope="row" className={cn(TD, "text-left font-medium")}>
                    All producing work
                  </th>
                  <td className={cn(TD, NUM)}>100%</td>
                  <td className={cn(TD, NUM, "font-medium")}>{formatWork(c.totalWeight)}</td>
                </tr>
              </tfoot>
            </table>
          </TableBox>
        ) : undefined
      }
    />
  );
}
