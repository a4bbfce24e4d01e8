/**
 * A first sort key for a credited name: "Ana María de la Cruz" → "de la Cruz, Ana María".
 * Lower-case particles (van, von, de, da, del, della, der, den, la, le, di, du, bin, al)
 * stay with the family name. Single names sort as themselves.
 */
const PARTICLES = new Set(["van", "von", "de", "da", "del", "della", "der", "den", "la", "le", "di", "du", "bin", "al", "ter", "ten", "dos", "das"]);

export function deriveSortName(creditedName: string): string {
  const words = creditedName.normalize("NFC").trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return words[0] ?? "";
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!)) start -= 1;
  const family = words.slice(start).join(" ");
  const given = words.slice(0, start).join(" ");
  return `${family}, ${given}`;
}
