"use client";

import { useContext, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { ListOp } from "@/lib/end-credits/ops";
import type { CreditSection } from "@/lib/end-credits/types";
import { BusyContext } from "./sortable-list";

/** What the list editor's rows are handed: each sends one edit (ListOp, lib/end-credits/ops.ts); `done` is announced once saved. */
export type Run = (op: ListOp, done?: string) => void;
export type MoveBlock = (blockId: string, toIndex: number, done?: string) => void;
export type MoveToSection = (blockId: string, section: CreditSection, done?: string) => void;
export type MoveLine = (blockId: string, lineKey: string, toIndex: number, done?: string) => void;

/** Disabled while an edit is being saved (BusyContext), without re-rendering the row. */
export function IconButton({ label, children, disabled, onClick }: { label: string; children: ReactNode; disabled?: boolean; onClick: () => void }) {
  const pending = useContext(BusyContext);
  return (
    <Button size="sm" variant="ghost" aria-label={label} title={label} className="h-7 px-1.5" disabled={pending || disabled} onClick={onClick}>
      {children}
    </Button>
  );
}
