import { matchTitle } from "@/lib/credits/titles";
import { buildCreditList, type BuildInput, type CastMemberInput, type HeldCreditInput, type RosterEntryInput } from "@/lib/end-credits/build";
import { addManualBlock, setAsCredited, setHidden, setJoiner } from "@/lib/end-credits/edit";
import type { CreditList } from "@/lib/end-credits/types";
import { getRole } from "@/lib/roster/catalog";
import { resolveRole } from "@/lib/roster/resolve";

/** A held credit as the credits page holds it: titleId from matchTitle. */
export function held(personId: string, name: string, title: string, guilds: string[] = []): HeldCreditInput {
  return { personId, name, title, titleId: matchTitle(title), guilds };
}

/** A roster entry resolved through the catalogue, as the roster stores it. */
export function crew(personId: string, name: string, role: string, department?: string): RosterEntryInput {
  const resolved = resolveRole({ role, department: department ?? null });
  return {
    personId,
    name,
    department: resolved.department,
    departmentId: resolved.departmentId,
    role: resolved.role,
    roleId: resolved.roleId,
    sortKey: resolved.sortKey,
    isHead: resolved.roleId ? getRole(resolved.roleId)!.head : false,
  };
}

export function actor(personId: string, name: string, character: string): CastMemberInput {
  return { personId, name, character };
}

export function input(parts: Partial<BuildInput> & { merge?: boolean } = {}): BuildInput {
  return {
    heldCredits: parts.heldCredits ?? [],
    roster: parts.roster ?? [],
    cast: parts.cast,
    options: parts.options ?? { mergeMultiHat: parts.merge ?? false },
  };
}

export const ids = (list: CreditList) => list.blocks.map((b) => b.id);
export const headings = (list: CreditList) => list.blocks.map((b) => b.heading);
export const block = (list: CreditList, id: string) => {
  const found = list.blocks.find((b) => b.id === id);
  if (!found) throw new Error(`no block ${id} in ${ids(list).join(", ")}`);
  return found;
};
export const names = (list: CreditList, id: string) => block(list, id).lines.map((l) => l.name);

/** A small indie production: a writer-director who also edits, two producers, a team of writers. */
export function indieInput(merge = true): BuildInput {
  return input({
    merge,
    heldCredits: [
      held("p-maya", "Maya Okafor", "Written by", ["DGA"]),
      held("p-maya", "Maya Okafor", "Directed by", ["DGA"]),
      held("p-maya", "Maya Okafor", "Edited by", ["DGA"]),
      held("p-sam", "Sam Reed", "Produced by"),
      held("p-lena", "Λένα Παπαδοπούλου", "Producer"),
      held("p-ivan", "Иван Петров", "Executive Producer"),
      held("p-kuro", "黒澤 明", "Executive Producer"),
      held("p-dan", "Dana Levi", "Director of Photography"),
      held("p-sam", "Sam Reed", "Story by"),
      held("p-lena", "Λένα Παπαδοπούλου", "Story by"),
      held("p-jo", "Jo Park", "Story by"),
    ],
    roster: [
      crew("p-dan", "Dana Levi", "Director of Photography"),
      crew("p-omar", "عمر الشريف", "1st AC"),
      crew("p-eq", "=Sam Formula", "Gaffer"),
      crew("p-noa", "נועה כהן", "Gaffer"),
      crew("p-ana", "Ana María de la Cruz", "Production Assistant"),
      crew("p-bo", "Bo Chen", "Production Assistant"),
      crew("p-cy", "Cy Park", "Production Assistant"),
      crew("p-di", "Di Wu", "Production Assistant"),
      crew("p-maya", "Maya Okafor", "Director"),
    ],
    cast: [actor("p-zoe", "Zoë Adebayo", "Maya"), actor("p-jon", "Jon Bell", "The Landlord")],
  });
}

/**
 * indieInput edited the way a user would: a story team joined with "&", a per-credit name,
 * a hidden name and a hidden block, plus a song, a two-column thanks group, a paragraph and
 * a logo. The checked-in export fixtures (tests/fixtures/end-credits/) are this list.
 */
export function indieList(): CreditList {
  let list = buildCreditList(indieInput());
  list = setJoiner(list, "main:story-by", "p-lena", "&");
  list = setAsCredited(list, "crew:production:production.production-assistant", "p-bo", 'Bo "Sparky" Chen');
  list = setHidden(list, { blockId: "crew:production:production.production-assistant", lineKey: "p-di" }, true);
  list = addManualBlock(list, "names", { id: "old-unit", heading: "Second Unit", names: ["Hidden Person"] });
  list = setHidden(list, { blockId: "old-unit" }, true);
  list = addManualBlock(list, "song", { id: "song-1", title: "Night Bus", performedBy: "The Okafors", writtenBy: "Maya Okafor & Sam Reed", courtesyOf: "Hatrack Records" });
  list = addManualBlock(list, "group", { id: "thanks", heading: "Special Thanks", columns: 2, names: ["The Reed family", "Café Δ", "山田 太郎", "Городской архив"] });
  list = addManualBlock(list, "paragraph", { id: "legal", text: "© 2026 Hatrack Films. All rights reserved.\nThe events and characters depicted are fictitious." });
  list = addManualBlock(list, "logo", { id: "logo-hatrack", assetId: "asset-42", alt: "Hatrack Films", width: 800, height: 200 });
  return list;
}
