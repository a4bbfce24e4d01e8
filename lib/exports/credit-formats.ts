/** The download formats of a credit list, with their file extension and media type. Pure. */
export const CREDIT_EXPORT_FORMATS = [
  { id: "pdf", label: "PDF", ext: "pdf", type: "application/pdf", description: "Print-ready, fonts embedded", kind: "credits" },
  { id: "csv", label: "CSV", ext: "csv", type: "text/csv; charset=utf-8", description: "Spreadsheet, UTF-8", kind: "credits" },
  { id: "txt", label: "Plain text", ext: "txt", type: "text/plain; charset=utf-8", description: "As title houses take it", kind: "credits" },
  { id: "tsv", label: "Tab-separated", ext: "tsv", type: "text/tab-separated-values; charset=utf-8", description: "Heading and name per row", kind: "credits" },
  { id: "json", label: "JSON", ext: "json", type: "application/json; charset=utf-8", description: "Versioned schema hatrack.credits/v2", kind: "credits" },
  { id: "md", label: "Markdown", ext: "md", type: "text/markdown; charset=utf-8", description: "For documents and wikis", kind: "credits" },
] as const;

/**
 * Delivery files (issue 17): what a title house, Cinecred, a distributor's metadata feed and
 * the Producers Guild take. `kind` is the file name's word ("Harbor Lights title house.xlsx").
 */
export const DELIVERY_FORMATS = [
  { id: "title-xlsx", label: "Title house XLSX", ext: "xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", description: "Role | name, cast in two columns, contractual notes", kind: "title house" },
  { id: "title-tsv", label: "Title house TSV", ext: "tsv", type: "text/tab-separated-values; charset=utf-8", description: "The same grid as tab-separated text", kind: "title house" },
  { id: "cinecred", label: "Cinecred project", ext: "zip", type: "application/zip", description: "Credits.xlsx and Styling.toml: unzip, open the folder in Cinecred", kind: "Cinecred" },
  { id: "movielabs", label: "MovieLabs XML", ext: "xml", type: "application/xml; charset=utf-8", description: "Common Metadata md:People (cast and crew, billing order)", kind: "people md" },
  { id: "pga", label: "PGA notice packet", ext: "pdf", type: "application/pdf", description: "Notice of Producing Credits, basis from the work log, crew list, producer summaries", kind: "PGA notice" },
] as const;

export type CreditExportFormat = (typeof CREDIT_EXPORT_FORMATS)[number]["id"] | (typeof DELIVERY_FORMATS)[number]["id"];

export function exportFormat(id: string | null): (typeof CREDIT_EXPORT_FORMATS)[number] | (typeof DELIVERY_FORMATS)[number] | undefined {
  return CREDIT_EXPORT_FORMATS.find((f) => f.id === id) ?? DELIVERY_FORMATS.find((f) => f.id === id);
}
