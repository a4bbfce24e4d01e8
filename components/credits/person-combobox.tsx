"use client";

import { useEffect, useId, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { inputClass } from "@/components/ui/field";

type Person = { id: string; name: string };
type Answer = { people: Person[]; more: boolean };

/** Typing pauses this long before the search is sent. */
const DEBOUNCE_MS = 150;

/**
 * Picks someone on the project by typing part of their name: the list comes from the people
 * search (GET /api/projects/:id/people?q=, at most 20 names), so the page never carries the
 * whole roster. An ARIA 1.2 combobox: arrows move through the list, Enter or a click chooses,
 * Escape closes the list (in a dialog, the dialog). The chosen person's id is submitted as `name` (and their name as
 * `${name}Name`, so a refused form shows it again).
 */
export function PersonCombobox({
  projectId,
  name,
  initial,
  inputProps,
}: {
  projectId: string;
  name: string;
  initial?: Person | null;
  inputProps: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean };
}) {
  const listId = useId();
  const [text, setText] = useState(initial?.name ?? "");
  const [chosen, setChosen] = useState<Person | null>(initial ?? null);
  const [open, setOpen] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState(-1);
  const query = chosen ? null : text.trim();
  const asked = useRef<string | null>(null);

  // One search per pause in typing; an answer that arrives after a newer question is dropped.
  useEffect(() => {
    if (!open || query === null) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      asked.current = query;
      setLoading(true);
      try {
        const res = await fetch(`/api/projects/${encodeURIComponent(projectId)}/people?q=${encodeURIComponent(query)}`, { signal: controller.signal });
        if (!res.ok) throw new Error(String(res.status));
        const body = (await res.json()) as Answer;
        if (asked.current !== query) return;
        setAnswer(body);
        setFailed(false);
        setActive(body.people.length ? 0 : -1);
      } catch {
        if (!controller.signal.aborted) setFailed(true);
      } finally {
        if (!controller.signal.aborted) setLoading(false);
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [open, query, projectId]);

  const options = open && answer ? answer.people : [];
  const choose = (p: Person) => {
    setChosen(p);
    setText(p.name);
    setOpen(false);
    setActive(-1);
  };
  const optionId = (i: number) => `${listId}-option-${i}`;

  return (
    <div>
      <input type="hidden" name={name} value={chosen?.id ?? ""} />
      <input type="hidden" name={`${name}Name`} value={chosen?.name ?? ""} />
      <input
        {...inputProps}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 && active < options.length ? optionId(active) : undefined}
        autoComplete="off"
        maxLength={100}
        placeholder="Type a name on the roster…"
        value={text}
        className={inputClass}
        onChange={(e) => {
          setText(e.target.value);
          setChosen(null);
          setOpen(true);
        }}
        onFocus={() => {
          if (!chosen) setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            if (!open) {
              setOpen(true);
              return;
            }
            if (options.length === 0) return;
            const step = e.key === "ArrowDown" ? 1 : -1;
            setActive((a) => (a + step + options.length) % options.length);
          } else if (e.key === "Enter" && open && active >= 0 && active < options.length) {
            e.preventDefault(); // chooses; doesn't submit the form
            choose(options[active]!);
          } else if (e.key === "Escape" && open) {
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="People on this project"
        hidden={!open || options.length === 0}
        className="mt-1 max-h-56 overflow-y-auto rounded-lg border border-zinc-200 bg-white py-1 text-sm shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
      >
        {options.map((p, i) => (
          <li
            key={p.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={cn("cursor-pointer px-3 py-1.5", i === active && "bg-accent-50 dark:bg-accent-800/30")}
            // Chosen on mouse down, before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(p);
            }}
            onMouseEnter={() => setActive(i)}
          >
            {p.name}
          </li>
        ))}
      </ul>
      {open ? (
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400" aria-live="polite">
          {failed
            ? "The search didn't answer. Type again to retry."
            : loading && !answer
              ? "Searching…"
              : answer && answer.people.length === 0
                ? "Nobody on this project matches."
                : answer?.more
                  ? "More people match: keep typing to narrow the list."
                  : ""}
        </p>
      ) : null}
    </div>
  );
}
