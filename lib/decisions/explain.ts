import { joinList } from "../credits/format";
import type { ThresholdKey } from "../credits/thresholds";
import { CREDIT_TITLES, PRODUCING_TITLES, type CreditTitleId } from "../credits/titles";

const WRITING: readonly CreditTitleId[] = ["written-by", "screenplay-by", "story-by"];

/** Every creative and department-head title the engine can suggest (not producing, not writing), in billing order. */
export const CREATIVE_LABELS: readonly string[] = CREDIT_TITLES.filter((t) => !PRODUCING_TITLES.includes(t.id) && !WRITING.includes(t.id)).map((t) => t.label);

/**
 * The "How titles are suggested" page in plain words: one entry per rule, naming the
 * thresholds it uses so the page can show the project's current values beside it.
 * Keep in step with the reference engine (lib/credits/reference.ts), the rules' specification.
 */
export type RuleExplanation = { title: string; text: string; thresholds: readonly ThresholdKey[] };

export const LANE_EXPLANATION =
  "Producing work falls in two lanes. The opportunity lane builds the chance for the film to exist: financing, investors, packaging talent, distribution, business and legal affairs. The hands-on lane makes the film: hiring the crew, budgeting, scheduling, locations, equipment, the cast's questions, the problems of the day — and developing the concept, locking the script, supervising post-production and delivering the film. Titles are judged relative to the team: by what each person did compared with everyone else in this project's work log, not against an ideal film. Creative and post-production hats — writing, directing, editing, cinematography, music, casting — earn their own credits.";

export const DEGREE_EXPLANATION =
  "Every entry says whether the person led the work, shared it equally, or supported someone else. Lead work counts fully; equal and supporting work count for less (the weights are below). Supporting work alone never earns a creative credit.";

export const RULE_EXPLANATIONS: readonly RuleExplanation[] = [
  {
    title: "Executive Producer",
    text: "Suggested to the person who builds the opportunity: whoever raised a large enough share of the budget (high confidence), or — without that, or when no budget is entered — led or shared several opportunity functions (medium confidence; low with no budget, and the reason says so). Their producing work must be at least as much opportunity as hands-on, and they must not already be suggested Produced by: a producer who also raised money is a producer, and the reason says the money is part of producing. A small investor — some money and nothing else — is thanked, not titled; giving them Executive Producer by hand raises a finding.",
    thresholds: ["epFinancingShare", "epMinOpportunityFunctions"],
  },
  {
    title: "Co-Executive Producer",
    text: "On a series or an episode, someone who only shared the opportunity work while another Executive Producer led it is suggested Co-Executive Producer instead of Executive Producer.",
    thresholds: [],
  },
  {
    title: "Produced by",
    text: "Judged by each person's share of the project's hands-on producing work, stage by stage: in every stage where someone logged hands-on work, their part of everyone's work there, with the stages weighted as the PGA does (development 30, pre-production 20, production 20, post-production 15, marketing and distribution 15). A large enough share earns Produced by; most of the work, on a log that reaches beyond the shoot, makes it high confidence. Someone who raised a large share of the budget and also does hands-on work is a producer too.",
    thresholds: ["producerShare", "producerMajority"],
  },
  {
    title: "Line Producer",
    text: "Execution work led in both pre-production and production reads as line producing when nobody logged development, post-production or distribution: Line Producer comes first, with Produced by as a lower alternative whose reason names the missing stages — log them if that person did the work. The same holds below a producer who carries more of the work across the film. When the evidence could go two ways both titles show, with what tips the balance. Otherwise Line Producer goes to whoever leads the most execution functions in pre-production and production below the producers, at high confidence when they lead a large share of the project's execution functions.",
    thresholds: ["lineProducerMinFunctions", "lineProducerExecutionShare"],
  },
  {
    title: "Co-Producer",
    text: "Suggested to someone with a real share of the producing functions — mostly hands-on — alongside someone else who holds or is suggested Produced by, when they are not a producer or Line Producer themselves.",
    thresholds: ["coProducerShare"],
  },
  {
    title: "Associate Producer",
    text: "Suggested to someone who covered a few producing functions in a limited area — less than a Co-Producer's share — when no other producing title fits them. Medium confidence when they led or shared some of it; low when all of it supported others: a helping hand may be thanked rather than titled.",
    thresholds: ["associateProducerMinFunctions"],
  },
  {
    title: "Unit Production Manager",
    text: "Suggested to whoever logged budgeting, scheduling and hiring the crew, plus daily reports or below-the-line deals — only on a crew big enough to have a UPM of its own (on a smaller crew the producer's title covers the job), and never to someone suggested Produced by. High confidence when they led all of it.",
    thresholds: ["upmMinCrew"],
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
  {
    title: "Title the work doesn't explain",
    text: "A producing title someone holds that their work supports but the rules would not suggest — an Executive Producer whose money and opportunity work fall short, as with a small investor, or a Line Producer whose work reads as Produced by. The finding says what the log shows.",
    thresholds: [],
  },
  { title: "The same title twice", text: "One person holds the same title twice, however it is spelled: the credits bill it once.", thresholds: [] },
  { title: "Work without title", text: "Someone with substantial producing work who holds no producing title and is suggested none.", thresholds: ["substantialWorkHours", "substantialWorkEntries"] },
  {
    title: "Nobody covers",
    text: "One finding lists the producing functions a project of this kind and budget needs that nobody logged. Functions it doesn't need are never listed — tax incentives, sponsorship or payroll on a $20,000 short, distribution on a short, functions that depend on the story — and a project can mark any function \"not needed here\". Alternatives count once: financing, bringing investors or fundraising.",
    thresholds: [],
  },
  { title: "More than three Produced by", text: "The Academy accepts at most three producers for a Best Picture nomination.", thresholds: ["maxProducedBy"] },
  {
    title: "Single point of failure",
    text: "One person alone on most of the producing functions — functions nobody else logged: if they were unavailable, nobody else would know that work. A team that shares its work is not flagged, nor a one-person production.",
    thresholds: ["singlePointOfFailureShare", "singlePointOfFailureMinFunctions"],
  },
  {
    title: "Dismissing a finding",
    text: "A finding that doesn't apply can be dismissed with a reason, which is kept with who dismissed it and when. It comes back if the facts behind it change.",
    thresholds: [],
  },
];

export const WEIGHT_THRESHOLDS: readonly ThresholdKey[] = ["degreeWeightEqual", "degreeWeightSupporting"];
