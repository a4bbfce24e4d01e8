export type Delimiter = "," | ";" | "\t";

/**
 * The separator of a delimited text, judged on its first record: the most frequent of tab,
 * comma and semicolon outside quotes. Ties and a one-column header give ",". Semicolons
 * are what Excel writes for "CSV" in locales that use a decimal comma.
 */
export function guessDelimiter(text: string): Delimiter {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && (ch === "," || ch === ";" || ch === "\t")) counts[ch] += 1;
  }
  if (counts["\t"] > counts[","] && counts["\t"] >= counts[";"]) return "\t";
  if (counts[";"] > counts[","]) return ";";
  return ",";
}
