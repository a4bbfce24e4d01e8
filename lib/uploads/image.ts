import { InvalidError } from "@/lib/errors";
import { MAX_LOGO_BYTES, logoTooBigMessage } from "./limits";
import { PngProblem, hasPngSignature, readPng } from "./png";
import { SvgProblem, looksLikeXml, sanitizeSvg } from "./svg";

export { MAX_LOGO_BYTES, MAX_LOGO_DIMENSION } from "./limits";

/**
 * What an uploaded logo is, judged by its bytes (never by its name or the browser's type):
 * a PNG with its size read from the header, or an SVG with its size and its sanitized text
 * (see lib/uploads/svg.ts for what is kept), which is what gets stored.
 */
export type InspectedImage =
  | { mime: "image/png"; width: number; height: number }
  | { mime: "image/svg+xml"; width: number; height: number; svg: string };

/** Other formats people upload by mistake, for a precise message. */
const OTHER_FORMATS: { name: string; matches: (b: Uint8Array) => boolean }[] = [
  { name: "a JPEG image", matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { name: "a GIF image", matches: (b) => ascii(b, 0, 4) === "GIF8" },
  { name: "a WebP image", matches: (b) => ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP" },
  { name: "a PDF", matches: (b) => ascii(b, 0, 5) === "%PDF-" },
  { name: "a ZIP archive (or an Office document)", matches: (b) => ascii(b, 0, 4) === "PK\u0003\u0004" },
];

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** The file name as shown in messages: no control characters, at most 80 characters. */
function shownName(declaredName: string): string {
  const name = String(declaredName ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim() || "The file";
  return name.length > 80 ? `${name.slice(0, 77)}…` : name;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

function refuse(message: string): never {
  throw new InvalidError(message, { file: [message] });
}

/**
 * Checks an uploaded logo and tells what it is. Refuses (InvalidError, with the message
 * also under `fieldErrors.file`):
 * - a file over MAX_LOGO_BYTES (2 MB), before looking at its contents, and an empty one;
 * - a file named .png that isn't a PNG, or named .svg that isn't an SVG, and anything that is
 *   neither (JPEG, GIF, WebP, PDF are named as such);
 * - a PNG with a damaged structure (bad chunk, CRC mismatch, IHDR missing or invalid,
 *   truncated, data after IEND) or a width/height of 0 or above MAX_LOGO_DIMENSION (8000);
 * - an SVG that isn't UTF-8 well-formed XML with an <svg> root in the SVG namespace, that
 *   declares entities, or that has no viewBox nor width/height to size it.
 */
export function inspectImage(bytes: Uint8Array, declaredName: string): InspectedImage {
  const name = shownName(declaredName);
  if (bytes.byteLength > MAX_LOGO_BYTES) refuse(logoTooBigMessage(name, bytes.byteLength));
  if (bytes.byteLength === 0) refuse(`“${name}” is empty. Choose the logo file again.`);

  const extension = extensionOf(name);
  const isPng = hasPngSignature(bytes);
  const isXml = !isPng && looksLikeXml(bytes);
  const other = isPng || isXml ? undefined : OTHER_FORMATS.find((f) => f.matches(bytes));
  const what = isPng ? "a PNG image" : isXml ? "XML text, perhaps an SVG" : other?.name;
  const actually = what ? ` (it is ${what})` : "";

  if (extension === "png" && !isPng) refuse(`“${name}” is named .png but isn't a PNG image${actually}. Export the logo as PNG or SVG and upload that file.`);
  if (extension === "svg" && !isXml) refuse(`“${name}” is named .svg but isn't an SVG image${actually}. Export the logo as PNG or SVG and upload that file.`);

  if (isPng) {
    try {
      return { mime: "image/png", ...readPng(bytes) };
    } catch (error) {
      if (error instanceof PngProblem) refuse(`“${name}” can't be used as a PNG logo. ${error.message}`);
      throw error;
    }
  }
  if (isXml) {
    try {
      return { mime: "image/svg+xml", ...sanitizeSvg(bytes) };
    } catch (error) {
      if (error instanceof SvgProblem) refuse(`“${name}” can't be used as an SVG logo. ${error.message}`);
      throw error;
    }
  }
  refuse(`“${name}” isn't a PNG or SVG image${actually}. Export the logo as PNG or SVG and upload that file.`);
}
