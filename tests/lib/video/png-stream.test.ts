import { createCanvas } from "@napi-rs/canvas";
import { describe, expect, it } from "vitest";
import { PngStreamSplitter } from "@/lib/video/png-stream";

function png(shade: number): Buffer {
  const canvas = createCanvas(40, 20);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = `rgb(${shade},${shade},${shade})`;
  ctx.fillRect(0, 0, 40, 20);
  return canvas.toBuffer("image/png");
}

describe("PngStreamSplitter", () => {
  it("gives back each PNG of a stream whole, however the bytes are cut", () => {
    const files = [png(10), png(200), png(90)];
    const stream = Buffer.concat(files);
    for (const size of [1, 7, 64, 1000, stream.byteLength]) {
      const splitter = new PngStreamSplitter();
      const out: Buffer[] = [];
      for (let i = 0; i < stream.byteLength; i += size) out.push(...splitter.push(stream.subarray(i, i + size)));
      expect(out).toEqual(files);
      expect(splitter.leftover).toBe(0);
    }
  });

  it("keeps a file that never finished as leftover, and refuses a stream that isn't PNG", () => {
    const splitter = new PngStreamSplitter();
    expect(splitter.push(png(1).subarray(0, 30))).toEqual([]);
    expect(splitter.leftover).toBe(30);
    expect(() => new PngStreamSplitter().push(Buffer.from("GIF89a and more"))).toThrow(/not a sequence of PNG/);
  });
});
