import * as z from 'zod/mini';
import { onFirstUse } from './route.js';

/**
 * WebAuthn JSON shapes (WebAuthn L3 § 5.1.8, `toJSON()`). Credentials the server receives are
 * checked loosely: the server library verifies every byte; these schemas only keep malformed or
 * oversized input away from it. Options the browser receives are checked for the challenge only:
 * `navigator.credentials` validates every other member itself, so checking them here would only
 * make every sign-in page heavier.
 */

// Only the server parses credentials. Every call building them is marked pure, nested ones too, so
// browser bundles drop them: bundlers keep a whole schema whose arguments may have side effects.
const base64url = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.maxLength(16384), /* @__PURE__ */ z.regex(/^[A-Za-z0-9_-]*$/));

/* @__NO_SIDE_EFFECTS__ */
function credential<R extends z.ZodMiniType>(response: R) {
  return z.looseObject({
    id: base64url,
    rawId: base64url,
    type: z.literal('public-key'),
    clientExtensionResults: z.looseObject({}),
    authenticatorAttachment: z.optional(z.enum(['platform', 'cross-platform'])),
    response,
  });
}

export const AuthenticationCredential = /* @__PURE__ */ credential(
  /* @__PURE__ */ z.looseObject({
    clientDataJSON: base64url,
    authenticatorData: base64url,
    signature: base64url,
    userHandle: /* @__PURE__ */ z.optional(base64url),
  }),
);
export type AuthenticationCredential = z.infer<typeof AuthenticationCredential>;

const transport = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(32));

export const RegistrationCredential = /* @__PURE__ */ credential(
  /* @__PURE__ */ z.looseObject({
    clientDataJSON: base64url,
    attestationObject: base64url,
    transports: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.array(transport).check(/* @__PURE__ */ z.maxLength(10)),
    ),
  }),
);
export type RegistrationCredential = z.infer<typeof RegistrationCredential>;

/**
 * `PublicKeyCredentialRequestOptionsJSON` as the server sends it. `rpId` is read by the client
 * (to tell the passkey provider about a passkey the server does not know).
 */
export const requestOptions = /* @__PURE__ */ onFirstUse(() =>
  z.looseObject({
    challenge: z.string(),
    rpId: z.optional(z.string()),
  }),
);
export const RequestOptions = /* @__PURE__ */ requestOptions();

/** `PublicKeyCredentialCreationOptionsJSON` as the server sends it. */
export const creationOptions = /* @__PURE__ */ onFirstUse(() =>
  z.looseObject({ challenge: z.string() }),
);
export const CreationOptions = /* @__PURE__ */ creationOptions();
