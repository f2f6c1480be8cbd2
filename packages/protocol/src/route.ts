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

/* @__NO_SIDE_EFFECTS__ */
export function call<O extends z.ZodMiniType>(method: Method, path: string, output: O): Call<O> {
  return { method, path, output };
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
