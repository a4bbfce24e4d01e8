import createDOMPurify, { type Config } from "dompurify";
import { JSDOM } from "jsdom";
import { MAX_LOGO_DIMENSION } from "./limits";

/**
 * Checks, sizes and sanitizes an uploaded SVG logo.
 *
 * Parsing is strict XML (jsdom's DOMParser, "image/svg+xml"): a file that is not well-formed
 * is refused, and so is one that declares its own entities (a DOCTYPE with an internal
 * subset: entity expansion is how "billion laughs" and markup smuggling work). The root must
 * be <svg> in the SVG namespace. A plain DOCTYPE (`<!DOCTYPE svg PUBLIC …>`), the XML
 * declaration and comments around the root are dropped: only the root element is kept.
 * Before any parsing, a linear scan refuses more than MAX_SVG_ELEMENTS (10,000) elements or
 * nesting deeper than MAX_SVG_DEPTH (100): jsdom is slow on such trees (see checkShape).
 *
 * Sanitizing is DOMPurify (run on jsdom, the DOM its authors test it on) with its SVG
 * profile, `USE_PROFILES: { svg: true, svgFilters: true }`, and then stricter rules of our
 * own (`enforceLocalOnly`). What is KEPT:
 * - SVG shapes, text and structure: svg, g, defs, symbol, path, rect, circle, ellipse, line,
 *   polyline, polygon, text, tspan, textPath, a (without its link), title, desc, metadata,
 *   switch, view, clipPath, mask, marker, pattern, linearGradient, radialGradient, stop,
 *   image, the fe* filter primitives, animateMotion/animateTransform, and <use> — which the
 *   profile drops and we add back because logo exports reuse shapes with it (its reference
 *   must point inside the file, see below);
 * - presentation and geometry attributes (fill, stroke, transform, viewBox, d, …), id,
 *   class, style, xml:space, aria-*;
 * - <style> whose CSS is plain rules (no @import, no url() to anything but "#…", no
 *   escapes, no image()/image-set()/expression());
 * - references inside the file: href / xlink:href of "#id", url(#id) in fill, clip-path,
 *   mask, filter, marker-* and style;
 * - on <image> only: href to an embedded data:image/png or data:image/jpeg (base64).
 *
 * What is REMOVED:
 * - <script>, <foreignObject> (and any HTML or MathML inside), <animate>, <set>, <iframe>,
 *   and every element outside the SVG namespace or not in the profile;
 * - event handler attributes (onload, onclick, …) and any attribute not in the profile;
 * - href / xlink:href to anything but "#…" (http:, https:, relative files, javascript:,
 *   data: other than PNG/JPEG on <image>), and attributes whose url() points outside;
 * - any attribute value with a javascript:/vbscript: or data: URL (except the above);
 * - <style> elements and style attributes with @import, external url(), or CSS escapes;
 * - processing instructions (e.g. xml-stylesheet), the DOCTYPE, comments.
 */

export class SvgProblem extends Error {}

const SVG_NS = "http://www.w3.org/2000/svg";
const XLINK_NS = "http://www.w3.org/1999/xlink";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
/** jsdom reports XML errors as a document whose root is this element (as Firefox does). */
const PARSER_ERROR_NS = "http://www.mozilla.org/newlayout/xml/parsererror.xml";

/** Bounds that keep a pathological file from costing the server seconds (and the serializer its stack). */
export const MAX_SVG_ELEMENTS = 10_000;
export const MAX_SVG_DEPTH = 100;

const PURIFY_CONFIG: Config & { IN_PLACE: true } = {
  IN_PLACE: true,
  USE_PROFILES: { svg: true, svgFilters: true },
  ADD_TAGS: ["use"],
  FORBID_TAGS: ["foreignObject", "foreignobject", "script", "iframe", "animate", "set"],
  ALLOW_DATA_ATTR: false,
  // A removed element goes with its content: no stray script text, no editor data (Illustrator's <i:pgf>).
  KEEP_CONTENT: false,
};

type Sanitizer = { window: JSDOM["window"]; purify: ReturnType<typeof createDOMPurify> };
let sanitizer: Sanitizer | null = null;

/** One jsdom window and DOMPurify instance for the process, made on first use (~200 ms). */
function getSanitizer(): Sanitizer {
  if (!sanitizer) {
    const { window } = new JSDOM("<!DOCTYPE html><html><body></body></html>");
    sanitizer = { window, purify: createDOMPurify(window as unknown as Window & typeof globalThis) };
  }
  return sanitizer;
}

/** Decodes UTF-8 text (a BOM is dropped); refuses UTF-16 and bytes that are not UTF-8. */
function decode(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new SvgProblem("It is saved as UTF-16; save it as UTF-8 and upload it again.");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new SvgProblem("It isn't UTF-8 text; save it as UTF-8 and upload it again.");
  }
}

// ---------------------------------------------------------------------------
// Size

const LENGTH = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(px|pt|pc|mm|cm|in)?\s*$/i;
const PX_PER_UNIT: Readonly<Record<string, number>> = { px: 1, pt: 4 / 3, pc: 16, mm: 96 / 25.4, cm: 96 / 2.54, in: 96 };

/** An absolute length in CSS pixels; null for a missing or relative one (%, em). */
function absoluteLength(value: string | null): number | null {
  if (value === null) return null;
  const m = LENGTH.exec(value);
  if (!m) return null;
  const n = Number(m[1]) * PX_PER_UNIT[(m[2] ?? "px").toLowerCase()]!;
  if (!Number.isFinite(n)) return null;
  if (n <= 0) throw new SvgProblem(`Its width or height is ${value.trim()}; a logo needs a size above 0.`);
  return n;
}

function viewBoxSize(value: string | null): { width: number; height: number } | null {
  if (value === null) return null;
  const parts = value.trim().split(/[\s,]+/).map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) {
    throw new SvgProblem(`Its viewBox "${value.trim().slice(0, 60)}" isn't four numbers.`);
  }
  const [, , width, height] = parts as [number, number, number, number];
  if (width <= 0 || height <= 0) throw new SvgProblem(`Its viewBox "${value.trim().slice(0, 60)}" has no area; a logo needs a width and height above 0.`);
  return { width, height };
}

/**
 * The logo's intrinsic size in whole pixels: width and height when both are absolute, else
 * the viewBox (scaled to the one absolute dimension given, if any). A vector larger than
 * MAX_LOGO_DIMENSION is scaled down to fit, keeping its proportions.
 */
export function svgSize(root: Element): { width: number; height: number } {
  const w = absoluteLength(root.getAttribute("width"));
  const h = absoluteLength(root.getAttribute("height"));
  const vb = viewBoxSize(root.getAttribute("viewBox"));
  let width: number, height: number;
  if (w !== null && h !== null) [width, height] = [w, h];
  else if (vb && w !== null) [width, height] = [w, (w * vb.height) / vb.width];
  else if (vb && h !== null) [width, height] = [(h * vb.width) / vb.height, h];
  else if (vb) [width, height] = [vb.width, vb.height];
  else {
    throw new SvgProblem('It has no viewBox and no width and height, so its size is unknown. Add a viewBox (for example viewBox="0 0 400 200") and upload it again.');
  }
  const scale = Math.min(1, MAX_LOGO_DIMENSION / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

// ---------------------------------------------------------------------------
// Our rules on top of DOMPurify

const URL_FN = /url\s*\(/gi;
const LOCAL_URL_FN = /url\s*\(\s*(["']?)#[^"'()\s\\]*\1\s*\)/gi;

/** True when every url(…) in `text` points inside the file ("#id"). */
function onlyLocalUrls(text: string): boolean {
  return (text.match(URL_FN) ?? []).length === (text.match(LOCAL_URL_FN) ?? []).length;
}

/** CSS that could load something or hide what it does. */
export function unsafeCss(css: string): boolean {
  if (css.includes("\\")) return true; // escapes can spell url( or @import without the letters
  const text = css.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, " ");
  if (/@import|expression\s*\(|(?:^|[^\w-])(?:-webkit-)?image(?:-set)?\s*\(|(?:^|[^\w-])src\s*\(|-moz-binding|behavior\s*:/i.test(text)) return true;
  return !onlyLocalUrls(text);
}

/**
 * A javascript:, vbscript: or data: URL anywhere in the value. Tabs, line breaks and other
 * control characters are dropped first, as a browser's URL parser does ("java\tscript:").
 */
function hasDangerousUrl(value: string): boolean {
  const v = value.replace(/[\u0000-\u001f\u007f]+/g, "");
  return /(?:java|vb)script\s*:/i.test(v) || /(?:^|[^\w-])data\s*:/i.test(v);
}

const EMBEDDED_IMAGE = /^data:image\/(?:png|jpeg);base64,[a-z0-9+/=\s]*$/i;

function allowedHref(element: Element, value: string): boolean {
  const v = value.trim();
  if (/^#[^\s]*$/.test(v)) return true;
  return element.localName === "image" && EMBEDDED_IMAGE.test(v);
}

function enforceAttributes(element: Element): void {
  for (const attr of Array.from(element.attributes)) {
    const name = attr.localName.toLowerCase();
    const value = attr.value;
    let keep: boolean;
    if (attr.namespaceURI === XMLNS_NS) keep = value === SVG_NS || value === XLINK_NS;
    else if (name === "href") keep = allowedHref(element, value);
    else if (name.startsWith("on")) keep = false;
    else if (name === "style") keep = !unsafeCss(value) && !hasDangerousUrl(value);
    else keep = !hasDangerousUrl(value) && onlyLocalUrls(value);
    if (!keep) element.removeAttributeNode(attr);
  }
}

/** Walks the sanitized tree (iteratively) and applies the rules DOMPurify's profile leaves to us. */
function enforceLocalOnly(root: Element): void {
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (element !== root && (element.namespaceURI !== SVG_NS || (element.localName === "style" && unsafeCss(element.textContent ?? "")))) {
      element.remove();
      continue;
    }
    enforceAttributes(element);
    for (const child of Array.from(element.children)) stack.push(child);
  }
}

/**
 * Counts start tags and nesting depth with one linear pass over the text, before any parser
 * sees it: jsdom's XML parser slows down with the square of the depth (2,000 nested groups
 * take seconds) and by tens of microseconds an element, so a hostile 2 MB file is refused
 * here, cheaply. Comments, CDATA, processing instructions and quoted attribute values are
 * skipped as XML does; for a well-formed file the counts are exact, and a malformed one is
 * refused by the parser afterwards.
 */
export function checkShape(text: string): void {
  let elements = 0;
  let depth = 0;
  let i = text.indexOf("<");
  const skipTo = (end: string, from: number) => {
    const at = text.indexOf(end, from);
    return at < 0 ? text.length : at + end.length;
  };
  while (i >= 0 && i < text.length) {
    if (text.startsWith("<!--", i)) i = skipTo("-->", i + 4);
    else if (text.startsWith("<![CDATA[", i)) i = skipTo("]]>", i + 9);
    else if (text.startsWith("<?", i)) i = skipTo("?>", i + 2);
    else if (text.startsWith("<!", i)) i = skipTo(">", i + 2);
    else if (text.startsWith("</", i)) {
      depth = Math.max(0, depth - 1);
      i = skipTo(">", i + 2);
    } else {
      let j = i + 1;
      let quote = "";
      for (; j < text.length; j++) {
        const c = text[j];
        if (quote) {
          if (c === quote) quote = "";
        } else if (c === '"' || c === "'") quote = c;
        else if (c === ">") break;
      }
      if (++elements > MAX_SVG_ELEMENTS) throw new SvgProblem(`It has more than ${MAX_SVG_ELEMENTS.toLocaleString("en")} elements; simplify it and upload it again.`);
      if (text[j - 1] !== "/" && ++depth > MAX_SVG_DEPTH) throw new SvgProblem(`Its elements are nested more than ${MAX_SVG_DEPTH} deep; simplify it and upload it again.`);
      i = j + 1;
    }
    i = text.indexOf("<", i);
  }
}

// ---------------------------------------------------------------------------

/** Whether the bytes look like XML text (after a BOM and white space, a "<"). Used to tell an SVG from other files. */
export function looksLikeXml(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true; // UTF-16: decode() says so
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && i < 4096 && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x3c; // "<"
}

/** Parses, checks, sizes and sanitizes an SVG; throws an SvgProblem with a sentence a person can read. */
export function sanitizeSvg(bytes: Uint8Array): { svg: string; width: number; height: number } {
  const text = decode(bytes);
  if (/<!ENTITY/i.test(text) || /<!DOCTYPE[^>[]*\[/i.test(text)) {
    throw new SvgProblem("It declares its own XML entities (a DOCTYPE with [ … ], as old Illustrator exports do). Export it again as plain SVG, or delete the DOCTYPE.");
  }
  checkShape(text);
  const { window, purify } = getSanitizer();
  const doc = new window.DOMParser().parseFromString(text, "image/svg+xml");
  const root = doc.documentElement;
  if (!root || root.namespaceURI === PARSER_ERROR_NS || root.localName === "parsererror") {
    const detail = (root?.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 160);
    throw new SvgProblem(`It isn't well-formed XML${detail ? ` (${detail})` : ""}. Export it again from your design tool.`);
  }
  if (root.localName !== "svg") throw new SvgProblem(`It isn't an SVG image: its root element is <${root.localName.slice(0, 40)}>, not <svg>.`);
  if (root.namespaceURI !== SVG_NS) throw new SvgProblem(`Its <svg> element lacks xmlns="${SVG_NS}", so browsers won't draw it as SVG.`);
  purify.sanitize(root, PURIFY_CONFIG);
  enforceLocalOnly(root);

  const size = svgSize(root);
  const svg = new window.XMLSerializer().serializeToString(root);
  return { svg, ...size };
}
