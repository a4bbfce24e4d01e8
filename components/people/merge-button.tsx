"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { initialState } from "@/components/forms/state";
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
  const [pending, start] = useTransition();
  const router = useRouter();
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
            start(async () => {
              const fd = new FormData();
              fd.set("mergeId", mergeId);
              const res = await action(initialState, fd);
              if (res.status === "success") {
                toast.success(res.message ?? "Merged.");
                setOpen(false);
                router.refresh();
              } else toast.error(res.message ?? "Could not merge.");
            })
          }
        >
          {pending ? "Merging…" : "Merge"}
        </Button>
      </div>
    </Dialog>
  );
}
