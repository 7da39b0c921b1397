// What bytes are before they are read: an attachment by its address, text that came out garbled. The binary check on
// the bytes themselves is looksBinary in decode.ts.

/** links to files that are not web pages: the checker reads only HTML and text */
export const ATTACHMENT = /\.(?:pdf|docx?|xlsx?|pptx?|wps|et|ofd|zip|rar|7z|jpe?g|png|gif)$/i;

/** the attachment's extension (".pdf"), lower case, when the address names a file that is not a web page */
export function attachmentOf(url: string): string | null {
  return ATTACHMENT.exec(new URL(url).pathname)?.[0].toLowerCase() ?? null;
}

/** text that came out with many replacement characters was read in the wrong encoding, or is no text */
export function garbled(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  return bad > 16 && bad > text.length / 100;
}
