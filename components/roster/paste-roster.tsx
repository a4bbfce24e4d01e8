"use client";

import { useRouter } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { inputClass } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { pastedRoster } from "@/lib/roster/paste";
import type { Preview } from "@/lib/roster/import/validate";

type Result = { peopleAdded: number; peopleUpdated: number; entriesAdded: number; entriesSkipped: number };

async function post(url: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, json: await res.json().catch(() => null) };
}
const messageOf = (json: unknown, fallback: string) => (json as { error?: { message?: string } } | null)?.error?.message ?? fallback;

/**
 * "Add several": people and roles in one go, one line each, pasted from a spreadsheet or typed
 * with commas. The lines go through the roster import (same checks, same matching of people
 * already in the directory: one line per hat, the same name on several lines is one person),
 * all or nothing. Problems are shown by line, and the text stays to be fixed.
 */
export function PasteRosterDialog({ projectId }: { projectId: string }) {
  const id = useId();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<Array<{ line: number; messages: string[] }>>([]);
  const parsed = useMemo(() => (text.trim() ? pastedRoster(text) : null), [text]);
  const lines = parsed && !("error" in parsed) ? parsed.table.rows.length : 0;
  const api = `/api/projects/${projectId}/roster/import`;

  const add = async () => {
    setError(null);
    setProblems([]);
    const table = text.trim() ? pastedRoster(text) : { error: "Paste or type at least one line: a name and a role." };
    if ("error" in table) return setError(table.error);
    setBusy(true);
    try {
      const body = { table: table.table, mapping: table.mapping, edits: {}, contacts: {}, skipErrors: false };
      const res = await post(`${api}/commit`, body);
      if (res.status === 200) {
        const r = (res.json as { result: Result }).result;
        const parts = [
          `${r.entriesAdded} ${r.entriesAdded === 1 ? "role" : "roles"} added`,
          r.peopleAdded ? `${r.peopleAdded} new ${r.peopleAdded === 1 ? "person" : "people"}` : null,
          r.entriesSkipped ? `${r.entriesSkipped} already on the roster` : null,
          r.peopleUpdated ? `contact details of ${r.peopleUpdated} updated` : null,
        ].filter(Boolean);
        toast.success(`${parts.join(", ")}.`);
        setText("");
        setOpen(false);
        router.refresh();
        return;
      }
      if (res.status === 422) {
        // Say which lines: the preview lists every row's problems.
        const preview = await post(`${api}/preview`, body);
        const rows = (preview.json as { preview?: Preview } | null)?.preview?.rows ?? [];
        const bad = rows.filter((r) => r.errors.length > 0).map((r) => ({ line: r.rowNumber, messages: r.errors }));
        if (bad.length) {
          setError(`${bad.length} ${bad.length === 1 ? "line needs" : "lines need"} fixing; nothing was added.`);
          setProblems(bad);
          return;
        }
      }
      setError(messageOf(res.json, "Nothing was added. Please try again."));
    } catch {
      setError("The connection failed. Nothing was added; try again.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) {
          setError(null);
          setProblems([]);
        }
      }}
      title="Add several people"
      description="One line per role: name, role, then department and character if you like (the same name on two lines is one person with two hats). Paste from a spreadsheet or type with commas."
      trigger={
        <Button size="sm" variant="secondary">
          Add several…
        </Button>
      }
    >
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        {error ? (
          <div role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950/60 dark:text-red-300">
            <p>{error}</p>
            {problems.length ? (
              <ul className="mt-1 list-disc pl-5">
                {problems.slice(0, 20).map((p) => (
                  <li key={p.line}>
                    Line {p.line}: {p.messages.join(" ")}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <div>
          <label htmlFor={`${id}-lines`} className="mb-1.5 block text-sm font-medium">
            People and roles
          </label>
          <textarea
            id={`${id}-lines`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={8}
            // One line per role, as pasted: a wrapped line would read as two people.
            wrap="off"
            spellCheck={false}
            aria-describedby={`${id}-hint`}
            placeholder={"Rosa Delgado, Producer\nRosa Delgado, Writer\nMaya Okafor, Lead, Cast, Ida Marsh\nTomas Ruiz, DP, , , tomas@example.com"}
            className={cn(inputClass, "min-h-40 font-mono text-xs [tab-size:16]")}
          />
          <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
            {parsed && "error" in parsed ? parsed.error : `${lines} ${lines === 1 ? "line" : "lines"}. Roles such as DP, 1st AC, HMU or Script Supe are recognised; an email can go anywhere on the line. Up to 200 lines.`}
          </p>
        </div>
        <div className="flex justify-end">
          <Button type="submit" disabled={busy || lines === 0}>
            {busy ? "Adding…" : `Add ${lines} ${lines === 1 ? "role" : "roles"}`}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
