import { joinList } from "../credits/format";
import type { ThresholdKey } from "../credits/thresholds";
import { CREDIT_TITLES, PRODUCING_TITLES, type CreditTitleId } from "../credits/titles";

const WRITING: readonly CreditTitleId[] = ["written-by", "screenplay-by", "story-by"];

/** Every creative and department-head title the engine can suggest (not producing, not writing), in billing order. */
export const CREATIVE_LABELS: readonly string[] = CREDIT_TITLES.filter((t) => !PRODUCING_TITLES.includes(t.id) && !WRITING.includes(t.id)).map((t) => t.label);

/**
 * The "How titles are suggested" page in plain words: one entry per rule, naming the
 * thresholds it uses so the page can show the project's current values beside it.
 * Keep in step with lib/credits/rules/*.
 */
export type RuleExplanation = { title: string; text: string; thresholds: readonly ThresholdKey[] };

export const LANE_EXPLANATION =
  "Producing work falls in two lanes. The opportunity lane builds the chance for the film to exist: financing, investors, packaging talent, distribution, business and legal affairs. The execution lane makes it happen: hiring the crew, budgeting, scheduling, locations, equipment, the cast's questions, the problems of the day. Creative and post-production hats — writing, directing, editing, cinematography, music, casting — earn their own credits.";

export const DEGREE_EXPLANATION =
  "Every entry says whether the person led the work, shared it equally, or supported someone else. Lead work counts fully; equal and supporting work count for less (the weights are below). Supporting work alone never earns a creative credit.";

export const RULE_EXPLANATIONS: readonly RuleExplanation[] = [
  {
    title: "Executive Producer",
    text: "Suggested to whoever raised a large enough share of the budget (high confidence). Without that — or when no budget is entered — to someone who led or shared several opportunity tasks and whose work is mostly in that lane.",
    thresholds: ["epFinancingShare", "epMinOpportunityFunctions"],
  },
  {
    title: "Produced by",
    text: "Suggested to someone who did a majority of the producing tasks the project logged, across enough of the film's stages. Stages are weighted as the PGA does: development 30, pre-production 20, production 20, post-production 15, marketing and distribution 15.",
    thresholds: ["producerMajority", "producerMinStageCoverage", "producerHighStageCoverage"],
  },
  {
    title: "Co-Producer",
    text: "Suggested to someone with a real share of the producing tasks — mostly hands-on — working alongside the person who is, or is suggested as, the producer.",
    thresholds: ["coProducerShare"],
  },
  {
    title: "Line Producer",
    text: "Suggested to whoever led a large share of the hands-on production tasks in both pre-production and production, unless they are already suggested as the producer.",
    thresholds: ["lineProducerExecutionShare"],
  },
  {
    title: "Associate Producer",
    text: "Suggested to someone who covered a few producing tasks in a limited area, when no other producing title fits them.",
    thresholds: ["associateProducerMinFunctions"],
  },
  {
    title: "Unit Production Manager",
    text: "Suggested to whoever logged budgeting, scheduling and hiring the crew, plus daily reports or below-the-line deals. High confidence when they led all of them. It can come on top of another title: on small films the producer is often the UPM too.",
    thresholds: [],
  },
  {
    title: "Production Coordinator",
    text: "Suggested when someone's producing work is logistics and coordinating departments, shared or supporting, and nothing else.",
    thresholds: [],
  },
  {
    title: "Creative credits",
    text: `${joinList(CREATIVE_LABELS)} follow the matching work (directing, editing, cinematography, composing, casting, production and costume design, music supervision, sound design, visual effects supervision, color grading) when it was led or shared. Writing follows the WGA: with no separate story work, every writer gets "Written by"; when someone else worked on the story, writers get "Screenplay by" and everyone with story work gets "Story by".`,
    thresholds: [],
  },
];

export const FINDING_EXPLANATIONS: readonly RuleExplanation[] = [
  { title: "Title without work", text: "A title someone holds — accepted, typed by hand or locked — that no logged work supports.", thresholds: [] },
  { title: "Work without title", text: "Someone with substantial producing work who holds no producing title and is suggested none.", thresholds: ["substantialWorkHours", "substantialWorkEntries"] },
  { title: "Nobody covers", text: "A producing task the film needs that nobody's logged work covers.", thresholds: [] },
  { title: "Too many Executive Producers", text: "More Executive Producers held than the financing and opportunity work logged can explain.", thresholds: [] },
  { title: "More than three Produced by", text: "The Academy accepts at most three producers for a Best Picture nomination.", thresholds: ["maxProducedBy"] },
  { title: "Single point of failure", text: "One person covers most of the producing tasks: if they were unavailable, the production would stall.", thresholds: ["singlePointOfFailureShare", "singlePointOfFailureMinFunctions"] },
];

export const WEIGHT_THRESHOLDS: readonly ThresholdKey[] = ["degreeWeightEqual", "degreeWeightSupporting"];
