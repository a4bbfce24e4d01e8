"use client";

import Link from "next/link";
import { useMemo, useRef, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { inputClass } from "@/components/ui/field";
import { FIELD_LABELS, IMPORT_FIELDS, type ColumnMapping, type ImportField } from "@/lib/roster/import/fields";
import { MERGED_FIELD_LABELS, type ContactChoice, type ContactChoices } from "@/lib/roster/import/contact-merge";
import type { RowEdit, RowEdits } from "@/lib/roster/import/edits";
import { MAX_BYTES, tooBigMessage } from "@/lib/roster/import/limits";
import type { ParsedTable } from "@/lib/roster/import/types";
import type { Preview, PreviewRow } from "@/lib/roster/import/validate";

type Step = "upload" | "map" | "preview" | "done";
type Result = { peopleAdded: number; peopleUpdated: number; entriesAdded: number; entriesSkipped: number; rowsWithErrors: number };

const PAGE = 100;

/** Uploads with XMLHttpRequest so the user sees the upload's progress on large files. */
function upload(url: string, body: FormData, onProgress: (fraction: number) => void): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => resolve({ status: xhr.status, json: xhr.response });
    xhr.onerror = () => reject(new Error("The upload failed. Check your connection and try again."));
    xhr.send(body);
  });
}

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const json = (await res.json().catch(() => null)) as (T & { error?: { message: string } }) | null;
  if (!res.ok) throw new Error(json?.error?.message ?? "Something went wrong on our side. Nothing was saved.");
  return json as T;
}

function errorMessage(json: unknown, fallback: string): string {
  return (json as { error?: { message?: string } } | null)?.error?.message ?? fallback;
}

/**
 * The roster import, in four steps: upload a CSV, TSV or XLSX file → map its columns → preview
 * every row with its problems (and fix them) → import everything in one transaction.
 */
export function ImportWizard({ projectId, projectTitle }: { projectId: string; projectTitle: string }) {
  const api = `/api/projects/${projectId}/roster/import`;
  const [step, setStep] = useState<Step>("upload");
  const [file, setFile] = useState<File | null>(null);
  const [table, setTable] = useState<ParsedTable | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [edits, setEdits] = useState<RowEdits>({});
  const [contacts, setContacts] = useState<ContactChoices>({});
  const [preview, setPreview] = useState<Preview | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [sheetNames, setSheetNames] = useState<string[]>([]);
  const [hiddenSheets, setHiddenSheets] = useState<string[]>([]);
  const [filter, setFilter] = useState<"problems" | "all">("problems");
  const [page, setPage] = useState(1);
  const [skipErrors, setSkipErrors] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const read = async (chosen: File, sheet?: string) => {
    setError(null);
    if (chosen.size === 0) return setError("The file is empty.");
    if (chosen.size > MAX_BYTES) return setError(tooBigMessage(chosen.size));
    const body = new FormData();
    body.set("file", chosen);
    if (sheet) body.set("sheet", sheet);
    setBusy("Uploading…");
    setProgress(0);
    try {
      const res = await upload(`${api}/parse`, body, (f) => {
        setProgress(f);
        if (f >= 1) setBusy("Reading the file…");
      });
      if (res.status !== 200) {
        const listing = res.json as { sheetNames?: string[]; hiddenSheets?: string[] } | null;
        setSheetNames(listing?.sheetNames ?? []);
        setHiddenSheets(listing?.hiddenSheets ?? []);
        // A workbook whose chosen sheet was refused: keep the file, so another sheet can be picked.
        if (listing?.sheetNames?.length) setFile(chosen);
        setError(errorMessage(res.json, "The file could not be read."));
        return;
      }
      const data = res.json as { table: ParsedTable; mapping: ColumnMapping };
      setFile(chosen);
      setTable(data.table);
      setSheetNames(data.table.sheetNames ?? []);
      setHiddenSheets(data.table.hiddenSheets ?? []);
      setMapping(data.mapping);
      setEdits({});
      setContacts({});
      setPreview(null);
      setStep("map");
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const runPreview = async (nextEdits: RowEdits = edits, nextContacts: ContactChoices = contacts) => {
    if (!table) return;
    setError(null);
    setBusy(`Checking ${table.rows.length.toLocaleString("en-US")} rows…`);
    try {
      const data = await postJson<{ preview: Preview }>(`${api}/preview`, { table, mapping, edits: nextEdits, contacts: nextContacts });
      setPreview(data.preview);
      setEdits(nextEdits);
      setContacts(nextContacts);
      setStep("preview");
      if (data.preview.summary.withErrors === 0 && data.preview.summary.withWarnings === 0) setFilter("all");
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  const commit = async () => {
    if (!table) return;
    setError(null);
    setBusy("Importing…");
    try {
      const data = await postJson<{ result: Result }>(`${api}/commit`, { table, mapping, edits, contacts, skipErrors });
      setResult(data.result);
      setStep("done");
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  const rows = useMemo(() => {
    if (!preview) return [];
    return filter === "all" ? preview.rows : preview.rows.filter((r) => r.errors.length > 0 || r.warnings.length > 0);
  }, [preview, filter]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const shown = rows.slice((Math.min(page, pages) - 1) * PAGE, Math.min(page, pages) * PAGE);
  const mappedFields = new Set(Object.values(mapping).filter(Boolean));
  const hasName = mappedFields.has("creditedName") || (mappedFields.has("firstName") && mappedFields.has("lastName"));

  return (
    <div className="space-y-5">
      <ol className="flex flex-wrap gap-2 text-sm" aria-label="Import steps">
        {(["upload", "map", "preview", "done"] as const).map((s, i) => (
          <li key={s} aria-current={step === s ? "step" : undefined} className={cn("rounded-full px-3 py-1", step === s ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400")}>
            {i + 1}. {{ upload: "Choose a file", map: "Match columns", preview: "Check rows", done: "Done" }[s]}
          </li>
        ))}
      </ol>

      <div ref={statusRef} aria-live="polite" className="space-y-2">
        {error ? (
          <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950/60 dark:text-red-300">
            {error}
          </p>
        ) : null}
        {busy ? (
          <div className="space-y-1.5">
            <p className="text-sm">{busy}</p>
            {progress !== null ? (
              <div role="progressbar" aria-label="Upload progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)} className="h-2 w-full max-w-md overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800">
                <div className="h-full bg-accent-600 transition-[width]" style={{ width: `${Math.round(progress * 100)}%` }} />
              </div>
            ) : null}
          </div>
        ) : null}
      </div>

      {step === "upload" ? (
        <Card>
          <h2 className="text-base font-semibold">Choose your crew list</h2>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            CSV, TSV or Excel (.xlsx), up to 10 MB and 20,000 rows, with a header row. Columns such as Name, Department, Position and Email are
            recognised; you can match the others next. Nothing is saved until the last step.
          </p>
          <input
            ref={inputRef}
            id="import-file"
            type="file"
            accept=".csv,.tsv,.tab,.txt,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="peer sr-only"
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              if (chosen) void read(chosen);
              e.target.value = "";
            }}
          />
          <label
            htmlFor="import-file"
            className="mt-4 flex peer-focus-visible:border-accent-600 peer-focus-visible:ring-2 peer-focus-visible:ring-accent-500/50 cursor-pointer flex-col items-center justify-center rounded-xl border-2 border-dashed border-zinc-300 px-6 py-10 text-center hover:border-accent-600 dark:border-zinc-700"
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              const dropped = e.dataTransfer.files[0];
              if (dropped) void read(dropped);
            }}
          >
            <span className="text-sm font-medium">Drop a file here, or click to choose one</span>
            <span className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">.csv · .tsv · .txt · .xlsx</span>
          </label>
          {sheetNames.length > 0 && file ? <SheetPicker sheetNames={sheetNames} hiddenSheets={hiddenSheets} onPick={(s) => void read(file, s)} /> : null}
        </Card>
      ) : null}

      {step === "map" && table ? (
        <Card>
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <h2 className="text-base font-semibold">Match the columns</h2>
              <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
                {file?.name} · {table.rows.length.toLocaleString("en-US")} {table.rows.length === 1 ? "row" : "rows"}
                {table.encoding ? ` · ${table.encoding.toUpperCase()}` : ""}
                {table.sheet ? ` · sheet “${table.sheet}”` : ""}
              </p>
            </div>
            {table.sheetNames && table.sheetNames.length > 1 && file ? (
              <SheetPicker sheetNames={table.sheetNames} hiddenSheets={hiddenSheets} current={table.sheet} onPick={(s) => void read(file, s)} />
            ) : null}
          </div>
          {/* A table on wider screens; on a phone each column is a two-line row (name and choice, then its first values), no sideways scrolling. */}
          <div className="mt-4">
            <table className="w-full text-sm">
              <caption className="sr-only">Columns of the file and the Hatrack field each one fills</caption>
              <thead className="hidden text-left text-xs text-zinc-600 sm:table-header-group dark:text-zinc-400">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">Column in your file</th>
                  <th scope="col" className="py-2 pr-3 font-medium">First values</th>
                  <th scope="col" className="py-2 font-medium">Imports as</th>
                </tr>
              </thead>
              <tbody className="block divide-y divide-zinc-100 sm:table-row-group dark:divide-zinc-800">
                {table.headers.map((h, i) => (
                  <tr key={h} className="grid grid-cols-2 items-center gap-x-3 py-2 sm:table-row sm:py-0">
                    <td className="min-w-0 font-medium break-words sm:py-2 sm:pr-3">{h}</td>
                    <td className="col-span-2 row-start-2 min-w-0 truncate pt-1 text-xs text-zinc-600 sm:max-w-64 sm:py-2 sm:pr-3 sm:text-sm dark:text-zinc-400">
                      {table.rows
                        .slice(0, 3)
                        .map((r) => r[i])
                        .filter(Boolean)
                        .join(" · ") || "—"}
                    </td>
                    <td className="col-start-2 row-start-1 min-w-0 sm:py-2">
                      <label htmlFor={`map-${i}`} className="sr-only">
                        Import column {h} as
                      </label>
                      <select
                        id={`map-${i}`}
                        value={mapping[h] ?? ""}
                        onChange={(e) => setMapping({ ...mapping, [h]: (e.target.value || null) as ImportField | null })}
                        className={cn(inputClass, "h-9 py-1")}
                      >
                        <option value="">Don&apos;t import</option>
                        {IMPORT_FIELDS.map((f) => (
                          <option key={f} value={f}>
                            {FIELD_LABELS[f]}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {!hasName || !mappedFields.has("role") ? (
            <p className="mt-3 text-sm text-amber-800 dark:text-amber-300">
              Choose the column with each person&apos;s name{!mappedFields.has("role") ? " and the one with their role" : ""}.
            </p>
          ) : null}
          <div className="mt-4 flex justify-between gap-2">
            <Button variant="secondary" onClick={() => setStep("upload")}>
              Choose another file
            </Button>
            <Button disabled={Boolean(busy) || !hasName || !mappedFields.has("role")} onClick={() => void runPreview()}>
              Check rows
            </Button>
          </div>
        </Card>
      ) : null}

      {step === "preview" && preview ? (
        <div className="space-y-4">
          <Card>
            <h2 className="text-base font-semibold">Check the rows</h2>
            <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
              <Stat label="Roster entries to add" value={preview.summary.entriesToAdd} />
              <Stat label="New people" value={preview.summary.newPeople} />
              <Stat label="People already in your directory" value={preview.summary.existingPeople} />
              <Stat label="Already on the roster (skipped)" value={preview.summary.entriesSkipped} />
            </dl>
            <p className="mt-3 flex flex-wrap gap-2 text-sm">
              <Badge tone="success">✓ {preview.summary.ok} fine</Badge>
              <Badge tone="warning">! {preview.summary.withWarnings} with warnings (they import)</Badge>
              <Badge tone="danger">✕ {preview.summary.withErrors} with errors (they don&apos;t)</Badge>
            </p>
          </Card>

          <div className="flex flex-wrap items-center justify-between gap-2">
            <div role="group" aria-label="Rows to show" className="flex gap-1 rounded-lg bg-zinc-100 p-1 dark:bg-zinc-900">
              {(
                [
                  ["problems", "Rows with problems"],
                  ["all", "All rows"],
                ] as const
              ).map(([value, label]) => (
                <button
                  key={value}
                  type="button"
                  aria-pressed={filter === value}
                  onClick={() => {
                    setFilter(value);
                    setPage(1);
                  }}
                  className={cn("rounded-md px-3 py-1 text-sm font-medium", filter === value ? "bg-white shadow-sm dark:bg-zinc-700" : "text-zinc-600 dark:text-zinc-400")}
                >
                  {label}
                </button>
              ))}
            </div>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {rows.length === 0 ? "No rows to show." : `Rows ${(Math.min(page, pages) - 1) * PAGE + 1}–${Math.min(Math.min(page, pages) * PAGE, rows.length)} of ${rows.length}`}
            </p>
          </div>

          {rows.length === 0 ? (
            <Card>
              <p className="text-sm">No row has a problem. Check “All rows” to look through them before you import.</p>
            </Card>
          ) : (
            <Card className="overflow-x-auto p-0">
              <table className="w-full min-w-[720px] text-sm">
                <caption className="sr-only">Rows of the file as they will be imported</caption>
                <thead className="bg-zinc-50 text-left text-xs text-zinc-600 dark:bg-zinc-950/40 dark:text-zinc-400">
                  <tr>
                    <th scope="col" className="px-3 py-2 font-medium">Row</th>
                    <th scope="col" className="px-3 py-2 font-medium">Person</th>
                    <th scope="col" className="px-3 py-2 font-medium">Department · Role</th>
                    <th scope="col" className="px-3 py-2 font-medium">Notes</th>
                    <th scope="col" className="px-3 py-2 font-medium"><span className="sr-only">Fix</span></th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                  {shown.map((r) => (
                    <PreviewLine
                      key={r.rowNumber}
                      row={r}
                      busy={Boolean(busy)}
                      onFix={(patch) => void runPreview({ ...edits, [r.rowNumber]: { ...edits[r.rowNumber], ...patch } })}
                      onChoose={(choice) => void runPreview(edits, { ...contacts, [r.rowNumber]: choice })}
                    />
                  ))}
                </tbody>
              </table>
            </Card>
          )}
          {pages > 1 ? (
            <nav aria-label="Preview pages" className="flex justify-end gap-2">
              <Button size="sm" variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                Previous
              </Button>
              <span className="self-center text-sm tabular-nums">
                {Math.min(page, pages)} / {pages}
              </span>
              <Button size="sm" variant="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                Next
              </Button>
            </nav>
          ) : null}

          <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <div className="text-sm">
              {preview.summary.withErrors > 0 ? (
                <label className="inline-flex items-center gap-2">
                  <input type="checkbox" checked={skipErrors} onChange={(e) => setSkipErrors(e.target.checked)} className="size-4 accent-zinc-900 dark:accent-amber-500" />
                  Skip the {preview.summary.withErrors} {preview.summary.withErrors === 1 ? "row" : "rows"} with errors
                </label>
              ) : (
                <span>Everything is ready. The import is all or nothing: if anything fails, nothing is saved.</span>
              )}
            </div>
            <div className="flex gap-2">
              <Button variant="secondary" onClick={() => setStep("map")}>
                Back to columns
              </Button>
              <Button
                disabled={Boolean(busy) || (preview.summary.entriesToAdd === 0 && preview.summary.peopleUpdated === 0) || (preview.summary.withErrors > 0 && !skipErrors)}
                onClick={() => void commit()}
              >
                Import {preview.summary.entriesToAdd} {preview.summary.entriesToAdd === 1 ? "entry" : "entries"}
                {preview.summary.peopleUpdated ? ` and update ${preview.summary.peopleUpdated} ${preview.summary.peopleUpdated === 1 ? "person" : "people"}` : ""}
              </Button>
            </div>
          </Card>
        </div>
      ) : null}

      {step === "done" && result ? (
        <Card role="status">
          <h2 className="text-base font-semibold">Imported into {projectTitle}</h2>
          <p className="mt-2 text-sm">
            {result.entriesAdded} roster {result.entriesAdded === 1 ? "entry" : "entries"} added, {result.peopleAdded} new{" "}
            {result.peopleAdded === 1 ? "person" : "people"} in your directory
            {result.peopleUpdated ? `, contact details of ${result.peopleUpdated} ${result.peopleUpdated === 1 ? "person" : "people"} updated` : ""}
            {result.entriesSkipped ? `, ${result.entriesSkipped} already on the roster and skipped` : ""}
            {result.rowsWithErrors ? `, ${result.rowsWithErrors} ${result.rowsWithErrors === 1 ? "row" : "rows"} with errors left out` : ""}.
          </p>
          <div className="mt-4 flex gap-2">
            <Link className={buttonClass()} href={`/projects/${projectId}/roster`}>
              See the roster
            </Link>
            <Button
              variant="secondary"
              onClick={() => {
                setStep("upload");
                setResult(null);
                setTable(null);
                setPreview(null);
              }}
            >
              Import another file
            </Button>
          </div>
        </Card>
      ) : null}
    </div>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt className="text-xs text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums">{value.toLocaleString("en-US")}</dd>
    </div>
  );
}

/** The workbook's sheets; a sheet Excel hides is marked, so an old list kept out of sight is not taken for the crew list. */
function SheetPicker({ sheetNames, hiddenSheets, current, onPick }: { sheetNames: string[]; hiddenSheets: string[]; current?: string; onPick: (sheet: string) => void }) {
  const hidden = new Set(hiddenSheets);
  return (
    <div className="mt-3">
      <label htmlFor="sheet" className="mb-1 block text-xs font-medium text-zinc-600 dark:text-zinc-400">
        Sheet
      </label>
      <select id="sheet" value={current ?? ""} onChange={(e) => e.target.value && onPick(e.target.value)} className={cn(inputClass, "h-9 w-auto max-w-full min-w-56 py-1")}>
        {current ? null : <option value="">Choose a sheet</option>}
        {sheetNames.map((s) => (
          <option key={s} value={s}>
            {hidden.has(s) ? `${s} (hidden in Excel)` : s}
          </option>
        ))}
      </select>
      {current && hidden.has(current) ? <p className="mt-1 text-xs text-amber-800 dark:text-amber-300">Excel hides this sheet; check it is the crew list you mean.</p> : null}
    </div>
  );
}

/** One preview row; rows with problems can be corrected in place, which re-checks the whole file. */
function PreviewLine({ row, busy, onFix, onChoose }: { row: PreviewRow; busy: boolean; onFix: (patch: RowEdit) => void; onChoose: (choice: ContactChoice) => void }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<RowEdit>({});
  const tone = row.errors.length ? "danger" : row.warnings.length ? "warning" : "success";
  const v = row.values;
  return (
    <>
      <tr className={cn(row.errors.length > 0 && "bg-red-50/60 dark:bg-red-950/20")}>
        <td className="px-3 py-2 align-top tabular-nums">{row.rowNumber}</td>
        <td className="px-3 py-2 align-top">
          <span className="font-medium">{v.creditedName || <em className="text-zinc-500">no name</em>}</span>
          {v.email ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">{v.email}</span> : null}
          <span className="block text-xs text-zinc-600 dark:text-zinc-400">
            {row.errors.length ? "" : row.person.match === "existing" ? `Existing person (same ${row.person.reason})` : row.duplicateOfRow ? `Same person as row ${row.duplicateOfRow}` : "New person"}
          </span>
        </td>
        <td className="px-3 py-2 align-top">
          {row.role.departmentName} · {row.role.roleName || <em className="text-zinc-500">no role</em>}
          {row.role.canonical ? null : row.role.roleName ? <span className="ml-1 text-xs text-zinc-500">(custom)</span> : null}
        </td>
        <td className="px-3 py-2 align-top">
          <Badge tone={tone}>{row.errors.length ? "✕ Error" : row.warnings.length ? "! Warning" : row.outcome === "skip" ? "Skipped" : "✓ OK"}</Badge>
          <ul className="mt-1 space-y-0.5 text-xs">
            {row.errors.map((e) => (
              <li key={e} className="text-red-700 dark:text-red-400">
                {e}
              </li>
            ))}
            {row.warnings.map((w) => (
              <li key={w} className="text-amber-800 dark:text-amber-300">
                {w}
              </li>
            ))}
          </ul>
          {row.contacts && row.contacts.conflicts.length > 0 ? (
            <fieldset className="mt-2 space-y-1 text-xs">
              <legend className="font-medium">Which contact details should {v.creditedName} keep?</legend>
              {(["keep", "sheet"] as const).map((choice) => (
                <label key={choice} className="flex items-start gap-1.5">
                  <input
                    type="radio"
                    name={`contacts-${row.rowNumber}`}
                    checked={row.contacts!.choice === choice}
                    disabled={busy}
                    onChange={() => onChoose(choice)}
                    className="mt-0.5 accent-accent-600"
                  />
                  <span>
                    {choice === "keep" ? "The directory's: " : "This sheet's: "}
                    {row.contacts!.conflicts.map((c) => `${MERGED_FIELD_LABELS[c.field]} ${choice === "keep" ? c.directory : c.sheet}`).join(", ")}
                  </span>
                </label>
              ))}
            </fieldset>
          ) : null}
          {row.role.suggestions.length > 0 ? (
            <div className="mt-1 flex flex-wrap gap-1">
              {row.role.suggestions.map((s) => (
                <Button key={s.id} size="sm" variant="secondary" className="h-7 text-xs" disabled={busy} onClick={() => onFix({ role: s.name })}>
                  Use “{s.name}”
                </Button>
              ))}
            </div>
          ) : null}
        </td>
        <td className="px-3 py-2 text-right align-top">
          {row.errors.length || row.warnings.length ? (
            <Button size="sm" variant="ghost" onClick={() => setEditing(!editing)} aria-expanded={editing} aria-label={`Fix row ${row.rowNumber}`}>
              {editing ? "Close" : "Fix"}
            </Button>
          ) : null}
        </td>
      </tr>
      {editing ? (
        <tr>
          <td colSpan={5} className="bg-zinc-50 px-3 py-3 dark:bg-zinc-950/40">
            <form
              className="grid gap-3 sm:grid-cols-5 sm:items-end"
              onSubmit={(e) => {
                e.preventDefault();
                onFix(draft);
                setEditing(false);
              }}
            >
              {(["creditedName", "email", "department", "role"] as const).map((f) => (
                <div key={f}>
                  <label htmlFor={`fix-${row.rowNumber}-${f}`} className="mb-1 block text-xs font-medium">
                    {FIELD_LABELS[f]}
                  </label>
                  <input
                    id={`fix-${row.rowNumber}-${f}`}
                    defaultValue={f === "creditedName" ? v.creditedName : f === "email" ? v.email : f === "department" ? v.department : v.role}
                    onChange={(e) => setDraft({ ...draft, [f]: e.target.value })}
                    className={cn(inputClass, "h-9 py-1")}
                    maxLength={f === "email" ? 254 : 200}
                  />
                </div>
              ))}
              <Button type="submit" disabled={busy}>
                Save fix
              </Button>
            </form>
          </td>
        </tr>
      ) : null}
    </>
  );
}
