// `--format json`: one array of every input's object.
import type { OutputObject } from './output';

export const formatJson = (objects: OutputObject[]): string => `${JSON.stringify(objects, null, 2)}\n`;
