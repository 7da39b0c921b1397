// A tiny runtime validator for the messages' envelopes (type, flags, ids), so nothing sent by a page-facing context
// reaches the UI or the badge unchecked. The model data they carry (results, findings) is checked by the model's own
// shapes, described once in src/model/validate.ts.

export type Guard<T> = (v: unknown) => v is T;
type Infer<G> = G extends Guard<infer T> ? T : never;

export const isString: Guard<string> = (v): v is string => typeof v === 'string';
export const isNumber: Guard<number> = (v): v is number => typeof v === 'number' && Number.isFinite(v);
export const isBoolean: Guard<boolean> = (v): v is boolean => typeof v === 'boolean';
/** any non-array object; its fields are checked where they are used */
export const isObject: Guard<Record<string, unknown>> = (v): v is Record<string, unknown> => isPlainObject(v);

export const literal = <T extends string>(...values: T[]): Guard<T> =>
  (v): v is T => typeof v === 'string' && (values as string[]).includes(v);

export const nullable = <T>(g: Guard<T>): Guard<T | null> => (v): v is T | null => v === null || g(v);
export const optional = <T>(g: Guard<T>): Guard<T | undefined> => (v): v is T | undefined => v === undefined || g(v);
export const either = <A, B>(a: Guard<A>, b: Guard<B>): Guard<A | B> => (v): v is A | B => a(v) || b(v);

/** an array of at most `max` items, each passing `g` */
export const arrayOf = <T>(g: Guard<T>, max = 10_000): Guard<T[]> =>
  (v): v is T[] => Array.isArray(v) && v.length <= max && v.every(g);

export const recordOf = <T>(g: Guard<T>): Guard<Record<string, T>> =>
  (v): v is Record<string, T> => isPlainObject(v) && Object.values(v).every(g);

/** an object whose listed fields pass their guards (other fields are allowed and ignored) */
export function shape<S extends Record<string, Guard<unknown>>>(fields: S): Guard<{ [K in keyof S]: Infer<S[K]> }> {
  const entries = Object.entries(fields);
  return (v): v is { [K in keyof S]: Infer<S[K]> } =>
    isPlainObject(v) && entries.every(([k, g]) => g((v as Record<string, unknown>)[k]));
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
