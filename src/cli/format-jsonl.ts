// `--format jsonl`: one object per line, written as each input is done.
import type { OutputObject } from './output';

export const jsonLine = (object: OutputObject): string => `${JSON.stringify(object)}\n`;
