"use client";

import { Fragment, useCallback, useState, type ReactNode } from "react";
import { Dialog } from "@/components/ui/dialog";

/**
 * A dialog holding a form (the accessible Radix Dialog of components/ui): the form starts fresh
 * each time the dialog opens (a closed dialog forgets what was typed and any error), and gets a
 * `close` to call once it is done. Open state is kept here, or by the parent when it passes
 * `open` (e.g. one dialog shared by many rows); `onOpenChange` hears every change either way.
 */
export function FormDialog({
  trigger,
  title,
  description,
  open: controlled,
  onOpenChange,
  children,
}: {
  trigger?: ReactNode;
  title: string;
  description?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  children: (close: () => void) => ReactNode;
}) {
  const [own, setOwn] = useState(false);
  // Bumped on every close: the form below remounts, so the next opening starts from its defaults.
  const [round, setRound] = useState(0);
  const open = controlled ?? own;
  const change = useCallback(
    (next: boolean) => {
      setOwn(next);
      if (!next) setRound((r) => r + 1);
      onOpenChange?.(next);
    },
    [onOpenChange],
  );
  const close = useCallback(() => change(false), [change]);
  return (
    <Dialog open={open} onOpenChange={change} title={title} description={description} trigger={trigger}>
      <Fragment key={round}>{children(close)}</Fragment>
    </Dialog>
  );
}
