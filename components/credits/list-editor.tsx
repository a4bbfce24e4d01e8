"use client";

import { ArrowDown, ArrowUp, Columns2, Eye, EyeOff, Pencil, RotateCcw, Trash2, TriangleAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { inputClass } from "@/components/ui/field";
import type { Outcome } from "@/lib/actions/outcome";
import { displayName, hasNames, type CreditBlock, type CreditLine, type CreditList } from "@/lib/end-credits/types";

/** Mirrors the server's ListOp (app/.../credits/list/actions.ts). */
export type EditorOp =
  | { op: "move-block"; blockId: string; toIndex: number }
  | { op: "move-line"; blockId: string; lineKey: string; toIndex: number }
  | { op: "rename"; blockId: string; heading: string }
  | { op: "reset-heading"; blockId: string }
  | { op: "as-credited"; blockId: string; lineKey: string; value: string | null }
  | { op: "hidden"; blockId: string; lineKey: string | null; hidden: boolean }
  | { op: "columns"; blockId: string; columns: 1 | 2 }
  | { op: "joiner"; blockId: string; lineKey: string; joiner: "&" | "and" }
  | { op: "add-paragraph"; heading: string; text: string }
  | { op: "add-group"; heading: string; names: string[] }
  | { op: "remove-block"; blockId: string };

type Edit = (projectId: string, revision: number, op: EditorOp) => Promise<Outcome<{ list: CreditList; revision: number }>>;

const SECTION_LABELS: Record<string, string> = { main: "Main titles", cast: "Cast", crew: "Crew", music: "Music", thanks: "Thanks", legal: "Legal", logos: "Logos" };

/**
 * The working credit list, block by block, in crawl order. Every change is one server
 * action naming the revision it started from: if someone else saved in between, the server
 * refuses it (nothing is overwritten) and the editor offers to reload.
 */
export function CreditListEditor({ projectId, list: initial, revision: initialRevision, readOnly, edit }: { projectId: string; list: CreditList; revision: number; readOnly: boolean; edit: Edit }) {
  const [state, setState] = useState({ list: initial, revision: initialRevision });
  const [pending, start] = useTransition();
  const [announce, setAnnounce] = useState("");
  const router = useRouter();
  // A newer list from the server (after regenerate, restore, another tab): take it.
  const [seen, setSeen] = useState(initialRevision);
  if (initialRevision !== seen) {
    setSeen(initialRevision);
    setState({ list: initial, revision: initialRevision });
  }

  const run = (op: EditorOp, done?: string) =>
    start(async () => {
      const r = await edit(projectId, state.revision, op);
      if (r.ok && r.data) {
        setState(r.data);
        if (done) setAnnounce(done);
      } else {
        toast.error(r.message, { action: { label: "Reload", onClick: () => router.refresh() } });
      }
    });

  const blocks = state.list.blocks;
  return (
    <div className="space-y-3" aria-busy={pending}>
      <p className="sr-only" aria-live="polite">
        {announce}
      </p>
      <ol className="space-y-3" aria-label="Credit blocks in crawl order">
        {blocks.map((block, index) => (
          <li key={block.id}>
            <BlockCard
              block={block}
              index={index}
              count={blocks.length}
              readOnly={readOnly}
              pending={pending}
              run={run}
              showSection={index === 0 || blocks[index - 1]?.section !== block.section}
            />
          </li>
        ))}
      </ol>
      {!readOnly ? <AddBlock run={run} pending={pending} /> : null}
    </div>
  );
}

function headingText(block: CreditBlock): string {
  if (block.heading) return block.heading;
  if (block.kind === "song") return `“${block.title}”`;
  if (block.kind === "paragraph") return "Text";
  if (block.kind === "logo") return block.alt || "Logo";
  return "(no heading)";
}

function BlockCard({
  block,
  index,
  count,
  readOnly,
  pending,
  run,
  showSection,
}: {
  block: CreditBlock;
  index: number;
  count: number;
  readOnly: boolean;
  pending: boolean;
  run: (op: EditorOp, done?: string) => void;
  showSection: boolean;
}) {
  const title = headingText(block);
  const names = hasNames(block);
  const writing = names && block.lines.some((l) => l.joiner !== undefined);
  return (
    <>
      {showSection ? <h3 className="mt-5 mb-2 text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">{SECTION_LABELS[block.section] ?? block.section}</h3> : null}
      <section
        aria-label={`${title} (block ${index + 1} of ${count})`}
        className={cn("rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900", block.hidden && "opacity-60")}
      >
        <div className="flex flex-wrap items-center gap-2">
          <h4 className="min-w-0 font-semibold break-words">{title}</h4>
          {block.headingEdited ? <Badge tone="accent">renamed</Badge> : null}
          {block.hidden ? <Badge tone="warning">hidden</Badge> : null}
          {names && block.columns === 2 ? <Badge>2 columns</Badge> : null}
          {block.origin === "manual" ? <Badge>added by hand</Badge> : null}
          {!readOnly ? (
            <div className="ml-auto flex flex-wrap items-center gap-0.5">
              <IconButton label={`Move ${title} up`} disabled={pending || index === 0} onClick={() => run({ op: "move-block", blockId: block.id, toIndex: index - 1 }, `${title} moved up`)}>
                <ArrowUp className="size-3.5" aria-hidden />
              </IconButton>
              <IconButton label={`Move ${title} down`} disabled={pending || index === count - 1} onClick={() => run({ op: "move-block", blockId: block.id, toIndex: index + 1 }, `${title} moved down`)}>
                <ArrowDown className="size-3.5" aria-hidden />
              </IconButton>
              {block.kind !== "logo" ? <RenameDialog block={block} title={title} run={run} /> : null}
              {block.headingEdited ? (
                <IconButton label={`Restore the heading of ${title}`} disabled={pending} onClick={() => run({ op: "reset-heading", blockId: block.id })}>
                  <RotateCcw className="size-3.5" aria-hidden />
                </IconButton>
              ) : null}
              {names ? (
                <IconButton
                  label={block.columns === 2 ? `Show ${title} in one column` : `Show ${title} in two columns`}
                  disabled={pending}
                  onClick={() => run({ op: "columns", blockId: block.id, columns: block.columns === 2 ? 1 : 2 })}
                >
                  <Columns2 className="size-3.5" aria-hidden />
                </IconButton>
              ) : null}
              <IconButton label={block.hidden ? `Show ${title}` : `Hide ${title}`} disabled={pending} onClick={() => run({ op: "hidden", blockId: block.id, lineKey: null, hidden: !block.hidden })}>
                {block.hidden ? <Eye className="size-3.5" aria-hidden /> : <EyeOff className="size-3.5" aria-hidden />}
              </IconButton>
              {block.origin === "manual" ? (
                <IconButton label={`Remove ${title}`} disabled={pending} onClick={() => run({ op: "remove-block", blockId: block.id }, `${title} removed`)}>
                  <Trash2 className="size-3.5" aria-hidden />
                </IconButton>
              ) : null}
            </div>
          ) : null}
        </div>
        {block.flags.map((f) => (
          <p key={f.kind + f.personIds.join()} className="mt-1 flex items-start gap-1.5 text-xs text-amber-800 dark:text-amber-300">
            <TriangleAlert className="mt-0.5 size-3.5 shrink-0" aria-hidden /> {f.message}
          </p>
        ))}
        {block.kind === "paragraph" ? <p className="mt-2 text-sm whitespace-pre-line text-zinc-700 dark:text-zinc-300">{block.text}</p> : null}
        {block.kind === "song" ? (
          <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
            {[block.performedBy && `Performed by ${block.performedBy}`, block.writtenBy && `Written by ${block.writtenBy}`, block.courtesyOf && `Courtesy of ${block.courtesyOf}`].filter(Boolean).join(" · ")}
          </p>
        ) : null}
        {names ? (
          <ol className={cn("mt-2 grid gap-x-6 gap-y-1", block.columns === 2 && "sm:grid-cols-2")} aria-label={`Names under ${title}`}>
            {block.lines.map((line, i) => (
              <LineRow key={line.key} block={block} line={line} index={i} count={block.lines.length} readOnly={readOnly} pending={pending} run={run} writing={writing} />
            ))}
          </ol>
        ) : null}
      </section>
    </>
  );
}

function LineRow({
  block,
  line,
  index,
  count,
  readOnly,
  pending,
  run,
  writing,
}: {
  block: CreditBlock;
  line: CreditLine;
  index: number;
  count: number;
  readOnly: boolean;
  pending: boolean;
  run: (op: EditorOp, done?: string) => void;
  writing: boolean;
}) {
  const name = displayName(line);
  return (
    <li className={cn("flex min-w-0 items-center gap-2 text-sm", line.hidden && "text-zinc-400 line-through dark:text-zinc-500")}>
      {writing && index > 0 && !readOnly ? (
        <select
          aria-label={`How ${name} joins the writer before`}
          value={line.joiner ?? "and"}
          disabled={pending}
          onChange={(e) => run({ op: "joiner", blockId: block.id, lineKey: line.key, joiner: e.target.value as "&" | "and" })}
          className="rounded border border-zinc-300 bg-white px-1 text-xs dark:border-zinc-700 dark:bg-zinc-900"
        >
          <option value="and">and (separately)</option>
          <option value="&">&amp; (team)</option>
        </select>
      ) : writing && index > 0 ? (
        <span className="text-xs text-zinc-500">{line.joiner ?? "and"}</span>
      ) : null}
      <span className="min-w-0 break-words">
        {line.character ? <span className="text-zinc-500 dark:text-zinc-400">{line.character} — </span> : null}
        {name}
        {line.asCredited ? <span className="ml-1 text-xs text-zinc-500 dark:text-zinc-400">(as credited; on file: {line.name})</span> : null}
      </span>
      {!readOnly ? (
        <span className="ml-auto flex shrink-0 items-center gap-0.5">
          <IconButton label={`Move ${name} up`} disabled={pending || index === 0} onClick={() => run({ op: "move-line", blockId: block.id, lineKey: line.key, toIndex: index - 1 }, `${name} moved up`)}>
            <ArrowUp className="size-3" aria-hidden />
          </IconButton>
          <IconButton label={`Move ${name} down`} disabled={pending || index === count - 1} onClick={() => run({ op: "move-line", blockId: block.id, lineKey: line.key, toIndex: index + 1 }, `${name} moved down`)}>
            <ArrowDown className="size-3" aria-hidden />
          </IconButton>
          <AsCreditedDialog blockId={block.id} line={line} run={run} />
          <IconButton label={line.hidden ? `Show ${name}` : `Hide ${name}`} disabled={pending} onClick={() => run({ op: "hidden", blockId: block.id, lineKey: line.key, hidden: !line.hidden })}>
            {line.hidden ? <Eye className="size-3" aria-hidden /> : <EyeOff className="size-3" aria-hidden />}
          </IconButton>
        </span>
      ) : null}
    </li>
  );
}

function IconButton({ label, children, ...props }: { label: string; children: React.ReactNode; disabled?: boolean; onClick: () => void }) {
  return (
    <Button size="sm" variant="ghost" aria-label={label} title={label} className="h-7 px-1.5" {...props}>
      {children}
    </Button>
  );
}

function RenameDialog({ block, title, run }: { block: CreditBlock; title: string; run: (op: EditorOp, done?: string) => void }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(block.heading);
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setValue(block.heading);
      }}
      title="Rename heading"
      description="The new heading stays when the list is regenerated."
      trigger={
        <Button size="sm" variant="ghost" aria-label={`Rename ${title}`} title={`Rename ${title}`} className="h-7 px-1.5">
          <Pencil className="size-3.5" aria-hidden />
        </Button>
      }
    >
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          run({ op: "rename", blockId: block.id, heading: value }, `Renamed to ${value}`);
          setOpen(false);
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
    </Dialog>
  );
}

function AsCreditedDialog({ blockId, line, run }: { blockId: string; line: CreditLine; run: (op: EditorOp, done?: string) => void }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(line.asCredited ?? "");
  const name = displayName(line);
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setValue(line.asCredited ?? "");
      }}
      title={`How ${line.name} is credited here`}
      description="A display name for this credit only (e.g. a professional name). Leave empty to use the name on file."
      trigger={
        <Button size="sm" variant="ghost" aria-label={`Set how ${name} is credited`} title={`Set how ${name} is credited`} className="h-7 px-1.5">
          <Pencil className="size-3" aria-hidden />
        </Button>
      }
    >
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          run({ op: "as-credited", blockId, lineKey: line.key, value: value.trim() || null });
          setOpen(false);
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
    </Dialog>
  );
}

function AddBlock({ run, pending }: { run: (op: EditorOp, done?: string) => void; pending: boolean }) {
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<"group" | "paragraph">("group");
  const [heading, setHeading] = useState("Special Thanks");
  const [body, setBody] = useState("");
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title="Add a block"
      description="Thanks, legal text or any list of names the roster doesn't hold."
      trigger={
        <Button variant="secondary" disabled={pending}>
          Add a block
        </Button>
      }
    >
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (kind === "group") run({ op: "add-group", heading, names: body.split("\n") }, `${heading} added`);
          else run({ op: "add-paragraph", heading, text: body }, "Text added");
          setOpen(false);
          setBody("");
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
    </Dialog>
  );
}
