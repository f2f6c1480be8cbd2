import * as z from 'zod/mini';

/**
 * WebAuthn JSON shapes (WebAuthn L3 § 5.1.8, `toJSON()`), checked loosely: the server library
 * verifies every byte; these schemas only keep malformed or oversized input away from it.
 */
const base64url = z.string().check(z.maxLength(16384), z.regex(/^[A-Za-z0-9_-]*$/));

const CredentialBase = {
  id: base64url,
  rawId: base64url,
  type: z.literal('public-key'),
  clientExtensionResults: z.looseObject({}),
  authenticatorAttachment: z.optional(z.enum(['platform', 'cross-platform'])),
};

export const AuthenticationCredential = z.looseObject({
  ...CredentialBase,
  response: z.looseObject({
    clientDataJSON: base64url,
    authenticatorData: base64url,
    signature: base64url,
    userHandle: z.optional(base64url),
  }),
});
export type AuthenticationCredential = z.infer<typeof AuthenticationCredential>;

export const RegistrationCredential = z.looseObject({
  ...CredentialBase,
  response: z.looseObject({
    clientDataJSON: base64url,
    attestationObject: base64url,
    transports: z.optional(z.array(z.string().check(z.maxLength(32))).check(z.maxLength(10))),
  }),
});
export type RegistrationCredential = z.infer<typeof RegistrationCredential>;

/** `PublicKeyCredentialRequestOptionsJSON` as the server sends it. */
export const RequestOptions = z.looseObject({
  challenge: base64url,
  rpId: z.optional(z.string()),
  timeout: z.optional(z.number()),
  userVerification: z.optional(z.enum(['required', 'preferred', 'discouraged'])),
  allowCredentials: z.optional(
    z.array(z.looseObject({ id: base64url, type: z.literal('public-key') })),
  ),
});

/** `PublicKeyCredentialCreationOptionsJSON` as the server sends it. */
export const CreationOptions = z.looseObject({
  challenge: base64url,
  rp: z.looseObject({ name: z.string(), id: z.optional(z.string()) }),
  user: z.looseObject({ id: base64url, name: z.string(), displayName: z.string() }),
  pubKeyCredParams: z.array(z.looseObject({ alg: z.number(), type: z.literal('public-key') })),
});
