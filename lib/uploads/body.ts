/**
 * Reads a request body without trusting its Content-Length: the stream is read chunk by
 * chunk and abandoned as soon as it passes `maxBytes`, so an oversized or endless upload
 * costs at most `maxBytes` of memory. Web-standard Request only (no framework).
 *
 * Returns the bytes, or null when the body is longer than `maxBytes`.
 */
export async function readBodyCapped(req: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = req.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) return null;
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Parses a multipart/form-data body already read into memory (with the request's
 * Content-Type and its boundary). Null when it isn't valid multipart.
 */
export async function parseMultipart(bytes: Uint8Array<ArrayBuffer>, contentType: string | null): Promise<FormData | null> {
  if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) return null;
  try {
    return await new Response(bytes, { headers: { "content-type": contentType } }).formData();
  } catch {
    return null;
  }
}
