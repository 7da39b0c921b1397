// Text from pages and servers shown to a person at a terminal (the table format, notes on stderr): control characters
// and bidirectional overrides made visible, so that a report's title, an agency's name, a file name or an HTTP reason
// phrase cannot clear the screen, retitle the window, recolour a verdict or reverse a line. JSON, JSON Lines and CSV
// are data and stay exact.

/** C0 controls but newline, DEL, C1 controls, and the bidi embeddings, overrides, isolates and marks */
const HIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escape = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** `text` with every character that would act on the terminal written as a visible escape (\x1b, \u202e) */
export const visible = (text: string): string => text.replace(HIDDEN, escape);

/** one line for a person: newlines inside it become visible too, so a value cannot forge a line of its own */
export const visibleLine = (text: string): string => visible(text).replace(/\n/g, '\\n');
