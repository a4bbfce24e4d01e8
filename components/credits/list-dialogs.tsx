"use client";

import { Pencil } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { inputClass } from "@/components/ui/field";
import { FormDialog } from "@/components/forms/form-dialog";
import { displayName, type CreditBlock, type CreditLine } from "@/lib/end-credits/types";
import type { Run } from "./list-parts";

/**
 * The list editor's dialogs. Each sends one edit through `run` and closes at once (the editor
 * shows the saving and any refusal); each opening starts from the list as it is (FormDialog).
 */

export function RenameDialog({ block, title, run }: { block: CreditBlock; title: string; run: Run }) {
  return (
    <FormDialog
      title="Rename heading"
      description="The new heading stays when the list is regenerated."
      trigger={
        <Button size="sm" variant="ghost" aria-label={`Rename ${title}`} title={`Rename ${title}`} className="h-7 px-1.5">
          <Pencil className="size-3.5" aria-hidden />
        </Button>
      }
    >
      {(close) => <RenameForm block={block} run={run} onDone={close} />}
    </FormDialog>
  );
}

function RenameForm({ block, run, onDone }: { block: CreditBlock; run: Run; onDone: () => void }) {
  const [value, setValue] = useState(block.heading);
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        run({ op: "rename", blockId: block.id, heading: value }, `Renamed to ${value}`);
        onDone();
      }}
    >
      <label htmlFor={`rename-${block.id}`} className="block text-sm font-medium">
        Heading
      </label>
      <input id={`rename-${block.id}`} value={value} onChange={(e) => setValue(e.target.value)} maxLength={500} className={inputClass} />
      <div className="flex justify-end">
        <Button type="submit">Rename</Button>
      </div>
    </form>
  );
}

export function AsCreditedDialog({ blockId, line, run }: { blockId: string; line: CreditLine; run: Run }) {
  const name = displayName(line);
  return (
    <FormDialog
      title={`How ${line.name} is credited here`}
      description="A display name for this credit only (e.g. a professional name). Leave empty to use the name on file."
      trigger={
        <Button size="sm" variant="ghost" aria-label={`Set how ${name} is credited`} title={`Set how ${name} is credited`} className="h-7 px-1.5">
          <Pencil className="size-3" aria-hidden />
        </Button>
      }
    >
      {(close) => <AsCreditedForm blockId={blockId} line={line} run={run} onDone={close} />}
    </FormDialog>
  );
}

function AsCreditedForm({ blockId, line, run, onDone }: { blockId: string; line: CreditLine; run: Run; onDone: () => void }) {
  const [value, setValue] = useState(line.asCredited ?? "");
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        run({ op: "as-credited", blockId, lineKey: line.key, value: value.trim() || null });
        onDone();
      }}
    >
      <label htmlFor={`as-${blockId}-${line.key}`} className="block text-sm font-medium">
        Credited as
      </label>
      <input id={`as-${blockId}-${line.key}`} value={value} onChange={(e) => setValue(e.target.value)} maxLength={500} placeholder={line.name} className={inputClass} />
      <div className="flex justify-end">
        <Button type="submit">Save</Button>
      </div>
    </form>
  );
}

export function AddBlock({ run, pending }: { run: Run; pending: boolean }) {
  return (
    <FormDialog
      title="Add a block"
      description="Thanks, legal text or any list of names the roster doesn't hold."
      trigger={
        <Button variant="secondary" disabled={pending}>
          Add a block
        </Button>
      }
    >
      {(close) => <AddBlockForm run={run} onDone={close} />}
    </FormDialog>
  );
}

function AddBlockForm({ run, onDone }: { run: Run; onDone: () => void }) {
  const [kind, setKind] = useState<"group" | "paragraph">("group");
  const [heading, setHeading] = useState("Special Thanks");
  const [body, setBody] = useState("");
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (kind === "group") run({ op: "add-group", heading, names: body.split("\n") }, `${heading} added`);
        else run({ op: "add-paragraph", heading, text: body }, "Text added");
        onDone();
      }}
    >
      <fieldset className="flex gap-4 text-sm">
        <legend className="sr-only">Kind of block</legend>
        <label className="flex items-center gap-1.5">
          <input type="radio" name="kind" checked={kind === "group"} onChange={() => setKind("group")} /> Names (one per line)
        </label>
        <label className="flex items-center gap-1.5">
          <input type="radio" name="kind" checked={kind === "paragraph"} onChange={() => setKind("paragraph")} /> Text (legal notice, dedication)
        </label>
      </fieldset>
      <div>
        <label htmlFor="add-heading" className="mb-1.5 block text-sm font-medium">
          Heading
        </label>
        <input id="add-heading" value={heading} onChange={(e) => setHeading(e.target.value)} maxLength={500} className={inputClass} />
      </div>
      <div>
        <label htmlFor="add-body" className="mb-1.5 block text-sm font-medium">
          {kind === "group" ? "Names, one per line" : "Text"}
        </label>
        <textarea id="add-body" value={body} onChange={(e) => setBody(e.target.value)} className={cn(inputClass, "min-h-32")} />
      </div>
      <div className="flex justify-end">
        <Button type="submit">Add block</Button>
      </div>
    </form>
  );
}
