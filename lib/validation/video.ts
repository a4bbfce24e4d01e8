import { z } from "zod";
import { CARD_SECONDS } from "@/lib/end-credits/crawl-plan";
import { FIT_RANGES } from "@/lib/end-credits/crawl";
import { VIDEO_CODECS, VIDEO_RESOLUTIONS } from "@/lib/video/formats";
import { idSchema } from "./common";

const ids = <T extends readonly { id: string }[]>(items: T) => items.map((i) => i.id) as [T[number]["id"], ...T[number]["id"][]];

/**
 * A crawl render: the working list or a version, a size and codec from the offered ones,
 * main titles as cards or not, and either "fit the project's target running time" or a speed
 * and line spacing within the preview's ranges.
 */
export const videoRenderSchema = z.object({
  kind: z.literal("video"),
  version: idSchema.nullable().optional(),
  resolution: z.enum(ids(VIDEO_RESOLUTIONS), { error: `Choose a size: ${VIDEO_RESOLUTIONS.map((r) => r.id).join(", ")}.` }),
  codec: z.enum(ids(VIDEO_CODECS), { error: `Choose a format: ${VIDEO_CODECS.map((c) => c.id).join(", ")}.` }),
  cards: z.boolean().default(false),
  cardSeconds: z.number().min(CARD_SECONDS.min).max(CARD_SECONDS.max).default(3),
  /** "fit": the project's target running time; "speed": pxPerFrame and lineSpacing. */
  timing: z.enum(["fit", "speed"]).default("speed"),
  pxPerFrame: z.number().int().min(FIT_RANGES.pxPerFrame.min).max(FIT_RANGES.pxPerFrame.max).default(3),
  lineSpacing: z.number().min(FIT_RANGES.lineSpacing.min).max(FIT_RANGES.lineSpacing.max).default(1),
});

export type VideoRenderInput = z.output<typeof videoRenderSchema>;

/** A PDF export job (the default kind). */
export const pdfJobSchema = z.object({ kind: z.literal("pdf").optional(), version: idSchema.nullable().optional() });

export const exportJobSchema = z.union([videoRenderSchema, pdfJobSchema]);
