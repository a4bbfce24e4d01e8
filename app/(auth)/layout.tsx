import Link from "next/link";
import { Logo } from "@/components/shell/logo";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <Link href="/" className="mb-8 rounded-md text-xl" aria-label="Hatrack home">
        <Logo />
      </Link>
      <main className="w-full max-w-sm">{children}</main>
      <p className="mt-10 max-w-sm text-center text-xs text-zinc-500 dark:text-zinc-400">
        Crew rosters, work logs and end credits where titles follow responsibility.
      </p>
    </div>
  );
}
