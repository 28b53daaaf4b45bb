// A compile-time check that a schema's inferred type and a hand-written core type are the same shape:
// `const x: Same<A, B> = true` fails to compile when a field is added to one and not the other.
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
