import { z } from "zod";
import { optionalText, requiredText } from "./common";

export const nameCheckResponseSchema = z.discriminatedUnion("answer", [
  z.object({ answer: z.literal("confirm") }),
  z.object({
    answer: z.literal("propose"),
    proposedName: requiredText("Your name as it should appear", 200),
    proposedPronouns: optionalText("Pronouns", 60),
    proposedNote: optionalText("Note", 1000),
  }),
]);
export type NameCheckResponse = z.output<typeof nameCheckResponseSchema>;
