// Reading bytes with a cap that is counted while they arrive — a response body after decompression, standard input —
// so that an endless or huge body, or a small compressed "bomb", stops at the cap instead of filling memory.
// Platform-neutral: web streams and async iterables, the same in Node and in the extension.

/** the most the auditor reads of one file, page or standard input */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** more bytes than the cap: `cap` in bytes, for the message */
export class TooLarge extends Error {
  constructor(readonly cap: number) {
    super(`larger than ${megabytes(cap)} MB (the most that is read)`);
  }
}

export const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** all of `chunks`, or TooLarge as soon as more than `cap` bytes have come */
export async function readCapped(chunks: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array> | null, cap: number): Promise<Uint8Array> {
  if (!chunks) return new Uint8Array(0);
  const parts: Uint8Array[] = [];
  let size = 0;
  const take = (chunk: Uint8Array) => {
    size += chunk.byteLength;
    if (size > cap) throw new TooLarge(cap);
    parts.push(chunk);
  };
  if ('getReader' in chunks) {
    const reader = chunks.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        take(value);
      }
    } catch (e) {
      // stop the transfer (and the decompression behind it) at once
      void reader.cancel().catch(() => undefined);
      throw e;
    }
  } else {
    for await (const chunk of chunks) take(chunk);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.byteLength; }
  return out;
}
