"use client";

import { BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { cn } from "@/components/ui/cn";
import { formatWork } from "@/lib/review/format";
import { LANES, type Lane, type WorkStage } from "@/lib/work/taxonomy";
import { ChartLegend, SeriesPatterns, TooltipBox, tooltipRow, WrappedXTick, type ChartTheme, type PatternKind, type Series } from "../chart-parts";
import { CHART_MARGIN, ChartFrame, leaderNames, legendForExport, NUM, SeriesLine, stackedBars, TableBox, TD, TH, THEAD, TICK_TEXT, type ChartProps, type TooltipInjected } from "./chart-frame";

const LANE_PATTERNS: Record<Lane, PatternKind> = { opportunity: "solid", execution: "diagonal", creative: "dots", post: "vertical", other: "cross" };

type StageRow = { stage: WorkStage; label: string; pgaWeight: number; total: number } & Record<Lane, number>;

function StageTooltip({ active, payload, series, prefix, theme }: TooltipInjected & { series: readonly Series[]; prefix: string; theme: ChartTheme }) {
  const row = active ? tooltipRow<StageRow>(payload) : null;
  if (!row) return null;
  return (
    <TooltipBox title={row.label}>
      <p className="mb-1 text-zinc-600 dark:text-zinc-400">PGA weight {row.pgaWeight}%</p>
      <ul className="space-y-0.5">
        {series.map((s) => (
          <SeriesLine key={s.key} series={s} prefix={prefix} theme={theme} value={formatWork(row[s.key as Lane])} />
        ))}
      </ul>
      <p className="mt-1 flex justify-between gap-4 border-t border-zinc-200 pt-1 font-medium dark:border-zinc-700">
        <span>All lanes</span>
        <span className="tabular-nums">{formatWork(row.total)}</span>
      </p>
    </TooltipBox>
  );
}

/** Lead-weighted work in each PGA stage, stacked by lane, with the same numbers as a table. */
export function WorkByStageChart({ coverage, projectTitle, theme, prefix }: ChartProps & { prefix: string }) {
  const title = "Work by stage and lane";
  const laneLabel = (lane: Lane) => coverage.lanes[LANES.indexOf(lane)]?.label ?? lane;
  const series: Series[] = LANES.map((lane) => ({ key: lane, label: laneLabel(lane), color: theme.lanes[lane], pattern: LANE_PATTERNS[lane] }));
  const rows: StageRow[] = coverage.stages.map((s) => {
    const row = { stage: s.stage, label: s.label, pgaWeight: s.pgaWeight, total: s.all.weight } as StageRow;
    LANES.forEach((lane, i) => {
      row[lane] = s.lanes[i]?.weight ?? 0;
    });
    return row;
  });
  const busiest = rows.reduce<StageRow | null>((best, r) => (best === null || r.total > best.total ? r : best), null);

  return (
    <ChartFrame
      fileKey="work-by-stage"
      title={title}
      caption="Lead-weighted work in each PGA stage, stacked by lane, so you can see where the work piles up and which stages are thin."
      projectTitle={projectTitle}
      theme={theme}
      exportLegend={legendForExport(series, prefix, theme)}
      legend={<ChartLegend series={series} prefix={`${prefix}-legend`} theme={theme} label="Lanes" />}
      minChartWidth={520}
      chartHeight={320}
      chart={
        <BarChart
          responsive
          style={{ width: "100%", height: 320 }}
          data={rows}
          margin={CHART_MARGIN}
          barCategoryGap="22%"
          aria-label={`${title}: stacked bars of lead-weighted work for the five PGA stages, one segment per lane${
            busiest && busiest.total > 0 ? `; the most work is in ${busiest.label}` : ""
          }. Arrow keys step through the stages; the table below has the same numbers.`}
        >
          <defs>
            <SeriesPatterns series={series} prefix={prefix} theme={theme} />
          </defs>
          <CartesianGrid vertical={false} stroke={theme.grid} strokeDasharray="3 3" />
          <XAxis dataKey="label" type="category" interval={0} height={44} stroke={theme.axis} tick={<WrappedXTick textColor={theme.muted} />} />
          <YAxis type="number" width={48} stroke={theme.axis} tick={{ ...TICK_TEXT, fill: theme.muted }} tickFormatter={(v: number) => formatWork(v)} />
          <Tooltip
            cursor={{ fill: theme.cursor }}
            isAnimationActive={false}
            content={<StageTooltip series={series} prefix={prefix} theme={theme} />}
          />
          {stackedBars(series, { prefix, theme, stackId: "work", maxBarSize: 72 })}
        </BarChart>
      }
      table={
        <TableBox label={`${title}, as a table`}>
          <table className="w-full min-w-[760px] text-sm">
            <caption className="sr-only">
              {title}: lead-weighted work per PGA stage and lane, who leads each stage, how many people work in it and how many of its functions nobody
              covers.
            </caption>
            <thead className={THEAD}>
              <tr>
                <th scope="col" className={TH}>
                  Stage
                </th>
                <th scope="col" className={cn(TH, "text-right")}>
                  PGA weight
                </th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className={cn(TH, "text-right")}>
                    {s.label}
                  </th>
                ))}
                <th scope="col" className={cn(TH, "text-right")}>
                  All lanes
                </th>
                <th scope="col" className={TH}>
                  Led by
                </th>
                <th scope="col" className={cn(TH, "text-right")}>
                  People
                </th>
                <th scope="col" className={cn(TH, "text-right")}>
                  Functions nobody covers
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {coverage.stages.map((s, i) => (
                <tr key={s.stage}>
                  <th scope="row" className={cn(TD, "text-left font-medium whitespace-nowrap")}>
                    {s.label}
                  </th>
                  <td className={cn(TD, NUM)}>{s.pgaWeight}%</td>
                  {LANES.map((lane) => (
                    <td key={lane} className={cn(TD, NUM)}>
                      {formatWork(rows[i]?.[lane] ?? 0)}
                    </td>
                  ))}
                  <td className={cn(TD, NUM, "font-medium")}>{formatWork(s.all.weight)}</td>
                  <td className={TD}>{leaderNames(s.all.leaders)}</td>
                  <td className={cn(TD, NUM)}>{s.all.people}</td>
                  <td className={cn(TD, NUM)}>{s.all.uncovered.length}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t border-zinc-200 dark:border-zinc-700">
              <tr>
                <th scope="row" className={cn(TD, "text-left font-medium whitespace-nowrap")}>
                  Whole project
                </th>
                <td className={cn(TD, NUM)}>100%</td>
                {coverage.lanes.map((l, i) => (
                  <td key={LANES[i]} className={cn(TD, NUM, "font-medium")}>
                    {formatWork(l.weight)}
                  </td>
                ))}
                <td className={cn(TD, NUM, "font-semibold")}>{formatWork(coverage.all.weight)}</td>
                <td className={TD}>{leaderNames(coverage.all.leaders)}</td>
                <td className={cn(TD, NUM)}>{coverage.all.people}</td>
                <td className={cn(TD, NUM)}>{coverage.all.uncovered.length}</td>
              </tr>
            </tfoot>
          </table>
        </TableBox>
      }
    />
  );
}
