/**
 * End credits: the credit list model, its generation from the project's data, the user's
 * edits, regeneration that keeps those edits, diffs between versions, crawl timing and the
 * text exports. Pure TypeScript: plain objects in, plain values out.
 */
export * from "./types";
export * from "./errors";
export * from "./headings";
export * from "./build";
export * from "./regenerate";
export * from "./sections";
export * from "./departments";
export * from "./sources";
export * from "./edit";
export * from "./diff";
export * from "./render";
export * from "./crawl";
export * from "./export-text";
export * from "./schema";
