/**
 * Display and parsing helpers for project fields. Pure and locale-stable (en-US)
 * so the server and the browser print the same thing.
 */

/** "600000" + "USD" → "$600,000"; null when no amount. */
export function formatBudget(amount: number | null | undefined, currency: string): string | null {
  if (amount === null || amount === undefined) return null;
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${amount.toLocaleString("en-US")} ${currency}`;
  }
}

/** 95 → "1:35". */
export function formatRuntime(seconds: number | null | undefined): string | null {
  if (seconds === null || seconds === undefined) return null;
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}

/**
 * Reads a running time typed as "m:ss", "h:mm:ss" or plain seconds ("95").
 * Returns whole seconds, or null when the text is not a running time.
 */
export function parseRuntime(input: string): number | null {
  const text = input.trim();
  if (text === "") return null;
  if (/^\d+$/.test(text)) return Number(text);
  const parts = text.split(":");
  if (parts.length < 2 || parts.length > 3) return null;
  if (!parts.every((p) => /^\d+$/.test(p))) return null;
  const nums = parts.map(Number);
  const [a = 0, b = 0, c] = nums;
  if (c === undefined) {
    if (b >= 60) return null;
    return a * 60 + b;
  }
  if (b >= 60 || c >= 60) return null;
  return a * 3600 + b * 60 + c;
}

/**
 * Reads a budget typed by a person: "600000", "600,000", "$600,000", "1.2m", "250k".
 * Returns whole units, or null when the text is not an amount.
 */
export function parseBudget(input: string): number | null {
  const text = input
    .trim()
    .toLowerCase()
    .replace(/[\s,_]/g, "")
    // A currency sign or code in front ("$", "usd", "€") is dropped; a minus sign is not, so "-500" is refused.
    .replace(/^[^\d.\-]+/, "");
  if (text === "") return null;
  const match = /^(\d+(?:\.\d+)?)([km]?)$/.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  const factor = match[2] === "m" ? 1_000_000 : match[2] === "k" ? 1_000 : 1;
  const result = Math.round(value * factor);
  return Number.isSafeInteger(result) ? result : null;
}
