/**
 * Finding a responsibility by the words people use: "money", "investors" and "raised" find
 * Securing financing; "DP" and "camera" find Cinematography; "hired the crew" finds Hiring
 * crew. Pure: the work form's combobox filters with it, and the tests pin its answers.
 */

import { searchWords } from "@/lib/text/fold";

/** Words crews use for each responsibility, beyond its name (ids of lib/work/taxonomy-data.ts). */
export const RESPONSIBILITY_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  "securing-financing": ["financing", "finance", "funding", "money", "raised money", "budget raised", "equity", "gap financing"],
  "bringing-investors": ["investors", "investor", "angel", "backers", "equity partners"],
  fundraising: ["crowdfunding", "kickstarter", "indiegogo", "grants", "donations", "raising money"],
  "tax-incentives": ["tax credit", "rebate", "incentive", "soft money"],
  "packaging-talent": ["packaging", "attaching talent", "attachments", "name cast", "star"],
  "casting-outreach": ["talent outreach", "reaching actors", "agents", "managers"],
  "rights-acquisition": ["rights", "option", "life rights", "chain of title", "IP"],
  "business-setup": ["LLC", "company", "bank account", "entity", "incorporation"],
  "business-legal-affairs": ["legal", "contracts", "lawyer", "agreements", "deal memos", "releases", "E&O"],
  "major-business-decisions": ["business decisions", "executive decisions", "oversight"],
  "industry-relationships": ["networking", "contacts", "connections", "introductions"],
  "protecting-vision": ["creative protection", "vision", "notes"],
  sponsorship: ["sponsors", "brand deals", "product placement", "in-kind"],
  "festival-strategy": ["festivals", "festival submissions", "premiere", "sundance", "film freeway"],
  "release-planning": ["release", "launch", "premiere plan", "rollout"],
  "securing-distribution": ["distribution", "distributor", "sales", "sales agent", "streamer", "deal"],
  "self-distribution": ["self release", "vimeo", "youtube", "online release", "DIY distribution"],
  "marketing-publicity": ["marketing", "publicity", "PR", "press", "poster", "trailer"],
  "choosing-writer": ["hiring the writer", "writer search"],
  "choosing-key-team": ["key crew", "department heads", "HODs", "hiring heads"],
  "hiring-crew": ["crewing", "crew", "hired the crew", "recruiting", "staffing"],
  "below-the-line-deals": ["crew deals", "rates", "negotiating", "BTL"],
  budgeting: ["budget", "cost report", "spending", "money management", "cash flow"],
  scheduling: ["schedule", "shooting schedule", "stripboard", "calendar", "call sheets", "shoot dates"],
  "locking-locations": ["locations", "location", "scouting", "venue"],
  permits: ["film permit", "permission", "city permit", "parking"],
  insurance: ["insurance", "liability", "COI", "certificate"],
  "securing-equipment": ["gear", "equipment", "rentals", "camera package", "lighting package"],
  logistics: ["transport", "travel", "housing", "parking", "vehicles", "meals"],
  "cast-communication": ["actors", "talent", "cast liaison", "call times"],
  "department-coordination": ["coordination", "communication", "meetings", "production meetings"],
  "keeping-on-track": ["on track", "on schedule", "on budget", "overseeing"],
  "on-set-problem-solving": ["problems", "troubleshooting", "fixing", "set issues", "firefighting"],
  "set-safety": ["safety", "health and safety", "risk assessment", "covid"],
  "daily-reports": ["production report", "DPR", "wrap report", "reports"],
  payroll: ["pay", "paperwork", "timecards", "crew deal memos", "start paperwork"],
  "production-accounting": ["accounting", "bookkeeping", "receipts", "accounts"],
  "liaising-financiers": ["investor updates", "financier liaison", "reporting to investors"],
  "developing-concept": ["concept", "idea", "pitch", "treatment", "development"],
  story: ["story by", "original story", "idea"],
  writing: ["screenplay", "script", "writer", "wrote", "screenwriting", "drafts", "rewrite"],
  "final-script": ["locked script", "shooting script", "final draft"],
  casting: ["casting director", "auditions", "cast", "actors", "callbacks"],
  directing: ["director", "directed", "direction", "helming"],
  cinematography: ["DP", "DoP", "camera", "cinematographer", "shot it", "lighting"],
  "production-design": ["art", "sets", "art director", "set design", "props", "PD"],
  "costume-design": ["costumes", "wardrobe", "clothes"],
  music: ["composer", "score", "soundtrack", "original music"],
  "post-supervision": ["post", "post-production", "post supervisor", "finishing"],
  editing: ["editor", "edit", "cut", "cutting", "picture editing", "assembly"],
  "sound-post": ["sound design", "sound mix", "mixing", "foley", "ADR", "audio"],
  "visual-effects": ["VFX", "effects", "CGI", "compositing"],
  "color-grading": ["color", "colour", "grade", "grading", "colorist", "DI"],
  "music-supervision": ["music licensing", "songs", "needle drops", "sync"],
  accessibility: ["subtitles", "captions", "audio description", "SDH"],
  "credits-and-billing": ["credits", "billing", "end credits", "titles"],
  delivery: ["deliverables", "DCP", "masters", "QC"],
  catering: ["food", "craft services", "crafty", "meals", "lunch"],
  "behind-the-scenes": ["BTS", "stills", "photos", "EPK", "making of"],
  "social-media": ["instagram", "tiktok", "social", "community", "posts"],
  "archival-research": ["archive", "footage research", "clearances", "stock footage"],
  "volunteer-coordination": ["volunteers", "PAs", "helpers", "extras coordination"],
};

export type Searchable = { id: string; name: string; description?: string };

/**
 * The options matching `query`, best first: the name starts with it; a synonym is it ("script"
 * is the screenplay, not "Locking the final script"); a word of the name starts with it; a
 * synonym starts with it; the name or a synonym contains it; the
 * description contains it. Each query word must match somewhere ("hire crew" finds Hiring
 * crew). An empty query gives every option in its given order. Ties keep the given order.
 */
export function searchResponsibilities<T extends Searchable>(options: readonly T[], query: string, synonyms: Readonly<Record<string, readonly string[]>> = RESPONSIBILITY_SYNONYMS): T[] {
  const q = searchWords(query);
  if (!q) return [...options];
  const words = q.split(" ");
  const scored: Array<{ option: T; score: number; index: number }> = [];
  options.forEach((option, index) => {
    const name = searchWords(option.name);
    const syns = (synonyms[option.id] ?? []).map(searchWords);
    const description = searchWords(option.description ?? "");
    const haystack = [name, ...syns, description].join(" | ");
    // Every word of the query must appear somewhere (as the start of a word, or inside a longer one).
    if (!words.every((w) => haystack.includes(w))) return;
    const nameWords = name.split(" ");
    const score = name.startsWith(q)
      ? 0
      : syns.some((s) => s === q)
        ? 1
        : nameWords.some((w) => w.startsWith(q)) || words.every((w) => nameWords.some((n) => n.startsWith(w)))
          ? 2
          : syns.some((s) => s.startsWith(q) || s.split(" ").some((w) => w.startsWith(q)))
            ? 3
            : name.includes(q) || syns.some((s) => s.includes(q))
              ? 4
              : 5;
    scored.push({ option, score, index });
  });
  return scored.sort((a, b) => a.score - b.score || a.index - b.index).map((s) => s.option);
}
