"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { callFormAction, useServerCall } from "@/components/forms/use-server-call";
import type { FormState } from "@/server/actions/form";

export function MergeButton({
  action,
  mergeId,
  mergeName,
  keepName,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  mergeId: string;
  mergeName: string;
  keepName: string;
}) {
  const [open, setOpen] = useState(false);
  const { pending, call } = useServerCall();
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={`Merge ${mergeName} into ${keepName}?`}
      description={`Every roster entry of ${mergeName} moves to ${keepName}; details ${keepName} lacks are copied over; then ${mergeName} is removed from the directory.`}
      trigger={
        <Button size="sm" variant="secondary">
          Merge into this person
        </Button>
      }
    >
      <div className="flex justify-end gap-2">
        <DialogClose asChild>
          <Button variant="secondary">Cancel</Button>
        </DialogClose>
        <Button
          disabled={pending}
          onClick={() =>
            call(() => callFormAction(action, { mergeId }), {
              onDone: (r) => {
                if (r.ok) setOpen(false);
              },
            })
          }
        >
          {pending ? "Merging…" : "Merge"}
        </Button>
      </div>
    </Dialog>
  );
}
