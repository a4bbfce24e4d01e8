/** The fixed vocabularies of a project, with the labels users see. */

export const PROJECT_KINDS = [
  "feature",
  "short",
  "documentary",
  "series",
  "episode",
  "music-video",
  "commercial",
  "other",
] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export const PROJECT_KIND_LABELS: Record<ProjectKind, string> = {
  feature: "Feature",
  short: "Short",
  documentary: "Documentary",
  series: "Series",
  episode: "Episode",
  "music-video": "Music video",
  commercial: "Commercial",
  other: "Other",
};

export const PROJECT_STAGES = [
  "development",
  "pre-production",
  "production",
  "post-production",
  "distribution",
  "released",
] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];
export const PROJECT_STAGE_LABELS: Record<ProjectStage, string> = {
  development: "Development",
  "pre-production": "Pre-production",
  production: "Production",
  "post-production": "Post-production",
  distribution: "Distribution",
  released: "Released",
};

export const FRAME_RATES = ["23.976", "24", "25", "29.97", "30"] as const;
export type FrameRate = (typeof FRAME_RATES)[number];

/** Currencies offered in the project form (ISO 4217), the most used on indie productions first. */
export const CURRENCIES = [
  "USD", "EUR", "GBP", "CAD", "AUD", "NZD", "JPY", "KRW", "CNY", "INR",
  "MXN", "BRL", "ARS", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "ZAR",
  "NGN", "KES", "ILS", "TRY", "AED", "SGD", "HKD", "TWD", "THB", "PHP",
] as const;
export type Currency = (typeof CURRENCIES)[number];

export function stageIndex(stage: ProjectStage): number {
  return PROJECT_STAGES.indexOf(stage);
}
