"use client";

import { Download } from "lucide-react";
import { Bar } from "recharts";
import { useId, useRef, useState, type ReactNode } from "react";
import { toast } from "sonner";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { Coverage, CoveragePerson } from "@/lib/review/coverage";
import { joinList } from "@/lib/credits/format";
import { chartFileName, downloadChartPng, downloadChartSvg, type ExportLegendItem } from "../chart-download";
import { idFragment, seriesFill, useHydrated, type ChartTheme, type Series } from "../chart-parts";

/**
 * What the three coverage charts share: the frame each sits in (heading, caption, SVG/PNG
 * downloads, legend, the chart, and the same numbers as a table), the table box and cell
 * classes, the chart margins, and a tooltip's series line.
 */

export type CoverageChartsProps = { coverage: Coverage; projectTitle: string };
export type ChartProps = CoverageChartsProps & { theme: ChartTheme };

/** What recharts injects into a tooltip's content element (it clones it with active/payload). */
export type TooltipInjected = { active?: boolean; payload?: ReadonlyArray<{ payload?: unknown }> };

export const CHART_MARGIN = { top: 8, right: 12, bottom: 4, left: 4 };
export const TICK_TEXT = { fontSize: 12 };

export const TH = "px-3 py-2 font-medium whitespace-nowrap";
export const TD = "px-3 py-2 align-top";
export const NUM = "text-right tabular-nums";
export const THEAD = "bg-zinc-50 text-left text-xs text-zinc-600 dark:bg-zinc-950/40 dark:text-zinc-400";

/**
 * One stacked <Bar> per series, filled with its colour or pattern. A function, not a
 * component: recharts reads its <Bar> children directly.
 */
export function stackedBars(series: readonly Series[], { prefix, theme, stackId, maxBarSize }: { prefix: string; theme: ChartTheme; stackId: string; maxBarSize: number }) {
  return series.map((s) => (
    <Bar
      key={s.key}
      dataKey={s.key}
      name={s.label}
      stackId={stackId}
      fill={seriesFill(s, prefix)}
      stroke={theme.background}
      strokeWidth={1}
      maxBarSize={maxBarSize}
      isAnimationActive={false}
    />
  ));
}

/** "Maya Okafor and Sam Lee", or "Nobody". */
export function leaderNames(leaders: readonly CoveragePerson[]): string {
  return leaders.length > 0 ? joinList(leaders.map((p) => p.name)) : "Nobody";
}

/** The legend of a downloaded chart file: each series' fill (its pattern by id) with the chart's stroke. */
export function legendForExport(series: readonly Series[], prefix: string, theme: ChartTheme): ExportLegendItem[] {
  return series.map((s) => ({ label: s.label, fill: seriesFill(s, prefix), stroke: theme.muted }));
}

/** One series in a tooltip: its swatch, its label and its value. */
export function SeriesLine({ series, prefix, theme, value }: { series: Series; prefix: string; theme: ChartTheme; value: string }) {
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

export function ChartFrame({ fileKey, title, caption, projectTitle, theme, exportLegend, downloadable = true, notice, legend, chart, chartHeight, minChartWidth, table }: ChartFrameProps) {
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
export function TableBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
      {children}
    </div>
  );
}
