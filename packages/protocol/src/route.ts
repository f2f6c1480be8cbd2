import * as z from 'zod/mini';

export type Method = 'GET' | 'POST';

/**
 * What the browser needs of a route: where the request goes and the schema its answer is checked
 * with. The input schema stays out of it, so a page that only sends sign-in requests does not
 * download the server's input checks.
 */
export interface Call<O extends z.ZodMiniType = z.ZodMiniType> {
  method: Method;
  /** Path below the portal's base path, e.g. `/login/password`. */
  path: string;
  output: O;
}

/** One HTTP route of the contract: a call and the input the server validates. */
export interface Route<
  I extends z.ZodMiniType = z.ZodMiniType,
  O extends z.ZodMiniType = z.ZodMiniType,
> extends Call<O> {
  input: I;
}

/**
 * Builds a value when it is first asked for, once. The schemas of the answers a browser parses are
 * written with it (`loginResponse()` is `LoginResponse`): an element file builds them when the
 * first answer arrives, not while its module is evaluated before the form shows (issue 25: about
 * 2 of the 7 ms that evaluating `<pk-login>`'s file took at full speed). The server and types use
 * the constants, built by the same functions, so both sides share one schema object.
 */
/* @__NO_SIDE_EFFECTS__ */
export function onFirstUse<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/**
 * `output` is the answer's schema, or a function that builds it (`onFirstUse`), which the call asks
 * for at its first answer: every call of the contract is written so.
 */
/* @__NO_SIDE_EFFECTS__ */
export function call<O extends z.ZodMiniType>(
  method: Method,
  path: string,
  output: O | (() => O),
): Call<O> {
  if (typeof output !== 'function') return { method, path, output };
  return {
    method,
    path,
    get output() {
      return (output as () => O)();
    },
  };
}

/* @__NO_SIDE_EFFECTS__ */
export function route<I extends z.ZodMiniType, O extends z.ZodMiniType>(
  target: Call<O>,
  input: I,
): Route<I, O> {
  return { ...target, input };
}

export type RouteInput<R> = R extends Route<infer I, z.ZodMiniType> ? z.input<I> : never;
export type RouteOutput<R> = R extends Call<infer O> ? z.output<O> : never;

/** The body of a request that carries nothing (the server still requires a JSON object). */
export const Empty = /* @__PURE__ */ z.object({});
