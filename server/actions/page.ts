import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";

/** For pages: a data-layer read whose NotFoundError becomes Next's 404 page. */
export function orNotFound<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
