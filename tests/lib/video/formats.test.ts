import { describe, expect, it } from "vitest";
import { estimatedBytes, ffmpegInputArgs, ffmpegOutputArgs, frameScale, scaledSpeed, sequenceFrameName, VIDEO_CODECS, VIDEO_RESOLUTIONS } from "@/lib/video/formats";

describe("VIDEO_RESOLUTIONS", () => {
  it("offers HD, the two 2K DCI widths, UHD and 4K DCI, all 1080 or 2160 lines", () => {
    expect(VIDEO_RESOLUTIONS.map((r) => `${r.width}x${r.height}`)).toEqual(["1920x1080", "2048x1080", "1998x1080", "3840x2160", "4096x2160"]);
  });
});

describe("scaledSpeed", () => {
  it("scales the scroll with the frame and keeps it whole", () => {
    expect(scaledSpeed(3, 1080)).toBe(3);
    expect(scaledSpeed(3, 2160)).toBe(6);
    expect(scaledSpeed(4, 540)).toBe(2);
    expect(frameScale(2160)).toBe(2);
  });
  it("refuses a speed that would not be whole pixels on that frame", () => {
    expect(() => scaledSpeed(3, 540)).toThrow(/not a whole number/);
  });
});

describe("ffmpegOutputArgs / ffmpegInputArgs", () => {
  it("reads raw RGBA at the exact frame-rate fraction", () => {
    expect(ffmpegInputArgs({ width: 1920, height: 1080 }, { num: 24000, den: 1001 })).toEqual(["-f", "rawvideo", "-pix_fmt", "rgba", "-s", "1920x1080", "-framerate", "24000/1001", "-i", "-"]);
  });
  it("writes each codec with its encoder, profile and pixel format", () => {
    const args = (id: (typeof VIDEO_CODECS)[number]["id"]) => ffmpegOutputArgs(id, "out").join(" ");
    expect(args("h264")).toMatch(/format=yuv420p.*-c:v libx264 .*-movflags \+faststart -f mp4 out$/);
    expect(args("prores-hq")).toMatch(/format=yuv422p10le.*-c:v prores_ks -profile:v 3 /);
    expect(args("prores-4444")).toMatch(/format=yuva444p10le.*-c:v prores_ks -profile:v 4 -alpha_bits 16 /);
    expect(args("png")).toBe("-pix_fmt rgb24 -c:v png -f image2pipe out");
  });
});

describe("estimatedBytes / sequenceFrameName", () => {
  it("scales the per-frame allowance with the area", () => {
    expect(estimatedBytes("prores-hq", { width: 3840, height: 2160 }, 10)).toBe(4 * estimatedBytes("prores-hq", { width: 1920, height: 1080 }, 10));
  });
  it("zero-pads frame numbers to at least six digits", () => {
    expect(sequenceFrameName("Harbor credits", 7, 100)).toBe("Harbor credits.000007.png");
    expect(sequenceFrameName("x", 1234567, 2000000)).toBe("x.1234567.png");
  });
});
