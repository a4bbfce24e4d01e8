import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, type ThresholdKey } from "@/lib/credits/thresholds";
import { THRESHOLD_KEYS, displayRange, thresholdUnit, toDisplay } from "@/lib/decisions/threshold-fields";
import { fieldErrorsOf } from "@/lib/validation/common";
import {
  DEGREES,
  MAX_AMOUNT,
  MAX_EFFORT_HOURS,
  NOTE_MAX,
  customResponsibilitySchema,
  responsibilityIdSchema,
  thresholdsSchema,
  workEntrySchema,
} from "@/lib/validation/work";
import { CUSTOM_DESCRIPTION_MAX, CUSTOM_NAME_MAX, LANES, RESPONSIBILITIES, WORK_STAGES, customResponsibility } from "@/lib/work/taxonomy";

// ---------------------------------------------------------------------------------------
// workEntrySchema
// ---------------------------------------------------------------------------------------

const entry = { personId: "person_1", responsibilityId: "securing-financing", stage: "development", degree: "lead" };

function entryErrors(patch: Record<string, unknown>, field: string): string[] | undefined {
  const r = workEntrySchema.safeParse({ ...entry, ...patch });
  if (r.success) return undefined;
  return fieldErrorsOf(r.error)[field];
}

function entryParsed(patch: Record<string, unknown>) {
  return workEntrySchema.parse({ ...entry, ...patch });
}

describe("workEntrySchema: a minimal entry", () => {
  it("accepts the four required fields and fills the optional ones", () => {
    expect(workEntrySchema.parse(entry)).toEqual({
      personId: "person_1",
      responsibilityId: "securing-financing",
      stage: "development",
      degree: "lead",
      effortHours: null,
      startDate: null,
      endDate: null,
      note: "",
      amountRaised: null,
    });
  });

  it("treats empty optional fields like missing ones", () => {
    expect(entryParsed({ effortHours: "", startDate: "", endDate: "", note: "", amountRaised: "" })).toEqual(workEntrySchema.parse(entry));
    expect(entryParsed({ effortHours: "   ", startDate: "  ", endDate: " ", note: "  \n ", amountRaised: " " })).toEqual(workEntrySchema.parse(entry));
  });

  it("accepts a complete entry", () => {
    expect(
      entryParsed({ effortHours: "12.5", startDate: "2026-01-05", endDate: "2026-03-01", note: "  Closed the bridge loan.  ", amountRaised: "250,000" }),
    ).toMatchObject({ effortHours: 12.5, startDate: "2026-01-05", endDate: "2026-03-01", note: "Closed the bridge loan.", amountRaised: 250000 });
  });
});

describe("workEntrySchema: person", () => {
  it('asks to "Choose a person." when none was chosen', () => {
    expect(entryErrors({ personId: "" }, "personId")).toEqual(["Choose a person."]);
  });

  it("refuses a missing person", () => {
    expect(workEntrySchema.safeParse({ ...entry, personId: undefined }).success).toBe(false);
  });

  it.each(["has space", "semi;colon", "x".repeat(65), "<script>", "ü-umlaut"])("refuses the malformed id %j", (personId) => {
    expect(entryErrors({ personId }, "personId")).toBeDefined();
  });

  it("accepts ids of letters, digits, _ and -", () => {
    expect(entryParsed({ personId: "aB3_-x" }).personId).toBe("aB3_-x");
    expect(entryParsed({ personId: "x".repeat(64) }).personId).toBe("x".repeat(64));
  });
});

describe("workEntrySchema: responsibility", () => {
  it("requires a responsibility", () => {
    expect(entryErrors({ responsibilityId: "" }, "responsibilityId")).toEqual(["Choose a responsibility."]);
    expect(entryErrors({ responsibilityId: "   " }, "responsibilityId")).toEqual(["Choose a responsibility."]);
    expect(entryErrors({ responsibilityId: undefined }, "responsibilityId")).toEqual(["Choose a responsibility."]);
  });

  it("accepts every taxonomy id", () => {
    for (const r of RESPONSIBILITIES) expect(responsibilityIdSchema.safeParse(r.id).success, r.id).toBe(true);
  });

  it("accepts custom:<slug> ids, including letters of any script", () => {
    expect(entryParsed({ responsibilityId: "custom:drone-permits" }).responsibilityId).toBe("custom:drone-permits");
    expect(entryParsed({ responsibilityId: "custom:drone-permits-2" }).responsibilityId).toBe("custom:drone-permits-2");
    expect(entryParsed({ responsibilityId: "custom:ドローン許可" }).responsibilityId).toBe("custom:ドローン許可");
  });

  it("accepts the id of a custom responsibility made from an ordinary name", () => {
    for (const name of ["Drone Permits", "Drône permits", "Location scouting (Iceland)", "x".repeat(CUSTOM_NAME_MAX)]) {
      const { id } = customResponsibility({ name, lane: "execution" });
      expect(responsibilityIdSchema.safeParse(id).success, id).toBe(true);
    }
  });

  it("trims the id", () => {
    expect(entryParsed({ responsibilityId: "  securing-financing " }).responsibilityId).toBe("securing-financing");
  });

  it.each([
    "securing financing",
    "custom:drone permits",
    "custom:",
    "custom:drone_permits",
    "other:drone-permits",
    ":drone",
    "custom:custom:drone",
    "drone/permits",
    "drone.permits",
    "'; drop table",
    "x".repeat(401),
  ])("refuses %j as an unknown responsibility", (responsibilityId) => {
    expect(entryErrors({ responsibilityId }, "responsibilityId")).toEqual(["Unknown responsibility."]);
  });

  it("refuses a non-string responsibility", () => {
    expect(entryErrors({ responsibilityId: 42 }, "responsibilityId")).toEqual(["Choose a responsibility."]);
  });
});

describe("workEntrySchema: stage and degree", () => {
  it.each(WORK_STAGES)("accepts the stage %s", (stage) => {
    expect(entryParsed({ stage }).stage).toBe(stage);
  });

  it("has exactly the five stages", () => {
    expect(WORK_STAGES).toEqual(["development", "pre-production", "production", "post-production", "marketing-distribution"]);
  });

  it.each(["", "Development", "post", "distribution", "preproduction", undefined])("refuses the stage %j", (stage) => {
    expect(entryErrors({ stage }, "stage")).toEqual(["Choose one of the five production stages."]);
  });

  it.each(DEGREES)("accepts the degree %s", (degree) => {
    expect(entryParsed({ degree }).degree).toBe(degree);
  });

  it.each(["", "Lead", "main", "co-lead", undefined])("refuses the degree %j", (degree) => {
    expect(entryErrors({ degree }, "degree")).toEqual(["Choose lead, equal or supporting."]);
  });
});

describe("workEntrySchema: effort", () => {
  it.each([
    ["", null],
    [undefined, null],
    ["0", 0],
    ["12.5", 12.5],
    [" 8 ", 8],
    ["1,000", 1000],
    ["1 000", 1000],
    ["10,000", 10000],
    ["3.333", 3.33],
    ["0.005", 0.01],
    [40, 40],
    [7.5, 7.5],
  ])("reads %j as %j hours", (effortHours, expected) => {
    expect(entryParsed({ effortHours }).effortHours).toBe(expected);
  });

  it("refuses negative effort", () => {
    expect(entryErrors({ effortHours: "-1" }, "effortHours")).toEqual(["Effort can't be negative."]);
    expect(entryErrors({ effortHours: "-0.5" }, "effortHours")).toEqual(["Effort can't be negative."]);
    expect(entryErrors({ effortHours: -3 }, "effortHours")).toEqual(["Effort can't be negative."]);
  });

  it("refuses more than 10,000 hours", () => {
    expect(MAX_EFFORT_HOURS).toBe(10_000);
    expect(entryErrors({ effortHours: "10,000.5" }, "effortHours")).toEqual(["Effort must be at most 10,000."]);
    expect(entryErrors({ effortHours: "10001" }, "effortHours")).toEqual(["Effort must be at most 10,000."]);
    expect(entryErrors({ effortHours: "1e9" }, "effortHours")).toEqual(["Effort must be a number."]);
  });

  it.each(["abc", "12h", "1.2.3", "Infinity", "NaN", ".", "-", "twelve", "12,5h"])("refuses %j as not a number", (effortHours) => {
    expect(entryErrors({ effortHours }, "effortHours")).toEqual(["Effort must be a number."]);
  });

  it("allows fractional hours", () => {
    expect(entryParsed({ effortHours: "0.25" }).effortHours).toBe(0.25);
  });
});

describe("workEntrySchema: amount raised", () => {
  it.each([
    ["", null],
    [undefined, null],
    ["0", 0],
    ["250000", 250000],
    ["250,000", 250000],
    ["1,000,000", 1_000_000],
    [" 5 000 ", 5000],
    [12, 12],
  ])("reads %j as %j", (amountRaised, expected) => {
    expect(entryParsed({ amountRaised }).amountRaised).toBe(expected);
  });

  it("accepts up to the maximum amount", () => {
    expect(entryParsed({ amountRaised: String(MAX_AMOUNT) }).amountRaised).toBe(MAX_AMOUNT);
    expect(entryErrors({ amountRaised: String(MAX_AMOUNT + 1) }, "amountRaised")).toEqual(["Amount raised must be at most 1,000,000,000,000."]);
  });

  it("refuses fractions", () => {
    expect(entryErrors({ amountRaised: "1500.50" }, "amountRaised")).toEqual(["Amount raised must be a whole number."]);
    expect(entryErrors({ amountRaised: "0.5" }, "amountRaised")).toEqual(["Amount raised must be a whole number."]);
  });

  it("refuses negative amounts", () => {
    expect(entryErrors({ amountRaised: "-100" }, "amountRaised")).toEqual(["Amount raised can't be negative."]);
  });

  it("refuses text", () => {
    expect(entryErrors({ amountRaised: "$100" }, "amountRaised")).toEqual(["Amount raised must be a number."]);
    expect(entryErrors({ amountRaised: "lots" }, "amountRaised")).toEqual(["Amount raised must be a number."]);
  });
});

describe("workEntrySchema: dates", () => {
  it("accepts real calendar dates, leap days included", () => {
    expect(entryParsed({ startDate: "2024-02-29" }).startDate).toBe("2024-02-29");
    expect(entryParsed({ startDate: "2026-12-31" }).startDate).toBe("2026-12-31");
    expect(entryParsed({ startDate: " 2026-01-01 " }).startDate).toBe("2026-01-01");
  });

  it.each(["2026-02-30", "2026-02-29", "2025-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32"])("refuses the impossible date %s", (date) => {
    expect(entryErrors({ startDate: date }, "startDate")).toEqual(["Start date must be a real date (YYYY-MM-DD)."]);
    expect(entryErrors({ startDate: "2020-01-01", endDate: date }, "endDate")).toEqual(["End date must be a real date (YYYY-MM-DD)."]);
  });

  it.each(["2026-1-5", "05/01/2026", "2026/01/05", "20260105", "2026-01-05T10:00", "yesterday", "2026-01-05 extra"])("refuses %j as not YYYY-MM-DD", (date) => {
    expect(entryErrors({ startDate: date }, "startDate")).toEqual(["Start date must be a real date (YYYY-MM-DD)."]);
  });

  it("accepts a start date alone", () => {
    expect(entryParsed({ startDate: "2026-02-01" })).toMatchObject({ startDate: "2026-02-01", endDate: null });
  });

  it("refuses an end date without a start date, on the start date", () => {
    const r = workEntrySchema.safeParse({ ...entry, endDate: "2026-02-01" });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(fieldErrorsOf(r.error)).toEqual({ startDate: ["Give a start date for the range, or leave the end date empty."] });
    }
  });

  it("refuses an end date before the start date, on the end date", () => {
    const r = workEntrySchema.safeParse({ ...entry, startDate: "2026-02-01", endDate: "2026-01-31" });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrorsOf(r.error)).toEqual({ endDate: ["The end date is before the start date."] });
    expect(entryErrors({ startDate: "2026-01-01", endDate: "2025-12-31" }, "endDate")).toEqual(["The end date is before the start date."]);
  });

  it("accepts a range of one day and a range across years", () => {
    expect(entryParsed({ startDate: "2026-02-01", endDate: "2026-02-01" })).toMatchObject({ startDate: "2026-02-01", endDate: "2026-02-01" });
    expect(entryParsed({ startDate: "2025-12-31", endDate: "2026-01-01" })).toMatchObject({ startDate: "2025-12-31", endDate: "2026-01-01" });
  });

  it("reports the range problem alongside other fields' problems", () => {
    const r = workEntrySchema.safeParse({ ...entry, personId: "", endDate: "2026-02-01" });
    expect(r.success).toBe(false);
    if (!r.success) {
      const errors = fieldErrorsOf(r.error);
      expect(errors.personId).toEqual(["Choose a person."]);
      expect(errors.startDate).toEqual(["Give a start date for the range, or leave the end date empty."]);
    }
  });
});

describe("workEntrySchema: note", () => {
  it("trims the note", () => {
    expect(entryParsed({ note: "  Signed the sales agent.\n" }).note).toBe("Signed the sales agent.");
  });

  it("accepts a note of exactly 2,000 characters", () => {
    expect(NOTE_MAX).toBe(2_000);
    expect(entryParsed({ note: "n".repeat(NOTE_MAX) }).note).toHaveLength(NOTE_MAX);
  });

  it("refuses a note over 2,000 characters", () => {
    expect(entryErrors({ note: "n".repeat(NOTE_MAX + 1) }, "note")).toEqual(["Evidence note must be at most 2000 characters."]);
  });

  it("counts the note after trimming", () => {
    expect(entryParsed({ note: `  ${"n".repeat(NOTE_MAX)}  ` }).note).toHaveLength(NOTE_MAX);
  });
});

// ---------------------------------------------------------------------------------------
// customResponsibilitySchema
// ---------------------------------------------------------------------------------------

describe("customResponsibilitySchema", () => {
  const custom = { name: "Drone permits", lane: "execution" };

  function customErrors(patch: Record<string, unknown>, field: string): string[] | undefined {
    const r = customResponsibilitySchema.safeParse({ ...custom, ...patch });
    if (r.success) return undefined;
    return fieldErrorsOf(r.error)[field];
  }

  it("accepts a name and a lane, with no stages and no description", () => {
    expect(customResponsibilitySchema.parse(custom)).toEqual({ name: "Drone permits", lane: "execution", description: "", stages: [] });
  });

  it("turns a single stage into a list", () => {
    expect(customResponsibilitySchema.parse({ ...custom, stages: "production" }).stages).toEqual(["production"]);
  });

  it("keeps a list of stages", () => {
    expect(customResponsibilitySchema.parse({ ...custom, stages: ["pre-production", "production"] }).stages).toEqual(["pre-production", "production"]);
    expect(customResponsibilitySchema.parse({ ...custom, stages: [...WORK_STAGES] }).stages).toEqual([...WORK_STAGES]);
    expect(customResponsibilitySchema.parse({ ...custom, stages: [] }).stages).toEqual([]);
  });

  it("refuses an unknown stage, alone or in a list", () => {
    expect(customErrors({ stages: "shooting" }, "stages")).toBeDefined();
    expect(customErrors({ stages: ["production", "shooting"] }, "stages")).toBeDefined();
  });

  it.each(LANES)("accepts the lane %s", (lane) => {
    expect(customResponsibilitySchema.parse({ ...custom, lane }).lane).toBe(lane);
  });

  it.each(["", "Execution", "producing", "finance", undefined])("refuses the lane %j", (lane) => {
    expect(customErrors({ lane }, "lane")).toEqual(["Choose a lane."]);
  });

  it("requires a name, trimmed", () => {
    expect(customErrors({ name: "" }, "name")).toEqual(["Name is required."]);
    expect(customErrors({ name: "   " }, "name")).toEqual(["Name is required."]);
    expect(customErrors({ name: undefined }, "name")).toEqual(["Name is required."]);
    expect(customResponsibilitySchema.parse({ ...custom, name: "  Drone permits  " }).name).toBe("Drone permits");
  });

  it("limits the name and the description", () => {
    expect(customResponsibilitySchema.safeParse({ ...custom, name: "n".repeat(CUSTOM_NAME_MAX) }).success).toBe(true);
    expect(customErrors({ name: "n".repeat(CUSTOM_NAME_MAX + 1) }, "name")).toEqual([`Name must be at most ${CUSTOM_NAME_MAX} characters.`]);
    expect(customResponsibilitySchema.safeParse({ ...custom, description: "d".repeat(CUSTOM_DESCRIPTION_MAX) }).success).toBe(true);
    expect(customErrors({ description: "d".repeat(CUSTOM_DESCRIPTION_MAX + 1) }, "description")).toEqual([
      `Description must be at most ${CUSTOM_DESCRIPTION_MAX} characters.`,
    ]);
  });

  it("trims the description", () => {
    expect(customResponsibilitySchema.parse({ ...custom, description: "  Permits for aerial shots. " }).description).toBe("Permits for aerial shots.");
  });
});

// ---------------------------------------------------------------------------------------
// thresholdsSchema
// ---------------------------------------------------------------------------------------

/** The form as first shown: every default in display units, as strings. */
const defaultsForm: Record<ThresholdKey, string> = Object.fromEntries(
  THRESHOLD_KEYS.map((k) => [k, String(toDisplay(k, DEFAULT_THRESHOLDS[k]))]),
) as Record<ThresholdKey, string>;

function thresholdErrors(patch: Partial<Record<ThresholdKey, unknown>>): Record<string, string[] | undefined> {
  const r = thresholdsSchema.safeParse({ ...defaultsForm, ...patch });
  return r.success ? {} : fieldErrorsOf(r.error);
}

const keysWith = (unit: string) => THRESHOLD_KEYS.filter((k) => thresholdUnit(k) === unit);

describe("thresholdsSchema: values", () => {
  it("reads the default form back as the engine defaults", () => {
    expect(defaultsForm.epFinancingShare).toBe("25");
    expect(thresholdsSchema.parse(defaultsForm)).toEqual(DEFAULT_THRESHOLDS);
  });

  it("reads percentages for shares and outputs fractions", () => {
    const out = thresholdsSchema.parse({ ...defaultsForm, epFinancingShare: "30", producerMajority: "55.5", degreeWeightSupporting: "0" });
    expect(out.epFinancingShare).toBe(0.3);
    expect(out.producerMajority).toBe(0.555);
    expect(out.degreeWeightSupporting).toBe(0);
  });

  it("reads one-decimal percentages as the exact share", () => {
    expect(thresholdsSchema.parse({ ...defaultsForm, epFinancingShare: "0.9" }).epFinancingShare).toBe(0.009);
    expect(thresholdsSchema.parse({ ...defaultsForm, coProducerShare: "1.1" }).coProducerShare).toBe(0.011);
  });

  it("keeps counts and hours as typed", () => {
    const out = thresholdsSchema.parse({
      ...defaultsForm,
      lineProducerMinFunctions: "4",
      upmMinCrew: "25",
      maxProducedBy: "4",
      substantialWorkHours: "12.5",
    });
    expect(out).toMatchObject({ lineProducerMinFunctions: 4, upmMinCrew: 25, maxProducedBy: 4, substantialWorkHours: 12.5 });
  });

  it('accepts "25%", spaces and thousands separators', () => {
    const out = thresholdsSchema.parse({ ...defaultsForm, epFinancingShare: "25%", producerMajority: " 60 % ", substantialWorkHours: "1,000", maxProducedBy: " 5 " });
    expect(out).toMatchObject({ epFinancingShare: 0.25, producerMajority: 0.6, substantialWorkHours: 1000, maxProducedBy: 5 });
  });

  it("accepts every key at its minimum and maximum", () => {
    const lows = Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, String(displayRange(k).min)]));
    const highs = Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, String(displayRange(k).max)]));
    expect(thresholdsSchema.safeParse(lows).success).toBe(true);
    expect(thresholdsSchema.safeParse(highs).success).toBe(true);
  });

  it("outputs exactly the keys of the engine thresholds, dropping unknown ones", () => {
    const out = thresholdsSchema.parse({ ...defaultsForm, bogus: "5" });
    expect(Object.keys(out).sort()).toEqual(Object.keys(DEFAULT_THRESHOLDS).sort());
  });
});

describe("thresholdsSchema: refusals", () => {
  it.each(keysWith("percent"))("refuses %s outside 0–100%", (key) => {
    expect(thresholdErrors({ [key]: "100.1" })[key]).toContain("Must be between 0 and 100%.");
    expect(thresholdErrors({ [key]: "-1" })[key]).toContain("Must be between 0 and 100%.");
  });

  it("reads a share as a percentage, so 150 is refused as 150%", () => {
    expect(thresholdErrors({ epFinancingShare: "150" }).epFinancingShare).toEqual(["Must be between 0 and 100%."]);
  });

  it.each(keysWith("points"))("refuses %s outside 0–100 points", (key) => {
    expect(thresholdErrors({ [key]: "101" })[key]?.[0]).toBe("Must be between 0 and 100.");
    expect(thresholdErrors({ [key]: "-0.5" })[key]?.[0]).toBe("Must be between 0 and 100.");
  });

  it.each(keysWith("count"))("refuses %s below 1, above 1,000,000, or not whole", (key) => {
    expect(thresholdErrors({ [key]: "0" })[key]).toEqual(["Must be between 1 and 1,000,000."]);
    expect(thresholdErrors({ [key]: "1000001" })[key]).toEqual(["Must be between 1 and 1,000,000."]);
    expect(thresholdErrors({ [key]: "2.5" })[key]).toEqual(["Must be a whole number."]);
  });

  it("refuses negative hours and allows fractional ones", () => {
    expect(thresholdErrors({ substantialWorkHours: "-1" }).substantialWorkHours).toEqual(["Must be between 0 and 1,000,000."]);
    expect(thresholdsSchema.parse({ ...defaultsForm, substantialWorkHours: "0.5" }).substantialWorkHours).toBe(0.5);
  });

  it.each(["", "   "])("asks for a number when a field is %j", (value) => {
    expect(thresholdErrors({ maxProducedBy: value }).maxProducedBy).toEqual(["Enter a number."]);
    expect(thresholdErrors({ epFinancingShare: value }).epFinancingShare).toEqual(["Enter a number."]);
  });

  it.each(["abc", "25 percent", "1.2.3", "Infinity"])("refuses %j, saying to enter a number", (value) => {
    expect(thresholdErrors({ epFinancingShare: value }).epFinancingShare).toContain("Enter a number.");
    expect(thresholdErrors({ substantialWorkHours: value }).substantialWorkHours).toContain("Enter a number.");
  });

  it("refuses numbers that are not strings", () => {
    expect(thresholdErrors({ maxProducedBy: 3 }).maxProducedBy).toEqual(["Enter a number."]);
  });

  it("refuses a form with a missing key, on that key", () => {
    const { maxProducedBy: _dropped, ...rest } = defaultsForm;
    const r = thresholdsSchema.safeParse(rest);
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrorsOf(r.error)).toEqual({ maxProducedBy: ["Enter a number."] });
  });

  it("refuses an empty form on every key", () => {
    const r = thresholdsSchema.safeParse({});
    expect(r.success).toBe(false);
    if (!r.success) expect(Object.keys(fieldErrorsOf(r.error)).sort()).toEqual([...THRESHOLD_KEYS].sort());
  });

  it("reports errors only on the fields that are wrong", () => {
    expect(Object.keys(thresholdErrors({ maxProducedBy: "0", epFinancingShare: "200" })).sort()).toEqual(["epFinancingShare", "maxProducedBy"]);
  });
});

describe("thresholdsSchema: cross-field rules", () => {
  it("refuses a high-confidence share below the share that earns Produced by, on the high-confidence field", () => {
    expect(thresholdErrors({ producerShare: "50", producerMajority: "45" })).toEqual({
      producerMajority: ["Must be at least the share that earns Produced by."],
    });
  });

  it("accepts a high-confidence share equal to the share that earns Produced by", () => {
    expect(thresholdErrors({ producerShare: "50", producerMajority: "50%" })).toEqual({});
  });

  it("refuses supporting work weighing more than equal work, on the supporting field", () => {
    expect(thresholdErrors({ degreeWeightEqual: "60", degreeWeightSupporting: "60.5" })).toEqual({
      degreeWeightSupporting: ["Supporting work can't weigh more than equal work."],
    });
  });

  it("compares weights typed in percent as shares", () => {
    expect(thresholdErrors({ degreeWeightEqual: "75%", degreeWeightSupporting: "75" })).toEqual({});
    expect(thresholdsSchema.parse({ ...defaultsForm, degreeWeightEqual: "75%", degreeWeightSupporting: "75" })).toMatchObject({
      degreeWeightEqual: 0.75,
      degreeWeightSupporting: 0.75,
    });
  });

  it("reports both conflicts together", () => {
    expect(thresholdErrors({ producerMajority: "10", degreeWeightSupporting: "90" })).toEqual({
      producerMajority: ["Must be at least the share that earns Produced by."],
      degreeWeightSupporting: ["Supporting work can't weigh more than equal work."],
    });
  });
});
