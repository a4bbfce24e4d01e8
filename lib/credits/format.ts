import type { WorkStage } from "@/lib/work/taxonomy";

const moneyFormatters = new Map<string, Intl.NumberFormat | null>();

function moneyFormatter(currency: string): Intl.NumberFormat | null {
  if (!moneyFormatters.has(currency)) {
    let f: Intl.NumberFormat | null = null;
    try {
      f = new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 });
    } catch {
      f = null; // invalid ISO code: fall back below rather than throw
    }
    moneyFormatters.set(currency, f);
  }
  return moneyFormatters.get(currency) ?? null;
}

/** "$250,000" in en-US for the budget currency; an invalid currency code gives "XYZ 250,000". */
export function formatMoney(amount: number, currency: string): string {
  const f = moneyFormatter(currency);
  if (f) return f.format(amount);
  return `${currency} ${Math.round(amount).toLocaleString("en-US")}`.trim();
}

/** A fraction as a whole percent: 0.4167 → "42%". */
export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** A responsibility name inside a sentence: "Securing financing" → "securing financing" (acronyms kept). */
export function inSentence(name: string): string {
  if (name.length >= 2 && name[1] === name[1]?.toUpperCase() && /[A-Z]/.test(name[1] ?? "")) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

export const STAGE_NAMES: Readonly<Record<WorkStage, string>> = {
  development: "development",
  "pre-production": "pre-production",
  production: "production",
  "post-production": "post-production",
  "marketing-distribution": "marketing and distribution",
};

/** Rounds to 6 decimals so float noise never decides a threshold or breaks determinism. */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
