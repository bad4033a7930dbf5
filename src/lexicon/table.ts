/**
 * a lookup table keyed by words or marks, with no prototype: a word such as "constructor" or
 * "toString" finds nothing it did not put there (a plain object literal answers them with
 * Object's own functions: "the Gaza Constructor" was a place of kind `function Object()`)
 */
export const wordTable = <T>(rows: Record<string, T>): Readonly<Record<string, T>> => Object.freeze(Object.assign(Object.create(null), rows));
