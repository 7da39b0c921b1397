// Text that came out garbled. What a file is by its address or leading bytes is format.ts; the binary check on the
// bytes themselves is looksBinary in decode.ts.

/** text that came out with many replacement characters was read in the wrong encoding, or is no text */
export function garbled(text: string): boolean {
  // jumping from one U+FFFD to the next (indexOf is a fast native scan) settles the usual page, which has none
  let bad = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) bad++;
  return bad > 16 && bad > text.length / 100;
}
