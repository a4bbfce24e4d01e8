import type { Lane, WorkStage } from "./taxonomy";

/**
 * The shipped responsibility taxonomy as plain data, grouped by lane. `lib/work/taxonomy.ts`
 * applies the defaults below and exposes RESPONSIBILITIES. Sources: ../shared/DOMAIN.md §1
 * (the seed article's two lanes of producing) and §2 (PGA producing functions by stage).
 *
 * Invariants (checked by tests/lib/work/taxonomy.test.ts):
 * - ids are unique kebab-case slugs and NEVER change once shipped (work logs store them);
 *   rename a responsibility by changing `name` only, and bump TAXONOMY_VERSION;
 * - names are unique (case-insensitive); descriptions are one plain line;
 * - `stages` is non-empty, uses WORK_STAGES only, in WORK_STAGES order;
 * - defaults: `producing` is true in the opportunity and execution lanes and false elsewhere
 *   (the PGA-counted creative/post functions set it explicitly); `creditHint` is null;
 *   `tracksAmount` is false;
 * - only non-producing creative/post hats carry a `creditHint`; only opportunity-lane
 *   financing functions set `tracksAmount`.
 */

export type ResponsibilitySpec = {
  id: string;
  name: string;
  stages: readonly WorkStage[];
  description: string;
  producing?: boolean;
  creditHint?: string;
  tracksAmount?: boolean;
};

export type LaneSpec = { lane: Lane; responsibilities: readonly ResponsibilitySpec[] };

const DEV: WorkStage = "development";
const PRE: WorkStage = "pre-production";
const PROD: WorkStage = "production";
const POST: WorkStage = "post-production";
const MKT: WorkStage = "marketing-distribution";

export const TAXONOMY_DATA: readonly LaneSpec[] = [
  {
    // "One builds the opportunity." — the Executive Producer lane.
    lane: "opportunity",
    responsibilities: [
      { id: "securing-financing", name: "Securing financing", stages: [DEV, PRE], tracksAmount: true, description: "Finding and closing the money that pays for the film." },
      { id: "bringing-investors", name: "Bringing investors", stages: [DEV, PRE], tracksAmount: true, description: "Bringing investors to the table and keeping them informed." },
      { id: "fundraising", name: "Fundraising", stages: [DEV, PRE], tracksAmount: true, description: "Raising money through crowdfunding, grants, donors or events." },
      { id: "tax-incentives", name: "Securing tax incentives", stages: [DEV, PRE], tracksAmount: true, description: "Applying for film tax credits, rebates and public funds." },
      { id: "packaging-talent", name: "Packaging the project with talent", stages: [DEV, PRE], description: "Attaching a director, lead actors or other names that make the film easier to fund." },
      { id: "casting-outreach", name: "Casting outreach", stages: [DEV, PRE], description: "Reaching actors, agents and managers to get talent interested." },
      { id: "rights-acquisition", name: "Acquiring rights", stages: [DEV], description: "Optioning or buying the story rights: a book, an article, a life story, a remake." },
      { id: "business-setup", name: "Business setup", stages: [DEV], description: "Setting up the production company, bank account and the paperwork to run it." },
      { id: "business-legal-affairs", name: "Business and legal affairs", stages: [DEV, PRE, POST], description: "Contracts, releases, clearances and the other legal paperwork." },
      { id: "major-business-decisions", name: "Overseeing major business decisions", stages: [DEV, PRE, PROD, POST, MKT], description: "Making or approving the big business calls that shape the project." },
      { id: "industry-relationships", name: "Opening doors through industry relationships", stages: [DEV, MKT], description: "Using contacts to open doors to talent, partners, buyers and festivals." },
      { id: "protecting-vision", name: "Protecting the vision", stages: [DEV, PRE, PROD, POST, MKT], description: "Defending the film's vision when business pressures push against it." },
      { id: "sponsorship", name: "Sponsorship deals", stages: [PRE, MKT], description: "Finding sponsors and product partners, and delivering what they were promised." },
      { id: "festival-strategy", name: "Festival strategy", stages: [MKT], description: "Choosing festivals, submitting the film and planning the premiere." },
      { id: "release-planning", name: "Release planning", stages: [MKT], description: "Planning when, where and how audiences will see the film." },
      { id: "securing-distribution", name: "Securing distribution", stages: [MKT], description: "Finding a distributor, sales agent or platform and closing the deal." },
      { id: "self-distribution", name: "Self-distribution", stages: [MKT], description: "Releasing the film yourself: platforms, screenings and direct sales." },
      { id: "marketing-publicity", name: "Marketing and publicity", stages: [MKT], description: "Running the campaign: trailer, poster, press and audience building." },
    ],
  },
  {
    // "One builds the movie." — the Producer lane, plus the UPM / Line Producer functions.
    lane: "execution",
    responsibilities: [
      { id: "choosing-writer", name: "Choosing the writer", stages: [DEV], description: "Finding and hiring the screenwriter." },
      { id: "choosing-key-team", name: "Choosing the key team", stages: [PRE], description: "Picking the key creative and physical team: heads of department and key crew." },
      { id: "hiring-crew", name: "Hiring crew", stages: [PRE, PROD], description: "Finding, interviewing and booking the crew." },
      { id: "below-the-line-deals", name: "Negotiating below-the-line deals", stages: [PRE], description: "Negotiating crew rates, rentals, services and vendor deals." },
      { id: "budgeting", name: "Managing the budget", stages: [PRE, PROD, POST], description: "Building the working budget and tracking spending against it." },
      { id: "scheduling", name: "Organizing schedules", stages: [PRE, PROD], description: "Building the shooting schedule and locking the shooting dates." },
      { id: "locking-locations", name: "Locking locations", stages: [PRE, PROD], description: "Scouting, securing and handling the issues of shooting locations." },
      { id: "permits", name: "Permits", stages: [PRE, PROD], description: "Getting filming permits and the permissions the shoot needs." },
      { id: "insurance", name: "Production insurance", stages: [PRE, PROD], description: "Getting the production, equipment and liability insurance in place." },
      { id: "securing-equipment", name: "Securing equipment", stages: [PRE, PROD], description: "Sourcing, renting or borrowing camera, lighting, sound and other gear." },
      { id: "logistics", name: "Coordinating production logistics", stages: [PRE, PROD], description: "Transport, lodging, meals, call sheets and getting everyone where they need to be." },
      { id: "cast-communication", name: "Managing cast communication", stages: [PRE, PROD], description: "Keeping actors informed about schedules, calls, changes and needs." },
      { id: "department-coordination", name: "Making departments communicate", stages: [PRE, PROD], description: "Making sure departments talk to each other and plan together." },
      { id: "keeping-on-track", name: "Keeping the film on track", stages: [PRE, PROD, POST], description: "Keeping the film on track creatively and financially." },
      { id: "on-set-problem-solving", name: "Solving problems on set", stages: [PROD], description: "Solving day-of problems: crew conflicts, location trouble, missing gear, overruns." },
      { id: "set-safety", name: "Set safety", stages: [PROD], description: "Making the set safe and handling safety issues and incidents." },
      { id: "daily-reports", name: "Daily production reports", stages: [PROD], description: "Writing the daily reports on what was shot, time used and money spent." },
      { id: "payroll", name: "Payroll and crew paperwork", stages: [PRE, PROD], description: "Deal memos, timecards and paying cast and crew." },
      { id: "production-accounting", name: "Production accounting", stages: [PRE, PROD, POST], description: "Keeping the books: receipts, cost reports and the final accounting." },
      { id: "liaising-financiers", name: "Liaising with financiers and distributor", stages: [PROD, POST], description: "Keeping financiers and the distributor informed and handling their requests." },
    ],
  },
  {
    lane: "creative",
    responsibilities: [
      // PGA development function: the producer's own, not a writing credit.
      { id: "developing-concept", name: "Developing the concept", stages: [DEV], producing: true, description: "Shaping the idea into a project worth making." },
      { id: "story", name: "Story", stages: [DEV], creditHint: "story-by", description: "Creating the story the screenplay is built on." },
      { id: "writing", name: "Writing the screenplay", stages: [DEV, PRE], creditHint: "written-by", description: "Writing the screenplay and its rewrites." },
      // PGA pre-production function: signing off the script, not writing it.
      { id: "final-script", name: "Locking the final script", stages: [PRE], producing: true, description: "Approving the shooting script so the team can prepare from it." },
      { id: "casting", name: "Casting", stages: [PRE], creditHint: "casting-by", description: "Running auditions and choosing the cast." },
      { id: "directing", name: "Directing", stages: [PRE, PROD, POST], creditHint: "directed-by", description: "Directing the actors and leading the creative choices of the film." },
      { id: "cinematography", name: "Cinematography", stages: [PRE, PROD], creditHint: "director-of-photography", description: "Designing and shooting the images: camera, lenses and lighting." },
      { id: "production-design", name: "Production design", stages: [PRE, PROD], creditHint: "production-designer", description: "Designing the film's look: sets, locations dressing and props." },
      { id: "costume-design", name: "Costume design", stages: [PRE, PROD], creditHint: "costume-designer", description: "Designing, finding and fitting the costumes." },
      { id: "music", name: "Composing the music", stages: [POST], creditHint: "music-by", description: "Writing and recording the original score." },
    ],
  },
  {
    lane: "post",
    responsibilities: [
      // PGA post-production functions: supervising editing and music, and delivery.
      { id: "post-supervision", name: "Supervising post-production", stages: [POST], producing: true, description: "Running post-production: schedule, budget, vendors and approvals." },
      { id: "editing", name: "Editing", stages: [PROD, POST], creditHint: "edited-by", description: "Cutting the picture from the first assembly to picture lock." },
      { id: "sound-post", name: "Sound post-production", stages: [POST], creditHint: "sound-designer", description: "Dialogue editing, sound design, effects and the final mix." },
      { id: "visual-effects", name: "Visual effects", stages: [PRE, PROD, POST], creditHint: "visual-effects-supervisor", description: "Planning and creating visual effects shots." },
      { id: "color-grading", name: "Color grading", stages: [POST], creditHint: "colorist", description: "Grading the picture for a consistent, finished look." },
      { id: "music-supervision", name: "Music supervision", stages: [POST], creditHint: "music-supervisor", description: "Choosing songs and licensing the music the film uses." },
      { id: "accessibility", name: "Subtitles and accessibility", stages: [POST, MKT], description: "Subtitles, closed captions and audio description." },
      { id: "credits-and-billing", name: "Credits and billing", stages: [POST], description: "Collecting names, checking spellings and laying out the credits." },
      { id: "delivery", name: "Delivery", stages: [POST, MKT], producing: true, description: "Preparing and handing over the masters and paperwork distributors need." },
    ],
  },
  {
    lane: "other",
    responsibilities: [
      { id: "catering", name: "Catering and craft services", stages: [PROD], description: "Feeding cast and crew on shoot days." },
      { id: "behind-the-scenes", name: "Behind-the-scenes and stills", stages: [PROD], description: "Set photos and behind-the-scenes video for publicity." },
      { id: "social-media", name: "Social media and community", stages: [PRE, PROD, MKT], description: "Posting updates and building the film's online audience." },
      { id: "archival-research", name: "Archival research", stages: [DEV, POST], description: "Finding archive footage, photos and documents, and licensing them." },
      { id: "volunteer-coordination", name: "Volunteer coordination", stages: [PRE, PROD], description: "Recruiting, scheduling and looking after volunteers and extras." },
    ],
  },
];
