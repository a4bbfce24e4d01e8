const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/**
 * How many Excel width units a text needs: wide (CJK, Hangul, full-width) characters count
 * twice; for text on several lines, the longest line.
 */
export function displayWidth(text: string): number {
  let widest = 0;
  for (const line of text.split(/\r\n|\n|\r/)) {
    let width = 0;
    for (const ch of line) width += isWide(ch.codePointAt(0)!) ? 2 : 1;
    widest = Math.max(widest, width);
  }
  return widest;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Each column's width: its widest cell plus padding, between 8 and 60 units. */
export function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  return Array.from(widths, (w) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, (w ?? 0) + 2)));
}
