/** Display helpers for work entries. Pure. */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-03-12" → "12 Mar 2026"; anything else is returned as given. */
export function formatDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** A date, a range ("12–20 Mar 2026", "28 Feb – 3 Mar 2026") or "" when no date was given. */
export function formatDateRange(start: string | null, end: string | null): string {
  if (!start) return "";
  if (!end || end === start) return formatDay(start);
  const [sy, sm, sd] = start.split("-");
  const [ey, em] = end.split("-");
  if (sy === ey && sm === em) return `${Number(sd)}–${formatDay(end)}`;
  if (sy === ey) return `${Number(sd)} ${MONTHS[Number(sm) - 1]} – ${formatDay(end)}`;
  return `${formatDay(start)} – ${formatDay(end)}`;
}

/** "1 hour", "12.5 hours", "" for none. */
export function formatHours(hours: number | null): string {
  if (hours === null || !Number.isFinite(hours)) return "";
  const n = hours.toLocaleString("en-US", { maximumFractionDigits: 2 });
  return `${n} ${hours === 1 ? "hour" : "hours"}`;
}

/** A work entry as the edit form's fields (all text), with the revision it was opened at. */
export function workEntryFormValues(e: {
  id: string;
  personId: string;
  responsibilityId: string;
  stage: string;
  degree: string;
  effortHours: number | null;
  startDate: string | null;
  endDate: string | null;
  note: string;
  amountRaised: number | null;
  revision: number;
}) {
  return {
    entryId: e.id,
    revision: String(e.revision),
    personId: e.personId,
    responsibilityId: e.responsibilityId,
    stage: e.stage,
    degree: e.degree,
    effortHours: e.effortHours?.toString() ?? "",
    startDate: e.startDate ?? "",
    endDate: e.endDate ?? "",
    note: e.note,
    amountRaised: e.amountRaised?.toString() ?? "",
  };
}
