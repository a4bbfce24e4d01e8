"use client";

import { useEffect, useRef } from "react";
import { toast } from "sonner";

/** Shows a toast once after a redirect that carried a flag in the URL (e.g. ?deleted=1). */
export function FlashToast({ when, message }: { when: boolean; message: string }) {
  const shown = useRef(false);
  useEffect(() => {
    if (when && !shown.current) {
      shown.current = true;
      toast.success(message);
    }
  }, [when, message]);
  return null;
}
