import { hasPngSignature } from "@/lib/uploads/png";

/**
 * Splits a stream of PNG files written back to back (ffmpeg's `image2pipe` of PNG frames)
 * into whole files, however the bytes arrive. A file ends with its IEND chunk; the chunk
 * lengths are trusted only to find that end (ffmpeg wrote them), and a stream that does not
 * start with a PNG signature is refused. Each byte is copied once into a growing buffer and
 * each chunk header read once, so a 4K frame arriving in 64 kB pieces costs no more than
 * one copy.
 */
export class PngStreamSplitter {
  private buffer = Buffer.alloc(1 << 20);
  /** Bytes held in `buffer`, and how far its chunks have been walked (0: at a file's start). */
  private length = 0;
  private scan = 0;

  /** The files completed by `chunk`, in order (each a fresh buffer). */
  push(chunk: Uint8Array): Buffer[] {
    this.append(chunk);
    const files: Buffer[] = [];
    for (;;) {
      const end = this.fileEnd();
      if (end < 0) break;
      files.push(Buffer.from(this.buffer.subarray(0, end)));
      this.buffer.copyWithin(0, end, this.length);
      this.length -= end;
      this.scan = 0;
    }
    return files;
  }

  /** Bytes of a file that never finished (0 after a complete stream). */
  get leftover(): number {
    return this.length;
  }

  private append(chunk: Uint8Array): void {
    if (this.length + chunk.byteLength > this.buffer.byteLength) {
      const bigger = Buffer.alloc(Math.max(this.buffer.byteLength * 2, this.length + chunk.byteLength));
      this.buffer.copy(bigger, 0, 0, this.length);
      this.buffer = bigger;
    }
    this.buffer.set(chunk, this.length);
    this.length += chunk.byteLength;
  }

  /** Where the first PNG held ends, or -1 when it is not all there yet. */
  private fileEnd(): number {
    if (this.scan === 0) {
      if (this.length < 8) return -1;
      if (!hasPngSignature(this.buffer.subarray(0, 8))) throw new Error("The frame stream is not a sequence of PNG files.");
      this.scan = 8;
    }
    while (this.scan + 8 <= this.length) {
      const size = this.buffer.readUInt32BE(this.scan);
      const type = this.buffer.toString("latin1", this.scan + 4, this.scan + 8);
      const next = this.scan + 12 + size;
      if (next > this.length) return -1;
      this.scan = next;
      if (type === "IEND") return next;
    }
    return -1;
  }
}
