import { slugForFile } from "@/components/review/chart-download";
import { exportFileName } from "@/lib/exports/file-name";
import { nameMatchKey, sortCollationKey } from "@/lib/people/names";
import { matchKey } from "@/lib/roster/catalog";
import { headerKey } from "@/lib/roster/import/mapping";
import { CATALOG_SLUG, foldForSearch, searchWords, slugify } from "@/lib/text/fold";
import { customResponsibility } from "@/lib/work/taxonomy";

/** Every folding function whose output is stored or shown, on one input (see fold-golden.json). */
export function foldOutputs(input: string) {
  let customId: string | null;
  try {
    customId = customResponsibility({ name: input, lane: "other" }).id;
  } catch {
    customId = null;
  }
  return {
    catalogSlug: slugify(input, CATALOG_SLUG),
    catalogMatchKey: matchKey(input),
    customResponsibilityId: customId,
    nameMatchKey: nameMatchKey(input),
    sortCollationKey: sortCollationKey(input),
    importHeaderKey: headerKey(input),
    responsibilitySearchKey: searchWords(input),
    foldForSearch: foldForSearch(input),
    chartFileSlug: slugForFile(input),
    exportFileName: exportFileName(input, "roster", "csv"),
  };
}
