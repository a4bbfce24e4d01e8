"use client";

import * as Ariakit from "@ariakit/react";
import { useDeferredValue, useMemo, useState } from "react";
import { cn } from "@/components/ui/cn";
import { inputClass } from "@/components/ui/field";
import { searchResponsibilities } from "@/lib/work/responsibility-search";
import { LANES, LANE_LABELS, LANE_SHORT_LABELS, type Lane } from "@/lib/work/taxonomy";

export type ComboboxResponsibility = { id: string; name: string; lane: Lane; description: string };

/**
 * The responsibility picker: type a few letters or a word crews use ("money", "DP", "hired
 * the crew") and pick with the arrows and Enter (Ariakit's combobox: role="combobox" with a
 * listbox, the active option announced). The chosen id goes in a hidden input named `name`.
 */
export function ResponsibilityCombobox({
  id,
  name,
  options,
  value,
  onChange,
  describedBy,
  invalid,
}: {
  id: string;
  name: string;
  options: readonly ComboboxResponsibility[];
  value: string;
  onChange: (id: string) => void;
  describedBy?: string;
  invalid?: boolean;
}) {
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const [text, setText] = useState(byId.get(value)?.name ?? "");
  const query = useDeferredValue(text);
  const chosen = byId.get(value);
  // While the text is the chosen option's name, show every option (the user is browsing, not searching).
  const searching = query.trim() !== "" && query !== chosen?.name;
  const matches = useMemo(() => (searching ? searchResponsibilities(options, query).slice(0, 30) : null), [searching, options, query]);

  const item = (o: ComboboxResponsibility) => (
    <Ariakit.ComboboxItem
      key={o.id}
      value={o.id}
      setValueOnClick={false}
      className="flex cursor-default items-baseline justify-between gap-3 rounded-md px-2.5 py-1.5 text-sm data-active-item:bg-accent-100 data-active-item:text-zinc-900 aria-selected:font-semibold dark:data-active-item:bg-accent-800/40 dark:data-active-item:text-white"
    >
      <span className="min-w-0">{o.name}</span>
      <span className="shrink-0 text-xs text-zinc-500 dark:text-zinc-400">{LANE_SHORT_LABELS[o.lane]}</span>
    </Ariakit.ComboboxItem>
  );

  return (
    <Ariakit.ComboboxProvider
      value={text}
      setValue={setText}
      selectedValue={value}
      setSelectedValue={(next) => {
        const picked = typeof next === "string" ? byId.get(next) : undefined;
        if (!picked) return;
        onChange(picked.id);
        setText(picked.name);
      }}
    >
      <Ariakit.Combobox
        id={id}
        autoSelect
        placeholder="Type to search: financing, hiring crew, DP…"
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        className={inputClass}
        autoComplete="off"
        spellCheck={false}
      />
      <input type="hidden" name={name} value={value} />
      <Ariakit.ComboboxPopover
        portal={false}
        gutter={4}
        unmountOnHide
        aria-label="Responsibilities"
        // At least as wide as the field, wider (up to 24rem, never past the screen) so long names keep to one line.
        className="z-10 max-h-64 w-max max-w-[min(24rem,var(--popover-available-width))] min-w-(--popover-anchor-width) overflow-y-auto rounded-lg border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
      >
        {matches ? (
          matches.length ? (
            matches.map(item)
          ) : (
            <p className="px-2.5 py-1.5 text-sm text-zinc-600 dark:text-zinc-400">Nothing matches “{query}”. Add it below as the project&apos;s own responsibility.</p>
          )
        ) : (
          LANES.map((lane) => {
            const list = options.filter((o) => o.lane === lane);
            return list.length ? (
              <Ariakit.ComboboxGroup key={lane} className="py-0.5">
                <Ariakit.ComboboxGroupLabel className={cn("px-2.5 pt-1.5 pb-0.5 text-xs font-semibold text-zinc-600 dark:text-zinc-400")}>{LANE_LABELS[lane]}</Ariakit.ComboboxGroupLabel>
                {list.map(item)}
              </Ariakit.ComboboxGroup>
            ) : null;
          })
        )}
      </Ariakit.ComboboxPopover>
    </Ariakit.ComboboxProvider>
  );
}
