import { crc32 } from "@/lib/uploads/png";

/**
 * A ZIP archive written front to back, entry by entry, stored (not deflated: the files it
 * carries — PNG frames, an XLSX — are compressed already). Pure: it returns the bytes to
 * write; the caller writes them to a file or a buffer, so an archive of 50,000 frames is
 * written as it goes without ever being held in memory.
 *
 * Each entry's size and CRC are known before its header is written (no data descriptors).
 * Names are UTF-8 (flag bit 11). Past 65,534 entries or 4 GiB of offsets the archive turns
 * ZIP64 (APPNOTE 4.5.3, 4.3.14–16): the central directory records carry the 64-bit offset
 * in an extra field and a ZIP64 end record and locator precede the classic end record.
 */
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;

type Central = { name: Buffer; crc: number; size: number; offset: number; time: number; date: number };

/** MS-DOS time and date of `when` (local fields of the UTC time: archives carry no zone). */
function dosDateTime(when: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, when.getUTCFullYear()));
  return {
    time: (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | Math.floor(when.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate(),
  };
}

export class ZipWriter {
  private readonly entries: Central[] = [];
  private offset = 0;
  private readonly stamp: { time: number; date: number };

  constructor(when: Date = new Date()) {
    this.stamp = dosDateTime(when);
  }

  /** Bytes written so far. */
  get size(): number {
    return this.offset;
  }

  /** The local header and data of one file (a path inside the archive, "/"-separated). */
  add(path: string, data: Uint8Array): Buffer[] {
    const name = Buffer.from(path, "utf8");
    if (data.byteLength >= U32_MAX) throw new RangeError("A ZIP entry this writer stores must be under 4 GiB.");
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: 2.0
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(0, 8); // stored
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.byteLength, 18);
    header.writeUInt32LE(data.byteLength, 22);
    header.writeUInt16LE(name.byteLength, 26);
    header.writeUInt16LE(0, 28);
    this.entries.push({ name, crc, size: data.byteLength, offset: this.offset, ...this.stamp });
    this.offset += header.byteLength + name.byteLength + data.byteLength;
    return [header, name, Buffer.from(data.buffer, data.byteOffset, data.byteLength)];
  }

  /** The central directory and end records: the archive's last bytes. */
  finish(): Buffer[] {
    const out: Buffer[] = [];
    const cdStart = this.offset;
    let cdSize = 0;
    const zip64 = this.entries.length >= U16_MAX || this.offset >= U32_MAX;
    for (const e of this.entries) {
      const bigOffset = e.offset >= U32_MAX;
      const extra = bigOffset ? Buffer.alloc(12) : Buffer.alloc(0);
      if (bigOffset) {
        extra.writeUInt16LE(0x0001, 0);
        extra.writeUInt16LE(8, 2);
        extra.writeBigUInt64LE(BigInt(e.offset), 4);
      }
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE((3 << 8) | (zip64 ? 45 : 20), 4); // made by: Unix, spec version
      h.writeUInt16LE(bigOffset ? 45 : 20, 6);
      h.writeUInt16LE(0x0800, 8);
      h.writeUInt16LE(0, 10);
      h.writeUInt16LE(e.time, 12);
      h.writeUInt16LE(e.date, 14);
      h.writeUInt32LE(e.crc, 16);
      h.writeUInt32LE(e.size, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.byteLength, 28);
      h.writeUInt16LE(extra.byteLength, 30);
      h.writeUInt16LE(0, 32); // comment
      h.writeUInt16LE(0, 34); // disk
      h.writeUInt16LE(0, 36); // internal attributes
      h.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
      h.writeUInt32LE(bigOffset ? U32_MAX : e.offset, 42);
      out.push(h, e.name, extra);
      cdSize += h.byteLength + e.name.byteLength + extra.byteLength;
    }
    const count = this.entries.length;
    if (zip64) {
      const end64 = Buffer.alloc(56);
      end64.writeUInt32LE(0x06064b50, 0);
      end64.writeBigUInt64LE(44n, 4);
      end64.writeUInt16LE((3 << 8) | 45, 12);
      end64.writeUInt16LE(45, 14);
      end64.writeUInt32LE(0, 16);
      end64.writeUInt32LE(0, 20);
      end64.writeBigUInt64LE(BigInt(count), 24);
      end64.writeBigUInt64LE(BigInt(count), 32);
      end64.writeBigUInt64LE(BigInt(cdSize), 40);
      end64.writeBigUInt64LE(BigInt(cdStart), 48);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(0x07064b50, 0);
      locator.writeUInt32LE(0, 4);
      locator.writeBigUInt64LE(BigInt(cdStart + cdSize), 8);
      locator.writeUInt32LE(1, 16);
      out.push(end64, locator);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(0, 4);
    end.writeUInt16LE(0, 6);
    end.writeUInt16LE(zip64 ? U16_MAX : count, 8);
    end.writeUInt16LE(zip64 ? U16_MAX : count, 10);
    end.writeUInt32LE(zip64 ? U32_MAX : cdSize, 12);
    end.writeUInt32LE(zip64 ? U32_MAX : cdStart, 16);
    end.writeUInt16LE(0, 20);
    out.push(end);
    this.offset += cdSize + out.slice(-(zip64 ? 3 : 1)).reduce((n, b) => n + b.byteLength, 0);
    return out;
  }
}

/** A small archive in memory: the files in order. */
export function zipFiles(files: readonly { path: string; data: Uint8Array }[], when?: Date): Buffer {
  const zip = new ZipWriter(when);
  const parts = files.flatMap((f) => zip.add(f.path, f.data));
  return Buffer.concat([...parts, ...zip.finish()]);
}
