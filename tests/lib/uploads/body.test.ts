import { describe, expect, it } from "vitest";
import { parseMultipart, readBodyCapped } from "@/lib/uploads/body";
import { MAX_BYTES } from "@/lib/roster/import/limits";
import { makePng } from "./fixtures";

/** A streamed body (no Content-Length) of `chunks` chunks of `size` bytes; counts what was pulled. */
function streamed(chunks: number, size: number, headers: Record<string, string> = {}) {
  const pulled = { count: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count === chunks) return controller.close();
      pulled.count++;
      controller.enqueue(new Uint8Array(size));
    },
    cancel() {
      pulled.cancelled = true;
    },
  });
  const req = new Request("http://localhost/upload", { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return { req, pulled };
}

describe("readBodyCapped", () => {
  it("reads a body within the limit", async () => {
    const { req } = streamed(3, 1000);
    expect((await readBodyCapped(req, 3000))?.byteLength).toBe(3000);
  });

  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    const { req, pulled } = streamed(100, 1000, { "content-length": "100000" });
    expect(await readBodyCapped(req, 50_000)).toBeNull();
    expect(pulled.count).toBeLessThanOrEqual(1); // the stream may prefetch one chunk, never the rest
  });

  it("stops reading a body with no (or a lying) Content-Length as soon as it passes the limit", async () => {
    const { req, pulled } = streamed(10_000, 64 * 1024);
    expect(await readBodyCapped(req, 256 * 1024)).toBeNull();
    expect(pulled.count).toBeLessThan(8);
    expect(pulled.cancelled).toBe(true);
  });
});

describe("readBodyCapped at the import's limit (issue 14)", () => {
  it("gives up on a 300 MB chunked upload after reading about 10 MB of it", async () => {
    const chunk = 64 * 1024;
    const { req, pulled } = streamed((300 * 1024 * 1024) / chunk, chunk);
    expect(await readBodyCapped(req, MAX_BYTES + chunk)).toBeNull();
    expect(pulled.count * chunk).toBeLessThanOrEqual(MAX_BYTES + 3 * chunk);
    expect(pulled.cancelled).toBe(true);
  });
});

describe("parseMultipart", () => {
  it("reads the file and the fields of a form the browser sends", async () => {
    const form = new FormData();
    form.set("file", new File([makePng(2, 2)], "logo.png", { type: "image/png" }));
    form.set("alt", "Lighthouse Pictures");
    form.set("revision", "3");
    const req = new Request("http://localhost/upload", { method: "POST", body: form });
    const bytes = await readBodyCapped(req, 1_000_000);
    const parsed = await parseMultipart(bytes!, req.headers.get("content-type"));
    const file = parsed?.get("file");
    expect(file).toBeInstanceOf(File);
    expect((file as File).name).toBe("logo.png");
    expect(new Uint8Array(await (file as File).arrayBuffer())).toEqual(makePng(2, 2));
    expect(parsed?.get("alt")).toBe("Lighthouse Pictures");
    expect(parsed?.get("revision")).toBe("3");
  });

  it("is null for JSON or a broken multipart body", async () => {
    expect(await parseMultipart(new TextEncoder().encode("{}"), "application/json")).toBeNull();
    expect(await parseMultipart(new TextEncoder().encode("garbage"), "multipart/form-data; boundary=xyz")).toBeNull();
    expect(await parseMultipart(new Uint8Array(0), null)).toBeNull();
  });
});
