import { z } from "zod";
import { TEAM_ROLES } from "@/lib/auth/roles";
import { idSchema, requiredText } from "./common";

export const teamNameSchema = z.object({ name: requiredText("Team name", 120) });

export const roleSchema = z.enum(TEAM_ROLES, { error: "Choose Owner, Editor or Viewer." });

export const inviteSchema = z.object({ role: roleSchema });

export const memberRoleSchema = z.object({ userId: idSchema, role: roleSchema });
