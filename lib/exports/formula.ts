/**
 * Characters that make a spreadsheet read a CSV cell as a formula when they come first
 * (OWASP "CSV Injection"): = + - @, tab, carriage return, and their full-width forms
 * (＝ ＋ － ＠), which some Excel input modes treat the same way.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * "=HYPERLINK(…)" → "'=HYPERLINK(…)": a leading apostrophe makes the cell text. Applies to
 * negative numbers too ("-5" → "'-5"): a roster has no signed numbers, and telling a harmless
 * "-5" from "-5+cmd|…" is exactly the parsing this rule avoids. Invariant: the result never
 * starts with a formula character; other text is returned unchanged.
 */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
