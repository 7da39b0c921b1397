// Reading a fixture the way the CLI does: bytes → text (charset), then HTML or text into the page model.
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../../src/fetched/decode';
import { readHtmlString } from '../../src/node/cheerio';
import { readText } from '../../src/page/text';
import type { PageDoc } from '../../src/page/types';

export const isTextFile = (path: string) => /\.(txt|md)$/i.test(path);

export function readFixture(path: string): PageDoc {
  const { text } = decodeBytes(new Uint8Array(readFileSync(path)));
  return isTextFile(path) ? readText(text) : readHtmlString(text);
}

/** the page model of generated content */
export const readContent = (kind: 'html' | 'text', content: string): PageDoc =>
  kind === 'html' ? readHtmlString(content) : readText(content);
