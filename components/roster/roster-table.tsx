"use client";

import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type RowSelectionState } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Fragment, useMemo, useState, useTransition } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { inputClass } from "@/components/ui/field";
import type { RosterRow } from "@/lib/roster/row";
import { NAME_STATUS_LABELS, type NameStatus } from "@/lib/roster/name-status";
import type { FormState } from "@/server/actions/form";
import { PencilIcon } from "@/components/ui/icons";
import { EditEntryDialog } from "./edit-entry";
import { withParams } from "./url";

type Outcome<T = undefined> = { ok: true; message: string; data?: T } | { ok: false; message: string };

const STATUS_TONE: Record<NameStatus, "success" | "warning" | "neutral" | "accent"> = {
  confirmed: "success",
  pending: "warning",
  awaiting: "accent",
  none: "neutral",
};
const STATUS_MARK: Record<NameStatus, string> = { confirmed: "✓", pending: "!", awaiting: "…", none: "–" };

const helper = createColumnHelper<RosterRow>();
/** Columns a phone leaves out, so the name and the role fit without scrolling sideways. */
const WIDE_ONLY = { className: "hidden sm:table-cell" };
const cellClass = (meta: unknown) => (meta as { className?: string } | undefined)?.className;

export function RosterTable({
  projectId,
  view,
  rows,
  page,
  pages,
  total,
  pageSize,
  sort,
  dir,
  canWrite,
  actions,
}: {
  projectId: string;
  view: "departments" | "table";
  rows: RosterRow[];
  page: number;
  pages: number;
  total: number;
  pageSize: number;
  sort: string;
  dir: "asc" | "desc";
  canWrite: boolean;
  actions: {
    bulkDepartment: (projectId: string, ids: string[], department: string) => Promise<Outcome>;
    remove: (projectId: string, ids: string[]) => Promise<Outcome<string>>;
    restore: (projectId: string, undoToken: string) => Promise<Outcome>;
    updateEntry: (prev: FormState, formData: FormData) => Promise<FormState>;
  };
}) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, start] = useTransition();
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [moveOpen, setMoveOpen] = useState(false);
  const [moveTo, setMoveTo] = useState("");
  const [editing, setEditing] = useState<RosterRow | null>(null);
  const go = (changes: Record<string, string | number | null>) => start(() => router.push(withParams(pathname, params, changes), { scroll: false }));

  const sortHeader = (key: string, label: string) => {
    if (view === "departments") return label;
    const activeSort = sort === key;
    const Icon = !activeSort ? ArrowUpDown : dir === "asc" ? ArrowUp : ArrowDown;
    return (
      <button
        type="button"
        className="inline-flex items-center gap-1 font-medium hover:text-zinc-900 dark:hover:text-white"
        onClick={() => go({ sort: key, dir: activeSort && dir === "asc" ? "desc" : "asc" })}
        aria-label={`Sort by ${label}${activeSort ? (dir === "asc" ? ", ascending" : ", descending") : ""}`}
      >
        {label} <Icon className="size-3.5" aria-hidden />
      </button>
    );
  };

  const columns = useMemo(
    () => [
      ...(canWrite
        ? [
            helper.display({
              id: "select",
              header: ({ table }) => (
                <input
                  type="checkbox"
                  aria-label="Select every entry on this page"
                  className="size-4 accent-zinc-900 dark:accent-amber-500"
                  checked={table.getIsAllRowsSelected()}
                  ref={(el) => {
                    if (el) el.indeterminate = table.getIsSomeRowsSelected();
                  }}
                  onChange={table.getToggleAllRowsSelectedHandler()}
                />
              ),
              cell: ({ row }) => (
                <input
                  type="checkbox"
                  aria-label={`Select ${row.original.creditedName}, ${row.original.role}`}
                  className="size-4 accent-zinc-900 dark:accent-amber-500"
                  checked={row.getIsSelected()}
                  onChange={row.getToggleSelectedHandler()}
                />
              ),
            }),
          ]
        : []),
      helper.accessor("creditedName", {
        header: () => sortHeader("name", "Name"),
        cell: ({ row }) => (
          <div className="min-w-0">
            <Link href={`/people/${row.original.personId}`} className="font-medium hover:underline">
              {row.original.creditedName}
            </Link>
            {row.original.pronouns ? <span className="ml-1.5 text-xs text-zinc-500 dark:text-zinc-400">({row.original.pronouns})</span> : null}
          </div>
        ),
      }),
      helper.accessor("role", {
        header: () => sortHeader("role", "Role"),
        cell: ({ row }) => (
          <span className="inline-flex flex-wrap items-center gap-1">
            {canWrite ? (
              <Button size="sm" variant="ghost" aria-haspopup="dialog" aria-label={`Change role of ${row.original.creditedName}, ${row.original.role}`} className="h-7 px-2" onClick={() => setEditing(row.original)}>
                <PencilIcon className="size-3.5" />
              </Button>
            ) : null}
            {row.original.role}
            {row.original.character ? <span className="text-zinc-600 dark:text-zinc-400"> as {row.original.character}</span> : null}
            {row.original.roleId ? null : (
              <span className="ml-1.5 text-xs text-zinc-500 dark:text-zinc-400" title="Not in the role catalogue: kept as typed">
                (custom)
              </span>
            )}
          </span>
        ),
      }),
      // In the grouped view the department is the group heading; the table view shows it as a column.
      ...(view === "table" ? [helper.accessor("department", { header: () => sortHeader("order", "Department"), cell: (c) => c.getValue(), meta: WIDE_ONLY })] : []),
      helper.accessor("unions", {
        meta: WIDE_ONLY,
        header: "Unions",
        cell: (c) => (c.getValue().length ? c.getValue().join(", ") : <span className="text-zinc-400 dark:text-zinc-500">—</span>),
      }),
      helper.accessor("status", {
        header: () => sortHeader("status", "Name check"),
        cell: (c) => (
          <Badge tone={STATUS_TONE[c.getValue()]}>
            <span aria-hidden className="mr-1">
              {STATUS_MARK[c.getValue()]}
            </span>
            {NAME_STATUS_LABELS[c.getValue()]}
          </Badge>
        ),
      }),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [canWrite, view, sort, dir, params],
  );

  // TanStack Table is not React-Compiler-memoizable; the compiler skips this component, which is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (r) => r.id,
    state: { rowSelection: selection },
    onRowSelectionChange: setSelection,
    enableRowSelection: canWrite,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    pageCount: pages,
  });

  const selectedIds = Object.keys(selection).filter((id) => selection[id]);

  const remove = () =>
    start(async () => {
      const res = await actions.remove(projectId, selectedIds);
      if (!res.ok) {
        toast.error(res.message);
        return;
      }
      setSelection({});
      const undoToken = res.data;
      toast.success(res.message, {
        duration: 10_000,
        action: undoToken ? {
          label: "Undo",
          onClick: async () => {
            const back = await actions.restore(projectId, undoToken);
            if (back.ok) toast.success(back.message);
            else toast.error(back.message);
            router.refresh();
          },
        } : undefined,
      });
      router.refresh();
    });

  const move = () =>
    start(async () => {
      const res = await actions.bulkDepartment(projectId, selectedIds, moveTo);
      if (!res.ok) {
        toast.error(res.message);
        return;
      }
      toast.success(res.message);
      setSelection({});
      setMoveOpen(false);
      setMoveTo("");
      router.refresh();
    });

  const headerGroup = table.getHeaderGroups()[0]!;
  const colCount = headerGroup.headers.length;
  let lastDepartment: string | null = null;

  return (
    <div className="space-y-3">
      {canWrite && selectedIds.length > 0 ? (
        <div role="region" aria-label="Bulk actions" className="flex flex-wrap items-center gap-2 rounded-lg border border-accent-500/50 bg-accent-50 px-3 py-2 dark:bg-accent-800/20">
          <span className="text-sm font-medium">{selectedIds.length} selected</span>
          <Dialog
            open={moveOpen}
            onOpenChange={setMoveOpen}
            title={`Move ${selectedIds.length} ${selectedIds.length === 1 ? "entry" : "entries"} to another department`}
            description="Roles keep their wording. A role the catalogue has in the new department stays canonical; others are kept as typed."
            trigger={
              <Button size="sm" variant="secondary">
                Change department…
              </Button>
            }
          >
            <form
              className="space-y-4"
              onSubmit={(e) => {
                e.preventDefault();
                if (moveTo.trim()) move();
              }}
            >
              <div>
                <label htmlFor="move-department" className="mb-1.5 block text-sm font-medium">
                  New department
                </label>
                <input id="move-department" list="catalog-departments" value={moveTo} onChange={(e) => setMoveTo(e.target.value)} className={inputClass} autoComplete="off" required maxLength={120} />
              </div>
              <div className="flex justify-end gap-2">
                <DialogClose asChild>
                  <Button variant="secondary">Cancel</Button>
                </DialogClose>
                <Button type="submit" disabled={pending || !moveTo.trim()}>
                  {pending ? "Moving…" : "Move"}
                </Button>
              </div>
            </form>
          </Dialog>
          <Button size="sm" variant="danger" onClick={remove} disabled={pending}>
            Remove from roster
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setSelection({})}>
            Clear selection
          </Button>
        </div>
      ) : null}

      <div className={cn("overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900", pending && "opacity-70")}>
        <table className="w-full text-sm sm:min-w-[640px]">
          <caption className="sr-only">
            Roster, page {page} of {pages}
            {view === "departments" ? ", grouped by department" : ""}
          </caption>
          <thead className="bg-zinc-50 text-left text-xs text-zinc-600 dark:bg-zinc-950/40 dark:text-zinc-400">
            <tr>
              {headerGroup.headers.map((h) => (
                <th key={h.id} scope="col" className={cn("px-2 py-2.5 font-medium sm:px-3", h.id === "select" && "w-10", cellClass(h.column.columnDef.meta))}>
                  {flexRender(h.column.columnDef.header, h.getContext())}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => {
              const showHeading = view === "departments" && row.original.department !== lastDepartment;
              lastDepartment = row.original.department;
              return (
                <Fragment key={row.id}>
                  {showHeading ? (
                    <tr className="border-t border-zinc-200 bg-zinc-50/70 dark:border-zinc-800 dark:bg-zinc-950/30">
                      <th colSpan={colCount} scope="colgroup" className="px-3 pt-4 pb-1.5 text-left text-xs font-semibold tracking-wide text-zinc-700 uppercase dark:text-zinc-300">
                        {row.original.department}
                      </th>
                    </tr>
                  ) : null}
                  <tr className={cn("border-t border-zinc-100 dark:border-zinc-800", row.getIsSelected() && "bg-accent-50 dark:bg-accent-800/15")}>
                    {row.getVisibleCells().map((cell) => (
                      <td key={cell.id} className={cn("px-2 py-2 align-middle sm:px-3", cellClass(cell.column.columnDef.meta))}>
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    ))}
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>

      {canWrite ? <EditEntryDialog action={actions.updateEntry} entry={editing} onClose={() => setEditing(null)} /> : null}

      <nav aria-label="Roster pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <p className="text-zinc-600 dark:text-zinc-400">
          {total === 0 ? "No entries" : `Entries ${(page - 1) * pageSize + 1}–${Math.min(page * pageSize, total)} of ${total}`}
        </p>
        <div className="flex items-center gap-2">
          <label htmlFor="page-size" className="text-zinc-600 dark:text-zinc-400">
            Per page
          </label>
          <select id="page-size" value={pageSize} onChange={(e) => go({ pageSize: e.target.value })} className={cn(inputClass, "h-8 w-20 py-1")}>
            {[50, 100, 200].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <Button size="sm" variant="secondary" disabled={page <= 1 || pending} onClick={() => go({ page: page - 1 })}>
            Previous
          </Button>
          <span aria-current="page" className="tabular-nums">
            {page} / {pages}
          </span>
          <Button size="sm" variant="secondary" disabled={page >= pages || pending} onClick={() => go({ page: page + 1 })}>
            Next
          </Button>
        </div>
      </nav>
    </div>
  );
}
