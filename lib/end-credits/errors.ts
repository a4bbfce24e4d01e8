import { DomainError } from "@/lib/errors";

/**
 * What went wrong, for code that wants to react to a specific failure:
 * - unknown-block / unknown-line: the id or key is not in the list (HTTP 404);
 * - the others: the request is understood but not allowed or not valid (HTTP 422).
 */
export type CreditListErrorCode =
  | "unknown-block"
  | "unknown-line"
  | "invalid-index"
  | "invalid-value"
  | "duplicate-id"
  | "reserved-id"
  | "not-manual"
  | "not-generated"
  | "wrong-kind"
  | "invalid-crawl";

const NOT_FOUND: ReadonlySet<CreditListErrorCode> = new Set(["unknown-block", "unknown-line"]);

/**
 * An expected failure of a credit-list operation, with a message a user can read
 * ("There is no block "crew:camera:x" in this credit list."). It is a DomainError, so route
 * handlers and server actions map it like the data layer's errors: 404 for an unknown block
 * or line, 422 for anything else.
 */
export class CreditListError extends DomainError {
  readonly code: CreditListErrorCode;
  constructor(code: CreditListErrorCode, message: string) {
    super(message, NOT_FOUND.has(code) ? 404 : 422);
    this.code = code;
  }
}

export function isCreditListError(error: unknown): error is CreditListError {
  return error instanceof CreditListError;
}
