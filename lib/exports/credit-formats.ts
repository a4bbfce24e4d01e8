/** The download formats of a credit list, with their file extension and media type. Pure. */
export const CREDIT_EXPORT_FORMATS = [
  { id: "pdf", label: "PDF", ext: "pdf", type: "application/pdf", description: "Print-ready, fonts embedded" },
  { id: "csv", label: "CSV", ext: "csv", type: "text/csv; charset=utf-8", description: "Spreadsheet, UTF-8" },
  { id: "txt", label: "Plain text", ext: "txt", type: "text/plain; charset=utf-8", description: "As title houses take it" },
  { id: "tsv", label: "Tab-separated", ext: "tsv", type: "text/tab-separated-values; charset=utf-8", description: "Heading and name per row" },
  { id: "json", label: "JSON", ext: "json", type: "application/json; charset=utf-8", description: "Versioned schema hatrack.credits/v2" },
  { id: "md", label: "Markdown", ext: "md", type: "text/markdown; charset=utf-8", description: "For documents and wikis" },
] as const;

export type CreditExportFormat = (typeof CREDIT_EXPORT_FORMATS)[number]["id"];

export function exportFormat(id: string | null): (typeof CREDIT_EXPORT_FORMATS)[number] | undefined {
  return CREDIT_EXPORT_FORMATS.find((f) => f.id === id);
}
