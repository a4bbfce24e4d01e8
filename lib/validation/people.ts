import { z } from "zod";
import { GUILDS } from "@/lib/people/guilds";
import { idSchema, optionalText, requiredText } from "./common";

const optionalEmail = z
  .string()
  .optional()
  .transform((s) => (s ?? "").trim().toLowerCase())
  .pipe(z.union([z.literal(""), z.email({ error: "Enter a valid email address, or leave it empty." }).max(254)]))
  .transform((s) => s || null);

const nullable = (label: string, max: number) => optionalText(label, max).transform((s) => s || null);

/** A checkbox from a form ("on") or a boolean from the API. */
const flag = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

/** Guilds from a multi-select (FormData gives one value or an array) or the API. */
const guilds = z
  .union([z.array(z.string()), z.string()])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : v === "" ? [] : [v]))
  .pipe(z.array(z.enum(GUILDS, { error: "Choose unions from the list." })).max(GUILDS.length))
  .transform((v) => [...new Set(v)]);

export const personSchema = z.object({
  creditedName: requiredText("Credited name", 200),
  sortName: nullable("Sort name", 200),
  familyNameFirst: flag,
  legalName: nullable("Legal name", 200),
  pronouns: nullable("Pronouns", 60),
  email: optionalEmail,
  phone: nullable("Phone", 40),
  unions: guilds,
  notes: nullable("Notes", 2000),
});
export type PersonInput = z.output<typeof personSchema>;

export const rosterEntrySchema = z.object({
  department: optionalText("Department", 120),
  role: requiredText("Role", 120),
});

/** Adding someone to a project: an existing person, or the fields of a new one. */
export const addToRosterSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("existing"), personId: idSchema, department: optionalText("Department", 120), role: requiredText("Role", 120) }),
  personSchema.extend({
    mode: z.literal("new"),
    department: optionalText("Department", 120),
    role: requiredText("Role", 120),
    /** Set when the user saw the possible duplicates and still wants a new person. */
    confirmNew: flag,
  }),
]);

export const bulkSchema = z.object({
  entryIds: z.array(idSchema).min(1, { error: "Select at least one roster entry." }).max(5000),
});
