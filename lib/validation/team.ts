import { z } from "zod";
import { TEAM_ROLES } from "@/lib/auth/roles";
import { idSchema, requiredText } from "./common";

export const teamNameSchema = z.object({ name: requiredText("Team name", 120) });

export const roleSchema = z.enum(TEAM_ROLES, { error: "Choose Owner, Editor or Viewer." });

export const inviteSchema = z.object({
  role: roleSchema,
  /** Optional: the invitation is emailed there (or kept in the outbox when no SMTP server is set up). */
  email: z
    .string()
    .trim()
    .max(254)
    .transform((v) => v.toLowerCase())
    .pipe(z.union([z.literal(""), z.email({ error: "Enter an email address, or leave it empty for a link only." })]))
    .optional()
    .default(""),
});

export const senderNameSchema = z.object({ senderName: z.string().trim().max(120, { error: "At most 120 characters." }).default("") });

export const memberRoleSchema = z.object({ userId: idSchema, role: roleSchema });
