import { createInflateRaw } from "node:zlib";

/**
 * What unpacking a ZIP archive would really produce, found by unpacking it and counting,
 * never by believing the sizes the archive declares (a zip bomb declares small ones).
 * Each entry is inflated as a stream and thrown away chunk by chunk, so checking costs a
 * few kilobytes of memory whatever the archive holds, and stops as soon as the total
 * passes `maxBytes`.
 *
 * - `{ bytes }`: the archive unpacks to `bytes` (≤ maxBytes) in all;
 * - `"too-big"`: more than `maxBytes`, or more than `maxEntries` entries;
 * - `"unreadable"`: no central directory, an entry outside the file, a ZIP64 archive, an
 *   unknown compression method or damaged compressed data.
 */
export async function zipInflatedSize(
  bytes: Uint8Array,
  limits: { maxBytes: number; maxEntries: number },
): Promise<{ bytes: number } | "too-big" | "unreadable"> {
  const entries = zipEntries(bytes, limits.maxEntries);
  if (typeof entries === "string") return entries;
  let total = 0;
  for (const entry of entries) {
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    if (entry.method === 0) {
      total += data.length;
    } else {
      const size = await inflatedLength(data, limits.maxBytes - total);
      if (typeof size === "string") return size;
      total += size;
    }
    if (total > limits.maxBytes) return "too-big";
  }
  return { bytes: total };
}

type Entry = { method: number; dataStart: number; compressedSize: number };

/** The entries a ZIP's central directory lists, with where their data starts. */
function zipEntries(bytes: Uint8Array, maxEntries: number): Entry[] | "too-big" | "unreadable" {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) return "unreadable";
  const count = view.getUint16(end + 10, true);
  if (count === 0xffff) return "unreadable"; // ZIP64
  if (count > maxEntries) return "too-big";
  let offset = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== 0x02014b50) return "unreadable";
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const local = view.getUint32(offset + 42, true);
    if (method !== 0 && method !== 8) return "unreadable";
    if (compressedSize === 0xffffffff || local + 30 > view.byteLength || view.getUint32(local, true) !== 0x04034b50) return "unreadable";
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > view.byteLength) return "unreadable";
    entries.push({ method, dataStart, compressedSize });
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

/** Offset of the end-of-central-directory record (it sits in the last 22 + 65,535 bytes), or -1. */
function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= lowest; i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}

/** The inflated length of raw DEFLATE data, counted chunk by chunk; stops once past `budget`. */
function inflatedLength(data: Uint8Array, budget: number): Promise<number | "too-big" | "unreadable"> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw();
    let length = 0;
    inflater.on("data", (chunk: Buffer) => {
      length += chunk.length;
      if (length > budget) {
        resolve("too-big");
        inflater.destroy();
      }
    });
    inflater.on("end", () => resolve(length));
    inflater.on("error", () => resolve("unreadable"));
    inflater.end(data);
  });
}
