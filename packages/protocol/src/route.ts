import type * as z from 'zod/mini';

export type Method = 'GET' | 'POST';

/** One HTTP route of the contract: declared once, used by the client and the server. */
export interface Route<
  I extends z.ZodMiniType = z.ZodMiniType,
  O extends z.ZodMiniType = z.ZodMiniType,
> {
  method: Method;
  /** Path below the portal's base path, e.g. `/login/password`. */
  path: string;
  input: I;
  output: O;
}

export function route<I extends z.ZodMiniType, O extends z.ZodMiniType>(
  method: Method,
  path: string,
  input: I,
  output: O,
): Route<I, O> {
  return { method, path, input, output };
}

export type RouteInput<R> = R extends Route<infer I, z.ZodMiniType> ? z.input<I> : never;
export type RouteOutput<R> = R extends Route<z.ZodMiniType, infer O> ? z.output<O> : never;
