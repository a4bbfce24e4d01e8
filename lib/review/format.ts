const ONE_DECIMAL = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** A 0–1 share as a percent with at most one decimal, as the review shows shares everywhere: 0.6234 → "62.3%", 0.5 → "50%". */
export function formatShare(fraction: number): string {
  return `${ONE_DECIMAL.format(Number.isFinite(fraction) ? fraction * 100 : 0)}%`;
}

/** Lead-weighted work as the review shows it, at most one decimal: "12", "13.5", "1,204". */
export function formatWork(weight: number): string {
  return ONE_DECIMAL.format(weight);
}
