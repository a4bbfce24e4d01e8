/**
 * Expected failures of the data layer. Route handlers map them to HTTP statuses;
 * server actions turn them into form messages. A NotFoundError is also what a caller
 * gets for something that exists in a team they are not part of (no hint that it exists).
 */
export class DomainError extends Error {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.name = new.target.name;
    this.status = status;
  }
}

export class UnauthorizedError extends DomainError {
  constructor(message = "Please sign in.") {
    super(message, 401);
  }
}

export class NotFoundError extends DomainError {
  constructor(message = "Not found.") {
    super(message, 404);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "Your role in this team does not allow that.") {
    super(message, 403);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super(message, 409);
  }
}

export class InvalidError extends DomainError {
  readonly fieldErrors: Record<string, string[]>;
  constructor(message: string, fieldErrors: Record<string, string[]> = {}) {
    super(message, 422);
    this.fieldErrors = fieldErrors;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
