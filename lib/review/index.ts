/**
 * Multi-hat review (issue 6), framework-free: who wears which hats, where the work piles up,
 * what nobody covers, whether the credits tell the truth, and how two projects differ.
 * Plain data in, plain data out; deterministic; never throws on odd data.
 *
 * Typical use on a project (db/queries/credit-input.ts loadEngineRows + the engine):
 *   const data = prepareReview({ people, responsibilities, entries }); // one pass over the work
 *   hatsMatrix(data, { sort: "hats", limit: 50 }); coverage(data, { threshold });
 *   truthCheck(people, creditRecords, engineOutput.suggestions);
 */
export { CONCENTRATION_TOP, DEFAULT_CONCENTRATION_THRESHOLD, LEAD_WEIGHTS, MIN_ENTRY_HOURS } from "./constants";
export { isReviewData, prepareReview, type ReviewData, type ReviewFunction, type ReviewInput, type ReviewPerson } from "./data";
export {
  cellOf,
  hatsMatrix,
  type HatCell,
  type HatsColumn,
  type HatsMatrix,
  type HatsMatrixOptions,
  type HatsRow,
  type HatsSort,
  type SortDirection,
} from "./hats";
export {
  coverage,
  resolveConcentrationThreshold,
  type Concentration,
  type Coverage,
  type CoverageCell,
  type CoverageOptions,
  type CoveragePerson,
  type StageCoverage,
  type UncoveredFunction,
} from "./coverage";
export { TRUTH_CLASSES, truthCheck, type TruthCheck, type TruthClass, type TruthCounts, type TruthCredit, type TruthItem, type TruthPerson } from "./truth";
export { titleKey } from "./titles";
export {
  TITLE_NOUNS,
  creditHistory,
  creditHistorySentence,
  personCreditHistory,
  type CreditHistory,
  type CreditHistoryRow,
  type PersonCreditHistory,
  type TitleCount,
} from "./history";
export { compareProjects, type ComparedProject, type HatMove, type PersonHatChange, type ProjectComparison } from "./compare";
export { TRUTH_CLASS_LABELS, hatsMatrixCsv, truthCheckCsv } from "./csv";
export { MATRIX_PAGE_SIZE, isFiltered, matrixOptions, matrixQueryString, parseMatrixQuery, type MatrixQuery } from "./params";
export { personWork, type PersonFunction, type PersonWork, type PersonWorkGroup } from "./person";
export { formatShare } from "./format";
