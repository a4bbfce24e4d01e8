/**
 * Shared pieces of the review charts: the colour theme (light and dark), fill patterns so
 * series never differ by colour alone, the HTML legend, axis ticks that wrap, and the
 * tooltip box. Client-side (hooks, recharts); imported by the coverage charts (coverage/).
 */
import type { ReactNode } from "react";
import { useSyncExternalStore } from "react";
import { Text } from "recharts";
import type { Lane } from "@/lib/work/taxonomy";

export type ChartTheme = {
  dark: boolean;
  /** The card's background (white / zinc-900): chart background and segment separators. */
  background: string;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  /** Hover/focus band behind the active category. */
  cursor: string;
  /** Lines and dots drawn over a series colour to make its pattern. */
  overlay: string;
  lanes: Record<Lane, string>;
  covered: string;
  uncovered: string;
  share: string;
  reference: string;
};

/**
 * Okabe–Ito-based colours (safe for the common colour-vision deficiencies) with the app's
 * amber accent for the opportunity lane; each set at least 3:1 against its background.
 */
export const LIGHT_THEME: ChartTheme = {
  dark: false,
  background: "#ffffff",
  text: "#18181b",
  muted: "#52525b",
  grid: "#e4e4e7",
  axis: "#a1a1aa",
  cursor: "#f4f4f5",
  overlay: "rgba(255, 255, 255, 0.6)",
  lanes: { opportunity: "#c9690c", execution: "#0072b2", creative: "#a8457f", post: "#00805c", other: "#71717a" },
  covered: "#0072b2",
  uncovered: "#c2410c",
  share: "#a24e10",
  reference: "#b91c1c",
};

export const DARK_THEME: ChartTheme = {
  dark: true,
  background: "#18181b",
  text: "#f4f4f5",
  muted: "#a1a1aa",
  grid: "#3f3f46",
  axis: "#71717a",
  cursor: "#27272a",
  overlay: "rgba(24, 24, 27, 0.55)",
  lanes: { opportunity: "#eca851", execution: "#56b4e9", creative: "#e39ac6", post: "#3cc99a", other: "#a1a1aa" },
  covered: "#56b4e9",
  uncovered: "#f28e5b",
  share: "#eca851",
  reference: "#fca5a5",
};

const DARK_QUERY = "(prefers-color-scheme: dark)";

function subscribeToScheme(onChange: () => void): () => void {
  if (typeof window === "undefined" || !window.matchMedia) return () => {};
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}

/** True when the system asks for dark mode (the app's `dark:` variant); false on the server. */
export function usePrefersDark(): boolean {
  return useSyncExternalStore(
    subscribeToScheme,
    () => typeof window !== "undefined" && !!window.matchMedia && window.matchMedia(DARK_QUERY).matches,
    () => false,
  );
}

function subscribeToNothing(): () => void {
  return () => {};
}

/**
 * False on the server and while hydrating, true afterwards: charts draw only on the client,
 * so their size comes from the real layout and recharts' generated ids never mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

export function useChartTheme(): ChartTheme {
  return usePrefersDark() ? DARK_THEME : LIGHT_THEME;
}

export type PatternKind = "solid" | "diagonal" | "dots" | "vertical" | "cross";

/** One series of a chart: what the legend, tooltip and bars call it and how it is painted. */
export type Series = { key: string; label: string; color: string; pattern: PatternKind };

/** A safe SVG id fragment from React's useId (whose ids contain ":" or "«»"). */
export function idFragment(id: string): string {
  return id.replace(/[^a-zA-Z0-9_-]/g, "");
}

export function patternId(prefix: string, key: string): string {
  return `${prefix}-pattern-${key}`;
}

/** What to put in `fill`: the colour itself for solid series, else the pattern's url. */
export function seriesFill(series: Series, prefix: string): string {
  return series.pattern === "solid" ? series.color : `url(#${patternId(prefix, series.key)})`;
}

function PatternMarks({ kind, overlay }: { kind: PatternKind; overlay: string }) {
  switch (kind) {
    case "diagonal":
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={overlay} strokeWidth={1.75} />;
    case "dots":
      return <circle cx={4} cy={4} r={1.6} fill={overlay} />;
    case "vertical":
      return <path d="M4,0 V8" stroke={overlay} strokeWidth={1.75} />;
    case "cross":
      return <path d="M0,0 L8,8 M8,0 L0,8" stroke={overlay} strokeWidth={1.25} />;
    default:
      return null;
  }
}

/** <pattern>s for the patterned series (put inside the chart's <svg>, e.g. in a <defs>). */
export function SeriesPatterns({ series, prefix, theme }: { series: readonly Series[]; prefix: string; theme: ChartTheme }) {
  return (
    <>
      {series
        .filter((s) => s.pattern !== "solid")
        .map((s) => (
          <pattern key={s.key} id={patternId(prefix, s.key)} patternUnits="userSpaceOnUse" width={8} height={8}>
            <rect width={8} height={8} fill={s.color} />
            <PatternMarks kind={s.pattern} overlay={theme.overlay} />
          </pattern>
        ))}
    </>
  );
}

/** A small square in the series' colour and pattern. Decorative: always next to the series name. */
export function Swatch({ series, prefix, theme }: { series: Series; prefix: string; theme: ChartTheme }) {
  const own = `${prefix}-swatch`;
  return (
    <svg aria-hidden focusable="false" width={14} height={14} viewBox="0 0 14 14" className="shrink-0">
      {series.pattern !== "solid" ? (
        <defs>
          <SeriesPatterns series={[series]} prefix={own} theme={theme} />
        </defs>
      ) : null}
      <rect x={0.5} y={0.5} width={13} height={13} rx={2} fill={seriesFill(series, own)} stroke={theme.muted} strokeWidth={1} />
    </svg>
  );
}

/** The legend, in HTML so it wraps on narrow screens: swatch + name for each series. */
export function ChartLegend({ series, prefix, theme, label }: { series: readonly Series[]; prefix: string; theme: ChartTheme; label: string }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-x-4 gap-y-1.5 text-xs text-zinc-700 dark:text-zinc-300">
      {series.map((s) => (
        <li key={s.key} className="inline-flex items-center gap-1.5">
          <Swatch series={s} prefix={`${prefix}-${s.key}`} theme={theme} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

type TickBase = {
  className?: string;
  x?: number | string;
  y?: number | string;
  width?: number | string;
  visibleTicksCount?: number;
  payload?: { value?: unknown };
};

function num(value: number | string | undefined): number {
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : 0;
}

/** A category tick under an x axis that wraps onto two lines within its band. */
export function WrappedXTick({ className, x, y, width, visibleTicksCount, payload, textColor }: TickBase & { textColor: string }) {
  const band = num(width) / Math.max(1, visibleTicksCount ?? 1);
  return (
    <Text
      className={className}
      x={num(x)}
      y={num(y)}
      width={band > 24 ? band - 6 : undefined}
      maxLines={2}
      textAnchor="middle"
      verticalAnchor="start"
      fill={textColor}
      fontSize={12}
      style={{ fontSize: 12 }}
    >
      {String(payload?.value ?? "")}
    </Text>
  );
}

/** A category tick left of a y axis (names, lanes), wrapped onto two lines within maxWidth. */
export function WrappedYTick({ className, x, y, payload, textColor, maxWidth }: TickBase & { textColor: string; maxWidth: number }) {
  return (
    <Text
      className={className}
      x={num(x)}
      y={num(y)}
      width={maxWidth}
      maxLines={2}
      textAnchor="end"
      verticalAnchor="middle"
      fill={textColor}
      fontSize={12}
      style={{ fontSize: 12 }}
    >
      {String(payload?.value ?? "")}
    </Text>
  );
}

/** The box a custom tooltip draws in (HTML, house colours in both themes). */
export function TooltipBox({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div className="max-w-72 rounded-lg border border-zinc-200 bg-white px-3 py-2 text-xs text-zinc-800 shadow-md dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100">
      <p className="mb-1 font-semibold text-zinc-900 dark:text-white">{title}</p>
      {children}
    </div>
  );
}

/** The first payload row's data point, as given to the chart (recharts passes it back untyped). */
export function tooltipRow<T>(payload: ReadonlyArray<{ payload?: unknown }> | undefined): T | null {
  const row = payload?.[0]?.payload;
  return row && typeof row === "object" ? (row as T) : null;
}
