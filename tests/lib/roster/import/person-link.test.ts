import { describe, expect, it } from "vitest";
import type { ExistingPerson } from "@/lib/roster/import/context";
import { createPersonLinker } from "@/lib/roster/import/person-link";
import { emailKey, nameMatchKey } from "./fake-context";

const linker = (people: ExistingPerson[] = []) => createPersonLinker({ existingPeople: people, nameMatchKey, emailKey });
const maya: ExistingPerson = { id: "p-maya", creditedName: "Maya Okafor", email: "maya@example.com" };
const chris: ExistingPerson = { id: "p-chris", creditedName: "Chris Lee", email: null };

describe("createPersonLinker", () => {
  it("makes a new person of an unknown row", () => {
    expect(linker().link(2, { creditedName: "Sam Reed", email: "" })).toEqual({ person: { match: "new" }, identity: "row:2", duplicateOfRow: undefined, warnings: [] });
  });

  it("uses a directory person with the same email, whatever the name", () => {
    const link = linker([maya]).link(2, { creditedName: "M. Okafor", email: "MAYA@example.com" });
    expect(link.person).toEqual({ match: "existing", personId: "p-maya", reason: "email" });
    expect(link.warnings).toEqual(['Same email as "Maya Okafor" in your people directory — will use that person.']);
  });

  it("uses a directory person with the same name when the emails do not disagree", () => {
    const link = linker([maya]).link(2, { creditedName: "maya  OKAFOR", email: "" });
    expect(link.person).toEqual({ match: "existing", personId: "p-maya", reason: "name" });
    expect(link.warnings).toEqual(['"Maya Okafor" is already in your people directory — will use that person.']);
    expect(linker([chris]).link(2, { creditedName: "Chris Lee", email: "chris@example.com" }).person.personId).toBe("p-chris");
  });

  it("adds a new person when a namesake in the directory has another email", () => {
    const link = linker([maya]).link(2, { creditedName: "Maya Okafor", email: "maya@other.example" });
    expect(link.person).toEqual({ match: "new" });
    expect(link.warnings).toEqual(['"Maya Okafor" in your people directory has a different email — will add a new person.']);
  });

  it("warns when several directory people share the name", () => {
    const link = linker([chris, { id: "p-chris2", creditedName: "Chris Lee", email: null }]).link(2, { creditedName: "Chris Lee", email: "" });
    expect(link.person.personId).toBe("p-chris");
    expect(link.warnings[0]).toBe('2 people named "Chris Lee" are in your people directory — will use the first; check it is the right one.');
  });

  it("merges a later row with the same email or name into the first row", () => {
    const l = linker();
    l.link(2, { creditedName: "Maya Okafor", email: "maya@example.com" });
    const byName = l.link(4, { creditedName: "MAYA OKAFOR", email: "" });
    const byEmail = l.link(7, { creditedName: "M. Okafor", email: "maya@example.com" });
    for (const link of [byName, byEmail]) {
      expect(link).toMatchObject({ person: { match: "new" }, identity: "row:2", duplicateOfRow: 2 });
    }
    expect(byName.warnings).toEqual(["Same person as row 2 — merged with row 2."]);
  });

  it("keeps namesakes with different emails apart", () => {
    const l = linker();
    l.link(3, { creditedName: "Sam Reed", email: "sam@example.com" });
    const other = l.link(6, { creditedName: "Sam Reed", email: "sam.reed@other.example" });
    expect(other).toMatchObject({ identity: "row:6", duplicateOfRow: undefined });
    expect(other.warnings).toEqual(["Row 3 has the same name with a different email — will add a separate person."]);
  });

  it("remembers emails learned from merged rows", () => {
    const l = linker();
    l.link(2, { creditedName: "Chris Lee", email: "" });
    l.link(3, { creditedName: "Chris Lee", email: "chris@a.example" });
    expect(l.link(4, { creditedName: "Chris Lee", email: "chris@b.example" }).identity).toBe("row:4");
    expect(l.link(5, { creditedName: "C. Lee", email: "chris@a.example" }).identity).toBe("row:2");
  });

  it("links later rows of a directory person to the first row that used them", () => {
    const l = linker([maya]);
    l.link(2, { creditedName: "Maya Okafor", email: "" });
    const again = l.link(5, { creditedName: "Maya O.", email: "maya@example.com" });
    expect(again).toMatchObject({ person: { match: "existing", personId: "p-maya" }, identity: "person:p-maya", duplicateOfRow: 2 });
    expect(again.warnings).toEqual(["Same person as row 2 — merged with row 2."]);
  });

  it("returns a fresh person object each time", () => {
    const l = linker([maya]);
    const a = l.link(2, { creditedName: "Maya Okafor", email: "" });
    const b = l.link(3, { creditedName: "Maya Okafor", email: "" });
    expect(a.person).not.toBe(b.person);
  });

  it("never merges rows by an empty name key", () => {
    const l = linker([{ id: "p-dash", creditedName: "—", email: null }]);
    expect(l.link(2, { creditedName: "—", email: "" }).identity).toBe("row:2");
    expect(l.link(3, { creditedName: "?", email: "" }).identity).toBe("row:3");
  });
});
