"use client";

import { BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { cn } from "@/components/ui/cn";
import { LANES, type Lane } from "@/lib/work/taxonomy";
import { ChartLegend, SeriesPatterns, TooltipBox, tooltipRow, WrappedYTick, type ChartTheme, type Series } from "../chart-parts";
import { CHART_MARGIN, ChartFrame, leaderNames, legendForExport, NUM, SeriesLine, stackedBars, TableBox, TD, TH, THEAD, TICK_TEXT, type ChartProps, type TooltipInjected } from "./chart-frame";

type LaneRow = { lane: Lane; label: string; functions: number; covered: number; uncovered: number; uncoveredNames: string[] };

function LaneTooltip({ active, payload, series, prefix, theme }: TooltipInjected & { series: readonly [Series, Series]; prefix: string; theme: ChartTheme }) {
  const row = active ? tooltipRow<LaneRow>(payload) : null;
  if (!row) return null;
  const shown = row.uncoveredNames.slice(0, 4);
  const more = row.uncoveredNames.length - shown.length;
  return (
    <TooltipBox title={`${row.label} lane`}>
      <p className="mb-1 text-zinc-600 dark:text-zinc-400">
        {row.functions} {row.functions === 1 ? "function" : "functions"}
      </p>
      <ul className="space-y-0.5">
        <SeriesLine series={series[0]} prefix={prefix} theme={theme} value={String(row.covered)} />
        <SeriesLine series={series[1]} prefix={prefix} theme={theme} value={String(row.uncovered)} />
      </ul>
      {shown.length > 0 ? (
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">
          {shown.join(", ")}
          {more > 0 ? ` and ${more} more` : ""}
        </p>
      ) : null}
    </TooltipBox>
  );
}

/** How many of each lane's functions someone covers and how many nobody does. */
export function LaneCoverageChart({ coverage, projectTitle, theme, prefix }: ChartProps & { prefix: string }) {
  const title = "Coverage by lane";
  const series: readonly [Series, Series] = [
    { key: "covered", label: "Covered", color: theme.covered, pattern: "solid" },
    { key: "uncovered", label: "Nobody covers", color: theme.uncovered, pattern: "diagonal" },
  ];
  const rows: LaneRow[] = coverage.lanes.map((l, i) => ({
    lane: LANES[i] as Lane,
    label: l.label,
    functions: l.functions,
    covered: l.functions - l.uncovered.length,
    uncovered: l.uncovered.length,
    uncoveredNames: l.uncovered.map((f) => f.name),
  }));
  const totalUncovered = rows.reduce((n, r) => n + r.uncovered, 0);
  const height = 56 + rows.length * 44;

  return (
    <ChartFrame
      fileKey="coverage-by-lane"
      title={title}
      caption="How many of each lane's functions have someone working on them and how many nobody covers, across every stage."
      projectTitle={projectTitle}
      theme={theme}
      exportLegend={legendForExport(series, prefix, theme)}
      legend={<ChartLegend series={series} prefix={`${prefix}-legend`} theme={theme} label="Legend" />}
      chartHeight={height}
      chart={
        <BarChart
          responsive
          style={{ width: "100%", height }}
          data={rows}
          layout="vertical"
          margin={{ ...CHART_MARGIN, right: 20 }}
          barCategoryGap="24%"
          aria-label={`${title}: stacked horizontal bars of covered and uncovered functions for each lane; ${
            totalUncovered === 0 ? "every function has someone on it" : `${totalUncovered} ${totalUncovered === 1 ? "function has" : "functions have"} nobody on them`
          }. Arrow keys step through the lanes; the table below has the same numbers.`}
        >
          <defs>
            <SeriesPatterns series={series} prefix={prefix} theme={theme} />
          </defs>
          <CartesianGrid horizontal={false} stroke={theme.grid} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} stroke={theme.axis} tick={{ ...TICK_TEXT, fill: theme.muted }} />
          <YAxis type="category" dataKey="label" width={110} interval={0} stroke={theme.axis} tick={<WrappedYTick textColor={theme.text} maxWidth={100} />} />
          <Tooltip cursor={{ fill: theme.cursor }} isAnimationActive={false} content={<LaneTooltip series={series} prefix={prefix} theme={theme} />} />
          {stackedBars(series, { prefix, theme, stackId: "functions", maxBarSize: 28 })}
        </BarChart>
      }
      table={
        <TableBox label={`${title}, as a table`}>
          <table className="w-full min-w-[720px] text-sm">
            <caption className="sr-only">
              {title}: each lane&apos;s functions, how many are covered, which ones nobody covers, who leads the lane and how many people share it.
            </caption>
            <thead className={THEAD}>
              <tr>
                <th scope="col" className={TH}>
                  Lane
                </th>
                <th scope="col" className={cn(TH, "text-right")}>
                  Functions
                </th>
                <th scope="col" className={cn(TH, "text-right")}>
                  Covered
                </th>
                <th scope="col" className={TH}>
                  Nobody covers
                </th>
                <th scope="col" className={TH}>
                  Led by
                </th>
                <th scope="col" className={cn(TH, "text-right")}>
                  People sharing
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {coverage.lanes.map((l, i) => {
                const row = rows[i] as LaneRow;
                return (
                  <tr key={row.lane}>
                    <th scope="row" className={cn(TD, "text-left font-medium whitespace-nowrap")}>
                      {l.label}
                    </th>
                    <td className={cn(TD, NUM)}>{l.functions}</td>
                    <td className={cn(TD, NUM)}>{row.covered}</td>
                    <td className={TD}>
                      <span className="font-medium tabular-nums">{row.uncovered}</span>
                      {row.uncoveredNames.length > 0 ? <span className="text-zinc-600 dark:text-zinc-400">: {row.uncoveredNames.join(", ")}</span> : null}
                    </td>
                    <td className={TD}>{leaderNames(l.leaders)}</td>
                    <td className={cn(TD, NUM)}>{l.people}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableBox>
      }
    />
  );
}
