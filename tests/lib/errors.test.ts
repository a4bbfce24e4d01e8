import { describe, expect, it } from "vitest";
import { ConflictError, DomainError, ForbiddenError, InvalidError, isDomainError, NotFoundError, UnauthorizedError } from "@/lib/errors";

describe("DomainError subclasses", () => {
  it.each([
    [new UnauthorizedError(), 401, "UnauthorizedError", "Please sign in."],
    [new NotFoundError(), 404, "NotFoundError", "Not found."],
    [new ForbiddenError(), 403, "ForbiddenError", "Your role in this team does not allow that."],
    [new ConflictError("Taken."), 409, "ConflictError", "Taken."],
    [new InvalidError("Bad."), 422, "InvalidError", "Bad."],
  ])("%s has status %d, its class name and message", (error, status, name, message) => {
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(error.status).toBe(status);
    expect(error.name).toBe(name);
    expect(error.message).toBe(message);
  });

  it("InvalidError carries field errors, empty by default", () => {
    expect(new InvalidError("Bad.").fieldErrors).toEqual({});
    expect(new InvalidError("Bad.", { title: ["Required."] }).fieldErrors).toEqual({ title: ["Required."] });
  });
});

describe("isDomainError", () => {
  it("recognises domain errors only", () => {
    expect(isDomainError(new NotFoundError())).toBe(true);
    expect(isDomainError(new Error("boom"))).toBe(false);
    expect(isDomainError({ status: 404, message: "Not found." })).toBe(false);
    expect(isDomainError(null)).toBe(false);
  });
});
