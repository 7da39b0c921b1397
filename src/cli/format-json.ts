// `--format json`: one array of every input's object, written one object at a time (the same text as
// JSON.stringify(array, null, 2), without holding the array).

export const JSON_OPEN = '[\n';
export const JSON_CLOSE = '\n]\n';
export const JSON_EMPTY = '[]\n';

/** one element of the array, indented as inside it; `first` decides the separator before it */
export const jsonElement = (object: unknown, first: boolean): string =>
  `${first ? '' : ',\n'}${JSON.stringify(object, null, 2).replace(/^/gm, '  ')}`;
