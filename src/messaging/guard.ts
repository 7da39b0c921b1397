// Guards for the messages between the extension's parts, so nothing sent by a page-facing context reaches the UI or
// the badge unchecked: the same checks as everywhere else (src/model/validate.ts), as type guards that nest.
import {
  anyObject, boolean, checkOf, dict, either as eitherCheck, guard, list, nullable as nullableCheck, number, object, oneOf,
  optional as optionalCheck, text, type Guard,
} from '../model/validate';

export type { Guard };
type Infer<G> = G extends Guard<infer T> ? T : never;

export const isString: Guard<string> = guard<string>(text);
export const isNumber: Guard<number> = guard<number>(number);
export const isBoolean: Guard<boolean> = guard<boolean>(boolean);
/** any non-array object; its fields are checked where they are used */
export const isObject: Guard<Record<string, unknown>> = guard<Record<string, unknown>>(anyObject);

export const literal = <T extends string>(...values: T[]): Guard<T> => guard<T>(oneOf(...values));

export const nullable = <T>(g: Guard<T>): Guard<T | null> => guard<T | null>(nullableCheck(checkOf(g)));
export const optional = <T>(g: Guard<T>): Guard<T | undefined> => guard<T | undefined>(optionalCheck(checkOf(g)));
export const either = <A, B>(a: Guard<A>, b: Guard<B>): Guard<A | B> => guard<A | B>(eitherCheck(checkOf(a), checkOf(b), 'one of two shapes'));

/** an array of at most `max` items, each passing `g` */
export const arrayOf = <T>(g: Guard<T>, max = 10_000): Guard<T[]> => guard<T[]>(list(checkOf(g), max));

export const recordOf = <T>(g: Guard<T>): Guard<Record<string, T>> => guard<Record<string, T>>(dict(checkOf(g)));

/** an object whose listed fields pass their guards (other fields are allowed and ignored) */
export function shape<S extends Record<string, Guard<unknown>>>(fields: S): Guard<{ [K in keyof S]: Infer<S[K]> }> {
  return guard(object(Object.fromEntries(Object.entries(fields).map(([k, g]) => [k, checkOf(g)]))));
}
