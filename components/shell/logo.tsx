export function Logo({ className = "" }: { className?: string }) {
  return (
    <span className={`inline-flex items-center gap-2 font-semibold tracking-tight ${className}`}>
      <svg viewBox="0 0 32 32" className="size-7" aria-hidden>
        <rect width="32" height="32" rx="8" className="fill-zinc-900 dark:fill-accent-500" />
        <path d="M16 6v20M9 11l7-5 7 5M10 26h12" className="stroke-accent-500 dark:stroke-zinc-900" strokeWidth="2.4" fill="none" strokeLinecap="round" strokeLinejoin="round" />
        <circle cx="9" cy="13" r="2" className="fill-white dark:fill-zinc-900" />
        <circle cx="23" cy="13" r="2" className="fill-white dark:fill-zinc-900" />
      </svg>
      <span>Hatrack</span>
    </span>
  );
}
