/**
 * What a crawl can be rendered to: the frame sizes post houses and DCPs use, and the codecs an
 * edit takes. Pure data and the ffmpeg arguments for each; nothing here runs anything.
 *
 * Sizes: the crawl model is laid out on a 1080-line frame (lib/end-credits/crawl.ts); a
 * 2160-line frame draws it at exactly twice the size, so every pixel of the 1080 layout is
 * 2×2 pixels and the scroll moves twice as many whole pixels a frame (3 px/frame at HD is
 * 6 at UHD, as Cinecred advises). The DCI widths (2048, 1998 "flat", 4096) centre the
 * 1920-wide layout.
 */

export const VIDEO_RESOLUTIONS = [
  { id: "hd", label: "HD 1920×1080", width: 1920, height: 1080 },
  { id: "2k-dci", label: "2K DCI 2048×1080", width: 2048, height: 1080 },
  { id: "2k-flat", label: "2K DCI flat 1998×1080", width: 1998, height: 1080 },
  { id: "uhd", label: "UHD 3840×2160", width: 3840, height: 2160 },
  { id: "4k-dci", label: "4K DCI 4096×2160", width: 4096, height: 2160 },
] as const;
export type VideoResolutionId = (typeof VIDEO_RESOLUTIONS)[number]["id"];

export const VIDEO_CODECS = [
  { id: "h264", label: "H.264 MP4 (review copy)", ext: "mp4", contentType: "video/mp4", alpha: false },
  { id: "prores-hq", label: "ProRes 422 HQ", ext: "mov", contentType: "video/quicktime", alpha: false },
  { id: "prores-4444", label: "ProRes 4444 with alpha", ext: "mov", contentType: "video/quicktime", alpha: true },
  { id: "png", label: "PNG sequence (zip)", ext: "zip", contentType: "application/zip", alpha: false },
] as const;
export type VideoCodecId = (typeof VIDEO_CODECS)[number]["id"];
export type VideoCodec = (typeof VIDEO_CODECS)[number];

export function videoResolution(id: string): (typeof VIDEO_RESOLUTIONS)[number] | undefined {
  return VIDEO_RESOLUTIONS.find((r) => r.id === id);
}

export function videoCodec(id: string): VideoCodec | undefined {
  return VIDEO_CODECS.find((c) => c.id === id);
}

/**
 * A frame size the renderer can draw: whole pixels, height a multiple of 1080 for the
 * offered sizes (tests may use a smaller frame: its scale is height / 1080, and the scroll
 * speed must still come out a whole number of pixels).
 */
export type FrameSize = { width: number; height: number };

/** The layout's scale on a frame `height` tall (1 at 1080 lines, 2 at 2160). */
export function frameScale(height: number): number {
  return height / 1080;
}

/**
 * The scroll speed on this frame for `pxPerFrame` on a 1080-line frame: scaled with the frame,
 * and it must stay whole (anything else judders), or the size is refused.
 */
export function scaledSpeed(pxPerFrame: number, height: number): number {
  const px = pxPerFrame * frameScale(height);
  if (!Number.isInteger(px) || px < 1) throw new RangeError(`${pxPerFrame} px/frame at 1080 lines is ${px} px/frame on a ${height}-line frame: not a whole number of pixels.`);
  return px;
}

/**
 * ffmpeg's arguments after the input, for one codec, writing to `output` ("-" for a pipe).
 * - H.264: a review copy any player opens (4:2:0, BT.709 tags, +faststart, CRF 18,
 *   `veryfast`, which keeps a long crawl faster than real time on two cores);
 * - ProRes 422 HQ (profile 3, 4:2:2 10-bit) and ProRes 4444 (profile 4, 4:4:4:4 10-bit with
 *   the alpha channel: the crawl on transparency, to key over picture) in QuickTime, at a
 *   fixed fine quantizer (2: white text on black comes through clean) rather than prores_ks's
 *   per-slice rate search, which was five to seven times slower here for no visible gain;
 * - PNG: RGB frames one after another on a pipe (the renderer zips them as a sequence).
 * The frame rate is the exact fraction (24000/1001, not 23.976) so the frame count is exact.
 */
export function ffmpegOutputArgs(codec: VideoCodecId, output: string): string[] {
  const bt709 = ["-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709"];
  const toBt709 = (pixFmt: string) => ["-vf", `scale=out_color_matrix=bt709:out_range=tv,format=${pixFmt}`];
  switch (codec) {
    case "h264":
      return [...toBt709("yuv420p"), "-c:v", "libx264", "-preset", "veryfast", "-crf", "18", ...bt709, "-movflags", "+faststart", "-f", "mp4", output];
    case "prores-hq":
      return [...toBt709("yuv422p10le"), "-c:v", "prores_ks", "-profile:v", "3", "-qscale:v", "2", "-vendor", "apl0", ...bt709, "-f", "mov", output];
    case "prores-4444":
      return [...toBt709("yuva444p10le"), "-c:v", "prores_ks", "-profile:v", "4", "-alpha_bits", "16", "-qscale:v", "2", "-vendor", "apl0", ...bt709, "-f", "mov", output];
    case "png":
      return ["-pix_fmt", "rgb24", "-c:v", "png", "-f", "image2pipe", output];
  }
}

/** ffmpeg's input arguments: raw RGBA frames of `size` at the exact frame rate on stdin. */
export function ffmpegInputArgs(size: FrameSize, fps: { num: number; den: number }): string[] {
  return ["-f", "rawvideo", "-pix_fmt", "rgba", "-s", `${size.width}x${size.height}`, "-framerate", `${fps.num}/${fps.den}`, "-i", "-"];
}

/**
 * Bytes a frame may take at most on disk, per codec, at 1920×1080 (scaled by area): the disk
 * space a render must find free before it starts. Generous: ProRes at its nominal HQ / 4444
 * rates, PNG and H.264 as measured on text crawls with room to spare.
 */
const BYTES_PER_HD_FRAME: Readonly<Record<VideoCodecId, number>> = {
  h264: 60_000,
  "prores-hq": 1_150_000,
  "prores-4444": 1_750_000,
  png: 250_000,
};

export function estimatedBytes(codec: VideoCodecId, size: FrameSize, frames: number): number {
  return Math.ceil(BYTES_PER_HD_FRAME[codec] * ((size.width * size.height) / (1920 * 1080)) * frames);
}

/** The file name (without extension) of frame `index` (0-based) in a PNG sequence: zero-padded to the sequence's length. */
export function sequenceFrameName(base: string, index: number, count: number): string {
  const digits = Math.max(6, String(Math.max(0, count - 1)).length);
  return `${base}.${String(index).padStart(digits, "0")}.png`;
}
