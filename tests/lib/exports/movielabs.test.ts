import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { addManualBlock } from "@/lib/end-credits/edit";
import { MD_NAMESPACE, mdPeople, toMovieLabsXml } from "@/lib/exports/movielabs";
import { indieList } from "../end-credits/fixtures";

const XSD = fileURLToPath(new URL("../../../lib/exports/movielabs-md-people.xsd", import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), "hatrack-md-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** xmllint --schema (Debian's libxml2-utils): the exit code and what it said. */
function xmllint(xml: string): { ok: boolean; output: string } {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  const run = spawnSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8" });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

const list = addManualBlock(indieList(), "names", { id: "odd", heading: "Stunts <& Co>", names: ['Ann "A&B" <Lee>'] });
const project = { id: "p-1", title: "Harbor & Lights", kind: "feature" as const, logline: "" };

describe("toMovieLabsXml", () => {
  it("passes xmllint --schema against the md subset Hatrack writes", () => {
    const result = xmllint(toMovieLabsXml(list, project));
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
  });

  it("is in the md 2.9 namespace with BasicMetadata's children in the schema's order", () => {
    const xml = toMovieLabsXml(list, project);
    expect(xml).toContain(`<md:BasicMetadata xmlns:md="${MD_NAMESPACE}" ContentID="md:cid:org:hatrack.film:p-1">`);
    const order = ["<md:LocalizedInfo", "<md:TitleDisplayUnlimited>", "<md:TitleSort>", "<md:Summary190>", "<md:WorkType>", "<md:People>", "<md:Job>", "<md:JobFunction>", "<md:JobDisplay", "<md:BillingBlockOrder>", "</md:Job>", "<md:Name>", "<md:DisplayName>"];
    const at = order.map((tag) => xml.indexOf(tag));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(xml).toContain("<md:DisplayName>Ann &quot;A&amp;B&quot; &lt;Lee&gt;</md:DisplayName>");
  });

  it("the schema enforces that order: Name before Job is refused", () => {
    const swapped = toMovieLabsXml(list, project).replace(/(<md:People>\n)((?:.*\n)*?)(    <md:Name>\n.*\n    <\/md:Name>\n)/, "$1$3$2");
    expect(xmllint(swapped).ok).toBe(false);
  });
});

describe("mdPeople", () => {
  it("lists each person once in billing order, a Job per credit, the cast with Character and BillingBlockOrder per function", () => {
    const people = mdPeople(list);
    expect(people[0]).toMatchObject({ displayName: "Maya Okafor", jobs: [{ jobFunction: "Writer" }, { jobFunction: "Director" }, { jobFunction: "Editor" }] });
    const sam = people.find((p) => p.displayName === "Sam Reed")!;
    expect(sam.jobs.map((j) => [j.jobFunction, j.jobDisplay, j.billingBlockOrder])).toEqual([
      ["Writer", "Story by", 2],
      ["Producer", "Produced by", 1],
    ]);
    expect(people.filter((p) => p.jobs.some((j) => j.jobFunction === "Actor")).map((p) => [p.displayName, p.jobs[0]!.character, p.jobs[0]!.billingBlockOrder])).toEqual([
      ["Zoë Adebayo", "Maya", 1],
      ["Jon Bell", "The Landlord", 2],
    ]);
    // Thanks, songs and legal text are not jobs.
    expect(people.some((p) => p.displayName === "The Reed family")).toBe(false);
    expect(people.find((p) => p.displayName === "عمر الشريف")!.jobs[0]).toMatchObject({ jobFunction: "First Assistant Camera" });
  });
});
