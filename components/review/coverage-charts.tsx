"use client";

import { AlertTriangle, Download } from "lucide-react";
import { useId, useRef, useState, type ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { toast } from "sonner";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { Coverage, CoveragePerson } from "@/lib/review/coverage";
import { formatShare } from "@/lib/review/format";
import { LANES, type Lane, type WorkStage } from "@/lib/work/taxonomy";
import { chartFileName, downloadChartPng, downloadChartSvg, type ExportLegendItem } from "./chart-download";
import {
  ChartLegend,
  idFragment,
  SeriesPatterns,
  seriesFill,
  TooltipBox,
  tooltipRow,
  useChartTheme,
  useHydrated,
  WrappedXTick,
  WrappedYTick,
  type ChartTheme,
  type PatternKind,
  type Series,
} from "./chart-parts";

export type CoverageChartsProps = { coverage: Coverage; projectTitle: string };

// ---------------------------------------------------------------------------------------
// Numbers, formatted once so charts, tooltips and tables say exactly the same thing.

const ONE_DECIMAL = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });

/** Lead-weighted work: "12", "13.5", "1,204". */
export function formatWork(weight: number): string {
  return ONE_DECIMAL.format(weight);
}


/** "a", "a and b", "a, b and c". */
function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function leaderNames(leaders: readonly CoveragePerson[]): string {
  return leaders.length > 0 ? joinNames(leaders.map((p) => p.name)) : "Nobody";
}

const LANE_PATTERNS: Record<Lane, PatternKind> = { opportunity: "solid", execution: "diagonal", creative: "dots", post: "vertical", other: "cross" };

const CHART_MARGIN = { top: 8, right: 12, bottom: 4, left: 4 };
const TICK_TEXT = { fontSize: 12 };

// ---------------------------------------------------------------------------------------
// Tooltips (module-level components; recharts clones them with active/payload).

type TooltipInjected = { active?: boolean; payload?: ReadonlyArray<{ payload?: unknown }> };

type StageRow = { stage: WorkStage; label: string; pgaWeight: number; total: number } & Record<Lane, number>;
type PersonRow = { id: string; name: string; percent: number; share: number; weight: number };
type LaneRow = { lane: Lane; label: string; functions: number; covered: number; uncovered: number; uncoveredNames: string[] };

function SeriesLine({ series, prefix, theme, value }: { series: Series; prefix: string; theme: ChartTheme; value: string }) {
  return (
    <li className="flex items-center justify-between gap-4">
      <span className="inline-flex items-center gap-1.5">
        <svg aria-hidden focusable="false" width={10} height={10} viewBox="0 0 10 10" className="shrink-0">
          <rect x={0.5} y={0.5} width={9} height={9} rx={1.5} fill={seriesFill(series, prefix)} stroke={theme.muted} />
        </svg>
        {series.label}
      </span>
      <span className="tabular-nums">{value}</span>
    </li>
  );
}

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

// ---------------------------------------------------------------------------------------
// The frame every chart sits in: heading, caption, downloads, legend, chart, table.

type ChartFrameProps = {
  /** File-name part, e.g. "work-by-stage". */
  fileKey: string;
  title: string;
  caption: string;
  projectTitle: string;
  theme: ChartTheme;
  /** Legend items of the exported file (the chart's own patterns are referenced by id). */
  exportLegend: readonly ExportLegendItem[];
  /** False when there is nothing drawn to download. */
  downloadable?: boolean;
  notice?: ReactNode;
  legend?: ReactNode;
  chart?: ReactNode;
  /** The chart's height in px (a same-size placeholder stands in until the page has hydrated). */
  chartHeight: number;
  /** min-width of the chart box (narrow screens scroll inside the box rather than squash it). */
  minChartWidth?: number;
  /** The same numbers as a table, behind "Show as table"; none when there is nothing to tabulate. */
  table?: ReactNode;
};

function ChartFrame({ fileKey, title, caption, projectTitle, theme, exportLegend, downloadable = true, notice, legend, chart, chartHeight, minChartWidth, table }: ChartFrameProps) {
  const hydrated = useHydrated();
  const uid = idFragment(useId());
  const headingId = `${uid}-heading`;
  const box = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState<"svg" | "png" | null>(null);

  const download = async (format: "svg" | "png") => {
    const svg = box.current?.querySelector<SVGSVGElement>("svg.recharts-surface");
    if (!svg) {
      toast.error("The chart is not drawn yet. Try again in a moment.");
      return;
    }
    setBusy(format);
    try {
      const options = {
        title,
        subtitle: `${projectTitle} · ${caption}`,
        legend: exportLegend,
        background: theme.background,
        text: theme.text,
        muted: theme.muted,
      };
      const fileName = chartFileName(projectTitle, fileKey, format);
      if (format === "svg") downloadChartSvg(svg, options, fileName);
      else await downloadChartPng(svg, options, fileName);
    } catch (e) {
      toast.error(e instanceof Error ? e.message : "The download failed.");
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card aria-labelledby={headingId} className="min-w-0">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h3 id={headingId} className="text-base font-semibold text-balance">
            {title}
          </h3>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{caption}</p>
        </div>
        {downloadable && chart ? (
          <div className="flex shrink-0 flex-wrap gap-2">
            {(["svg", "png"] as const).map((format) => (
              <button
                key={format}
                type="button"
                className={buttonClass("secondary", "sm")}
                onClick={() => void download(format)}
                disabled={busy !== null}
                aria-busy={busy === format || undefined}
              >
                <Download className="size-4" aria-hidden />
                Download {format.toUpperCase()}
                <span className="sr-only"> of “{title}”</span>
              </button>
            ))}
          </div>
        ) : null}
      </div>

      {notice ? <div className="mt-4">{notice}</div> : null}
      {legend ? <div className="mt-4">{legend}</div> : null}
      {chart ? (
        <div ref={box} role="region" aria-label={`Chart: ${title} (scrolls sideways on a narrow screen)`} tabIndex={0} className="mt-3 overflow-x-auto overscroll-x-contain">
          <div style={minChartWidth ? { minWidth: minChartWidth } : undefined}>
            {hydrated ? chart : <div aria-hidden className="animate-pulse rounded-lg motion-reduce:animate-none bg-zinc-100 dark:bg-zinc-800/60" style={{ height: chartHeight }} />}
          </div>
        </div>
      ) : null}

      {table ? (
        <details className="mt-4">
          <summary className="w-fit cursor-pointer rounded text-sm font-medium text-zinc-700 underline-offset-4 select-none hover:underline dark:text-zinc-300">
            Show as table
          </summary>
          <div className="mt-3">{table}</div>
        </details>
      ) : null}
    </Card>
  );
}

/** A table in a box that scrolls sideways on narrow screens (focusable, so keyboards can scroll it). */
function TableBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
      {children}
    </div>
  );
}

const TH = "px-3 py-2 font-medium whitespace-nowrap";
const TD = "px-3 py-2 align-top";
const NUM = "text-right tabular-nums";

// ---------------------------------------------------------------------------------------
// The charts.

/**
 * The coverage charts of the multi-hat review: work by stage and lane, who carries the
 * producing work, coverage by lane. Each comes with a table of the same numbers and SVG/PNG
 * downloads. Renders nothing when the project has no work (the page shows its empty state).
 */
export function CoverageCharts({ coverage, projectTitle }: CoverageChartsProps) {
  const theme = useChartTheme();
  const uid = idFragment(useId());
  if (coverage.empty) return null;
  return (
    <div className="space-y-6">
      <WorkByStageChart coverage={coverage} projectTitle={projectTitle} theme={theme} prefix={`${uid}-stage`} />
      <ProducingWorkChart coverage={coverage} projectTitle={projectTitle} theme={theme} />
      <LaneCoverageChart coverage={coverage} projectTitle={projectTitle} theme={theme} prefix={`${uid}-lane`} />
    </div>
  );
}

type ChartProps = CoverageChartsProps & { theme: ChartTheme };

function legendForExport(series: readonly Series[], prefix: string, theme: ChartTheme): ExportLegendItem[] {
  return series.map((s) => ({ label: s.label, fill: seriesFill(s, prefix), stroke: theme.muted }));
}

function WorkByStageChart({ coverage, projectTitle, theme, prefix }: ChartProps & { prefix: string }) {
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
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="work"
              fill={seriesFill(s, prefix)}
              stroke={theme.background}
              strokeWidth={1}
              maxBarSize={72}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      }
      table={
        <TableBox label={`${title}, as a table`}>
          <table className="w-full min-w-[760px] text-sm">
            <caption className="sr-only">
              {title}: lead-weighted work per PGA stage and lane, who leads each stage, how many people work in it and how many of its functions nobody
              covers.
            </caption>
            <thead className="bg-zinc-50 text-left text-xs text-zinc-600 dark:bg-zinc-950/40 dark:text-zinc-400">
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

function ProducingWorkChart({ coverage, projectTitle, theme }: ChartProps) {
  const title = "Who carries the producing work";
  const c = coverage.concentration;
  const threshold = formatShare(c.threshold);
  const rows: PersonRow[] = c.top.map((p) => ({ id: p.personId, name: p.name, percent: p.share * 100, share: p.share, weight: p.weight }));
  const hasProducing = c.totalWeight > 0 && rows.length > 0;
  const names = joinNames(c.busiest.map((p) => p.name));
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
              <thead className="bg-zinc-50 text-left text-xs text-zinc-600 dark:bg-zinc-950/40 dark:text-zinc-400">
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

function LaneCoverageChart({ coverage, projectTitle, theme, prefix }: ChartProps & { prefix: string }) {
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
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="functions"
              fill={seriesFill(s, prefix)}
              stroke={theme.background}
              strokeWidth={1}
              maxBarSize={28}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      }
      table={
        <TableBox label={`${title}, as a table`}>
          <table className="w-full min-w-[720px] text-sm">
            <caption className="sr-only">
              {title}: each lane&apos;s functions, how many are covered, which ones nobody covers, who leads the lane and how many people share it.
            </caption>
            <thead className="bg-zinc-50 text-left text-xs text-zinc-600 dark:bg-zinc-950/40 dark:text-zinc-400">
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
