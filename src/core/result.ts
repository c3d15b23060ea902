// Expected failures in core are values, not exceptions: the edge maps them to HTTP.
export type Ok<T> = { readonly ok: true; readonly value: T };
export type Err<C extends string = string> = {
  readonly ok: false;
  readonly code: C;
  readonly message: string;
  readonly details?: unknown;
};
export type Result<T, C extends string = string> = Ok<T> | Err<C>;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = <C extends string>(code: C, message: string, details?: unknown): Err<C> =>
  details === undefined ? { ok: false, code, message } : { ok: false, code, message, details };
