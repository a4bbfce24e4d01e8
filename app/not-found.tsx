import Link from "next/link";
import { connection } from "next/server";
import { Logo } from "@/components/shell/logo";
import { buttonClass } from "@/components/ui/button";

export default async function NotFound() {
  // Rendered per request like every page, so its scripts carry the request's CSP nonce (proxy.ts).
  await connection();
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 text-center">
      <Logo className="mb-8 text-xl" />
      <p className="text-sm font-semibold tracking-widest text-accent-700 uppercase dark:text-accent-500">404</p>
      <h1 className="mt-2 text-2xl font-semibold">This page is not on the call sheet</h1>
      <p className="mt-2 max-w-md text-sm text-zinc-600 dark:text-zinc-400">
        The page may have moved, or it belongs to a team you are not part of.
      </p>
      <Link href="/projects" className={buttonClass("primary", "md", "mt-6")}>
        Back to your projects
      </Link>
    </main>
  );
}
