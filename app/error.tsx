"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="flex min-h-[60dvh] flex-col items-center justify-center px-4 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 max-w-md text-sm text-zinc-600 dark:text-zinc-400">
        We could not show this page. Nothing you saved was lost. Try again, and if it keeps happening, tell us the code
        below.
      </p>
      {error.digest ? <p className="mt-2 font-mono text-xs text-zinc-500">Code: {error.digest}</p> : null}
      <div className="mt-6 flex gap-2">
        <Button onClick={reset}>Try again</Button>
        <Link href="/projects" className="inline-flex h-10 items-center rounded-lg px-4 text-sm font-medium underline underline-offset-4">
          Go to projects
        </Link>
      </div>
    </main>
  );
}
