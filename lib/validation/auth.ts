import { z } from "zod";
import { passwordProblem, PASSWORD_MAX_LENGTH } from "@/lib/auth/password-rules";
import { emailSchema, requiredText } from "./common";

export const signUpSchema = z
  .object({
    name: requiredText("Name", 120),
    email: emailSchema,
    password: z.string({ error: "Password is required." }),
  })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.password, { email: value.email, name: value.name });
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "Password is required." })
    .min(1, { error: "Password is required." })
    .max(PASSWORD_MAX_LENGTH, { error: "Wrong email or password." }),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: "Enter your current password." }).max(PASSWORD_MAX_LENGTH),
    newPassword: z.string(),
  })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.newPassword);
    if (problem) ctx.addIssue({ code: "custom", path: ["newPassword"], message: problem });
  });

export const profileSchema = z.object({ name: requiredText("Name", 120) });
