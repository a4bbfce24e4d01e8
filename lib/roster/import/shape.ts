import { ImportFileError } from "./file-error";
import { MAX_RAW_FIELDS, MAX_RAW_RECORDS, tooManyColumnsMessage, tooManyFieldsMessage } from "./limits";

/** Excel's widest sheet: a record with more fields than this is refused before parsing. */
const MAX_RAW_WIDTH = 16_384;

/**
 * Refuses a delimited text whose shape would cost the parser too much memory, before it
 * builds a single cell: too many records (blank lines included), too many fields in all, or
 * one record wider than any spreadsheet. One pass over the text, quote-aware like RFC 4180
 * (a separator or line break inside quotes is not one); it only counts, so it may overcount
 * a little (a lone CR inside an unquoted cell), never undercount.
 * A record wider than MAX_COLUMNS (limits.ts) is refused later, by `toTable`, once its blank trailing
 * cells (which spreadsheets often save) are known.
 */
export function checkDelimitedShape(text: string, delimiter: string): void {
  const sep = delimiter.charCodeAt(0);
  let quoted = false;
  let records = 1;
  let fields = 1;
  let width = 1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      quoted = !quoted;
    } else if (quoted) {
      continue;
    } else if (c === sep) {
      fields += 1;
      width += 1;
      if (width > MAX_RAW_WIDTH) throw new ImportFileError(tooManyColumnsMessage(MAX_RAW_WIDTH, true));
    } else if (c === 10 /* \n */ || c === 13 /* \r */) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i += 1;
      records += 1;
      fields += 1;
      width = 1;
    } else {
      continue;
    }
    if (records > MAX_RAW_RECORDS || fields > MAX_RAW_FIELDS) throw new ImportFileError(tooManyFieldsMessage());
  }
}
