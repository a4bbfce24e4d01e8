import { describe, expect, it } from "vitest";
import { changePasswordSchema, profileSchema, signInSchema, signUpSchema } from "@/lib/validation/auth";
import { fieldErrorsOf } from "@/lib/validation/common";

const good = { name: "Maya Okafor", email: "maya@example.com", password: "crawl-at-24fps" };

describe("signUpSchema", () => {
  it("accepts a valid sign-up, trimming the name and lower-casing the email", () => {
    const r = signUpSchema.safeParse({ name: "  Maya Okafor  ", email: "  Maya@Example.COM ", password: "crawl-at-24fps" });
    expect(r.success).toBe(true);
    expect(r.data).toEqual({ name: "Maya Okafor", email: "maya@example.com", password: "crawl-at-24fps" });
  });

  it("does not trim or otherwise change the password", () => {
    const r = signUpSchema.safeParse({ ...good, password: " crawl-at-24fps " });
    expect(r.data?.password).toBe(" crawl-at-24fps ");
  });

  it.each(["not-an-email", "maya@", "@example.com", "maya@example", "maya example@x.com"])("refuses the email %j", (email) => {
    const r = signUpSchema.safeParse({ ...good, email });
    expect(r.success).toBe(false);
    expect(fieldErrorsOf(r.error!).email).toEqual(["Enter a valid email address."]);
  });

  it("refuses a missing or blank email and name with human messages", () => {
    const r = signUpSchema.safeParse({ name: "   ", email: "   ", password: good.password });
    const errors = fieldErrorsOf(r.error!);
    expect(errors.name).toEqual(["Name is required."]);
    expect(errors.email?.[0]).toBe("Email is required.");
  });

  it("refuses a name longer than 120 characters", () => {
    expect(signUpSchema.safeParse({ ...good, name: "n".repeat(120) }).success).toBe(true);
    const r = signUpSchema.safeParse({ ...good, name: "n".repeat(121) });
    expect(fieldErrorsOf(r.error!).name).toEqual(["Name must be at most 120 characters."]);
  });

  it("applies the password rules, reported on the password field", () => {
    const short = signUpSchema.safeParse({ ...good, password: "short" });
    expect(short.success).toBe(false);
    expect(short.error!.issues[0]!.path).toEqual(["password"]);
    expect(fieldErrorsOf(short.error!)).toEqual({ password: ["Use at least 10 characters."] });

    const common = signUpSchema.safeParse({ ...good, password: "password123" });
    expect(fieldErrorsOf(common.error!).password).toEqual(["This password is too common. Choose one that is harder to guess."]);
  });

  it("refuses a password equal to the email's local part or the name, using the normalized values", () => {
    const byEmail = signUpSchema.safeParse({ ...good, email: "  MayaOkafor77@Example.com", password: "mayaokafor77" });
    expect(fieldErrorsOf(byEmail.error!).password).toEqual(["Don't use your email address as your password."]);

    const byName = signUpSchema.safeParse({ ...good, name: " Maya Okafor Films ", password: "MayaOkaforFilms" });
    expect(fieldErrorsOf(byName.error!).password).toEqual(["Don't use your name as your password."]);
  });

  it("refuses a missing password", () => {
    const r = signUpSchema.safeParse({ name: good.name, email: good.email });
    expect(fieldErrorsOf(r.error!).password).toEqual(["Password is required."]);
  });
});

describe("signInSchema", () => {
  it("lower-cases and trims the email, keeps the password as typed", () => {
    expect(signInSchema.parse({ email: " Maya@Example.com ", password: " any " })).toEqual({ email: "maya@example.com", password: " any " });
  });

  it("does not apply the sign-up password rules (old short passwords still sign in)", () => {
    expect(signInSchema.safeParse({ email: "maya@example.com", password: "short" }).success).toBe(true);
  });

  it("refuses an empty password", () => {
    const r = signInSchema.safeParse({ email: "maya@example.com", password: "" });
    expect(fieldErrorsOf(r.error!)).toEqual({ password: ["Password is required."] });
  });

  it("refuses an over-long password without hinting at the rules", () => {
    expect(signInSchema.safeParse({ email: "maya@example.com", password: "x".repeat(200) }).success).toBe(true);
    const r = signInSchema.safeParse({ email: "maya@example.com", password: "x".repeat(201) });
    expect(fieldErrorsOf(r.error!)).toEqual({ password: ["Wrong email or password."] });
  });

  it("refuses a bad email", () => {
    const r = signInSchema.safeParse({ email: "maya", password: "whatever" });
    expect(fieldErrorsOf(r.error!).email).toEqual(["Enter a valid email address."]);
  });
});

describe("changePasswordSchema", () => {
  it("requires the current password and applies the rules to the new one", () => {
    const r = changePasswordSchema.safeParse({ currentPassword: "", newPassword: "password123" });
    expect(fieldErrorsOf(r.error!)).toEqual({
      currentPassword: ["Enter your current password."],
      newPassword: ["This password is too common. Choose one that is harder to guess."],
    });
    expect(changePasswordSchema.safeParse({ currentPassword: "old", newPassword: "crawl-at-24fps" }).success).toBe(true);
  });
});

describe("profileSchema", () => {
  it("trims the name and refuses a blank one", () => {
    expect(profileSchema.parse({ name: "  Maya " })).toEqual({ name: "Maya" });
    expect(profileSchema.safeParse({ name: " " }).success).toBe(false);
  });
});
