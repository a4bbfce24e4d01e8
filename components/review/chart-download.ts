/**
 * Turning a drawn chart (a recharts <svg> in the page) into standalone SVG and PNG files.
 * Browser-only apart from slugForFile / chartFileName, which are pure.
 */

import { asciiSlug } from "@/lib/text/fold";

const SVG_NS = "http://www.w3.org/2000/svg";

/** A file-name slug from a project title: lowercase ASCII letters, digits and hyphens; "project" when nothing is left. */
export function slugForFile(title: string): string {
  return asciiSlug(String(title ?? ""), 60) || "project";
}

/** "<project-slug>-<chart>.<ext>", e.g. "night-shift-work-by-stage.svg". */
export function chartFileName(projectTitle: string, chart: string, ext: "svg" | "png"): string {
  return `${slugForFile(projectTitle)}-${chart}.${ext}`;
}

export type ExportLegendItem = {
  label: string;
  /** A colour, or url(#id) of a pattern defined inside the chart's <svg>. */
  fill: string;
  stroke?: string;
  /** A dashed swatch (stroke-dasharray), for line-like series. */
  dash?: string;
};

export type ChartExportOptions = {
  /** Chart title: the file's <title> and its heading line. */
  title: string;
  /** One or two lines under the title (project, what the numbers are). */
  subtitle?: string;
  legend?: readonly ExportLegendItem[];
  /** Concrete colours (the current theme's): page background, text, secondary text. */
  background: string;
  text: string;
  muted: string;
};

export type BuiltSvg = { markup: string; width: number; height: number };

const PAINT_PROPERTIES = ["fill", "stroke", "color", "stop-color", "flood-color", "lighting-color"] as const;
const NEEDS_RESOLVING = /currentcolor|var\(/i;

/** Any CSS colour (oklch(), color-mix(), named…) → rgb()/rgba() that every SVG reader understands. */
function colorNormalizer(): (value: string) => string {
  const canvas = document.createElement("canvas");
  canvas.width = 1;
  canvas.height = 1;
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  const cache = new Map<string, string>();
  return (raw) => {
    const value = raw.trim();
    if (!ctx || value === "" || value === "none" || value.startsWith("url(") || /^#[0-9a-f]{3,8}$/i.test(value) || /^rgba?\(/i.test(value)) return value;
    const hit = cache.get(value);
    if (hit !== undefined) return hit;
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = "#000";
    ctx.fillStyle = value;
    ctx.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, a = 0] = ctx.getImageData(0, 0, 1, 1).data;
    const out = a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;
    cache.set(value, out);
    return out;
  };
}

/**
 * Copies into the clone the computed values of whatever the original paints with
 * `currentColor` or CSS variables, and the text styles, so the file renders on its own.
 */
function inlineStyles(original: SVGSVGElement, clone: SVGSVGElement): void {
  const normalize = colorNormalizer();
  const originals = [original, ...Array.from(original.querySelectorAll("*"))];
  const clones = [clone, ...Array.from(clone.querySelectorAll("*"))];
  const n = Math.min(originals.length, clones.length);
  for (let i = 0; i < n; i++) {
    const o = originals[i] as Element;
    const c = clones[i] as Element;
    let computed: CSSStyleDeclaration | null = null;
    const cs = () => (computed ??= getComputedStyle(o));
    for (const prop of PAINT_PROPERTIES) {
      const attr = c.getAttribute(prop);
      if (attr && NEEDS_RESOLVING.test(attr)) c.setAttribute(prop, normalize(cs().getPropertyValue(prop)));
    }
    const style = (c as SVGElement).style;
    if (style) {
      for (let j = style.length - 1; j >= 0; j--) {
        const prop = style.item(j);
        const value = style.getPropertyValue(prop);
        if (NEEDS_RESOLVING.test(value)) {
          const resolved = cs().getPropertyValue(prop);
          style.setProperty(prop, (PAINT_PROPERTIES as readonly string[]).includes(prop) ? normalize(resolved) : resolved);
        }
      }
    }
    // <tspan>s inherit from their <text> in the file as on the page.
    if (c.localName === "text") {
      const fill = c.getAttribute("fill");
      if (!fill) c.setAttribute("fill", normalize(cs().fill));
      if (!c.getAttribute("font-size") && !style?.fontSize) c.setAttribute("font-size", cs().fontSize);
      if (!c.getAttribute("font-weight")) {
        const weight = cs().fontWeight;
        if (weight && weight !== "400" && weight !== "normal") c.setAttribute("font-weight", weight);
      }
    }
  }
}

type Measure = (text: string, font: string) => number;

function textMeasurer(): Measure {
  const ctx = document.createElement("canvas").getContext("2d");
  return (text, font) => {
    if (!ctx) return text.length * (parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? "12") * 0.6);
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

/** Word-wraps text into at most maxLines lines of maxWidth; the last one ends with "…" when cut. */
function wrapText(text: string, maxWidth: number, font: string, maxLines: number, measure: Measure): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, font) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]} ${lines.slice(maxLines).join(" ")}`;
  while (last.length > 1 && measure(`${last}…`, font) > maxWidth) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const rect = svg.getBoundingClientRect();
  const w = Number(svg.getAttribute("width"));
  const h = Number(svg.getAttribute("height"));
  return { width: Math.round(w > 0 ? w : rect.width), height: Math.round(h > 0 ? h : rect.height) };
}

/**
 * A standalone SVG document of the chart: background, title (and subtitle), the chart itself
 * with colours inlined, and a legend drawn in SVG (the page's legend is HTML).
 */
export function buildChartSvg(source: SVGSVGElement, options: ChartExportOptions): BuiltSvg {
  const { width: chartWidth, height: chartHeight } = sizeOf(source);
  if (!(chartWidth > 0 && chartHeight > 0)) throw new Error("The chart is not drawn yet.");
  const measure = textMeasurer();
  const family = getComputedStyle(source).fontFamily || "system-ui, sans-serif";
  const pad = 16;
  const width = Math.max(chartWidth + pad * 2, 360);
  const inner = width - pad * 2;

  const root = el("svg", { width, height: 0, viewBox: `0 0 ${width} 0`, "font-family": family });
  root.appendChild(el("title", {}, options.title));
  const background = el("rect", { x: 0, y: 0, width, height: 0, fill: options.background });
  root.appendChild(background);

  let y = pad;
  const titleFont = `600 16px ${family}`;
  for (const line of wrapText(options.title, inner, titleFont, 2, measure)) {
    root.appendChild(el("text", { x: pad, y: y + 15, "font-size": 16, "font-weight": 600, fill: options.text }, line));
    y += 22;
  }
  if (options.subtitle) {
    const subFont = `12px ${family}`;
    for (const line of wrapText(options.subtitle, inner, subFont, 3, measure)) {
      root.appendChild(el("text", { x: pad, y: y + 12, "font-size": 12, fill: options.muted }, line));
      y += 17;
    }
  }
  y += 10;

  const clone = source.cloneNode(true) as SVGSVGElement;
  inlineStyles(source, clone);
  for (const attr of ["style", "tabindex", "role", "aria-label", "aria-describedby", "class"]) clone.removeAttribute(attr);
  for (const node of Array.from(clone.querySelectorAll(".recharts-tooltip-cursor"))) node.remove();
  for (const node of Array.from(clone.children)) if ((node.localName === "title" || node.localName === "desc") && !node.textContent) node.remove();
  clone.setAttribute("x", String(pad));
  clone.setAttribute("y", String(y));
  clone.setAttribute("width", String(chartWidth));
  clone.setAttribute("height", String(chartHeight));
  if (!clone.getAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${chartWidth} ${chartHeight}`);
  clone.setAttribute("overflow", "visible");
  root.appendChild(clone);
  y += chartHeight;

  const legend = options.legend ?? [];
  if (legend.length > 0) {
    y += 12;
    const font = `12px ${family}`;
    const group = el("g", {});
    let x = pad;
    for (const item of legend) {
      const itemWidth = 18 + measure(item.label, font);
      if (x > pad && x + itemWidth > pad + inner) {
        x = pad;
        y += 20;
      }
      group.appendChild(
        el("rect", {
          x: x + 0.5,
          y: y + 0.5,
          width: 12,
          height: 12,
          fill: item.fill,
          stroke: item.stroke ?? options.muted,
          "stroke-width": 1,
          ...(item.dash ? { "stroke-dasharray": item.dash } : {}),
        }),
      );
      group.appendChild(el("text", { x: x + 18, y: y + 11, "font-size": 12, fill: options.text }, item.label));
      x += itemWidth + 16;
    }
    root.appendChild(group);
    y += 14;
  }

  const height = Math.ceil(y + pad);
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  background.setAttribute("height", String(height));

  let markup = new XMLSerializer().serializeToString(root);
  if (!/^<svg[^>]*\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(markup)) markup = markup.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`);
  return { markup, width, height };
}

/** Saves a blob under a file name through a hidden <a download>. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadChartSvg(source: SVGSVGElement, options: ChartExportOptions, fileName: string): void {
  const { markup } = buildChartSvg(source, options);
  const file = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n${markup}\n`;
  saveBlob(new Blob([file], { type: "image/svg+xml;charset=utf-8" }), fileName);
}

/** Renders SVG markup to a PNG at `scale` × its size (2 = sharp on high-density screens). */
export async function svgToPng({ markup, width, height }: BuiltSvg, background: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("The chart could not be turned into an image."));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("This browser cannot draw the image.");
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be made."))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function downloadChartPng(source: SVGSVGElement, options: ChartExportOptions, fileName: string): Promise<void> {
  const built = buildChartSvg(source, options);
  saveBlob(await svgToPng(built, options.background), fileName);
}
