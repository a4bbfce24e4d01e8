"use client";

import { useSyncExternalStore } from "react";
import { DEPARTMENTS, ROLES } from "@/lib/roster/catalog";

const noSubscription = () => () => {};

/**
 * The catalogue's departments and roles as suggestions for every department and role field
 * of the page (add, edit, move): `<datalist id="catalog-departments">` and
 * `<datalist id="catalog-roles">`. Drawn in the browser from this static module (one cached
 * script for every page and visit), never in the server's answer: ~470 options are not sent
 * with every roster page. Suggestions only, so appearing once the page is interactive changes
 * nothing a user can see.
 */
export function CatalogDatalists() {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (!inBrowser) return null;
  return (
    <>
      <datalist id="catalog-departments">
        {DEPARTMENTS.map((d) => (
          <option key={d.id} value={d.name} />
        ))}
      </datalist>
      <datalist id="catalog-roles">
        {ROLES.map((r) => (
          <option key={r.id} value={r.name} />
        ))}
      </datalist>
    </>
  );
}
