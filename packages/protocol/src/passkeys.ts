import * as z from 'zod/mini';
import { approvalPending } from './approve.js';
import { call, Empty, onFirstUse, route } from './route.js';
import { singleLine } from './text.js';
import { creationOptions, RegistrationCredential } from './webauthn.js';

// The answers' schemas are built on first use (`onFirstUse`, see login.ts).
const passkeyView = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    id: z.string(),
    /** A label the member recognizes: the authenticator's name where known, or the browser's. */
    name: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.nullable(z.string()),
    /** Synced passkey (backed up to a cloud keychain) or bound to one device. */
    backedUp: z.boolean(),
  }),
);
export const PasskeyView = /* @__PURE__ */ passkeyView();
export type PasskeyView = z.infer<typeof PasskeyView>;

/**
 * What the WebAuthn Signal API needs to tell the member's password manager which passkeys of this
 * account still exist and how the account is named (`signalAllAcceptedCredentials`,
 * `signalCurrentUserDetails`): the relying party id and the account's WebAuthn user handle
 * (base64url, random, never the KVNR), its name (the e-mail address) and display name.
 */
export const signalDetails = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    rpId: z.string(),
    userId: z.string(),
    name: z.string(),
    displayName: z.string(),
  }),
);
export type SignalDetails = z.infer<ReturnType<typeof signalDetails>>;

const passkeyList = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    passkeys: z.array(passkeyView()),
    signal: signalDetails(),
    /**
     * Offer to add a passkey: the member signed in with the password, has no passkey, and has not
     * said "not now" in the last 30 days.
     */
    offer: z.boolean(),
  }),
);
export const PasskeyList = /* @__PURE__ */ passkeyList();
export type PasskeyList = z.infer<typeof PasskeyList>;

const addPasskeyOptions = /* @__PURE__ */ onFirstUse(() =>
  z.object({ options: creationOptions() }),
);
export const AddPasskeyOptions = /* @__PURE__ */ addPasskeyOptions();
export type AddPasskeyOptions = z.infer<typeof AddPasskeyOptions>;

// Only the server parses it: every call is marked pure, nested ones too (see webauthn.ts).
export const AddPasskeyRequest = /* @__PURE__ */ z.object({
  credential: RegistrationCredential,
  name: /* @__PURE__ */ z.optional(/* @__PURE__ */ singleLine(64)),
});
export type AddPasskeyRequest = z.infer<typeof AddPasskeyRequest>;

const addPasskeyResponse = /* @__PURE__ */ onFirstUse(() => z.object({ passkey: passkeyView() }));
export const AddPasskeyResponse = /* @__PURE__ */ addPasskeyResponse();
export type AddPasskeyResponse = z.infer<typeof AddPasskeyResponse>;

// Only the server parses these: every call is marked pure, nested ones too (see webauthn.ts).
export const RenamePasskeyRequest = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(1024)),
  /** Trimmed; empty is refused (`VALIDATION_FAILED`, `name: empty`). */
  name: /* @__PURE__ */ singleLine(64),
});
export type RenamePasskeyRequest = z.infer<typeof RenamePasskeyRequest>;

export const RemovePasskeyRequest = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(1024)),
});
export type RemovePasskeyRequest = z.infer<typeof RemovePasskeyRequest>;

export const RemoveLastPasskeyRequest = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(1024)),
  password: /* @__PURE__ */ z
    .string()
    .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(1024)),
});
export type RemoveLastPasskeyRequest = z.infer<typeof RemoveLastPasskeyRequest>;

/** Passkeys of the signed-in member. */
const list = /* @__PURE__ */ call('GET', '/passkeys', passkeyList);
const addOptions = /* @__PURE__ */ call('POST', '/passkeys/options', addPasskeyOptions);
const addVerify = /* @__PURE__ */ call('POST', '/passkeys/verify', addPasskeyResponse);

/** A new name the member chose; answers the passkey as it is now. */
const rename = /* @__PURE__ */ call('POST', '/passkeys/rename', addPasskeyResponse);
/**
 * Removing a passkey while another remains: answers a pending approval, to be approved with one of
 * the other passkeys (never the one being removed); removed once approved. The last passkey is
 * refused here (`VALIDATION_FAILED`, `id: last`): `removeLast` takes the password instead.
 */
const remove = /* @__PURE__ */ call('POST', '/passkeys/remove', approvalPending);
/** Removes the member's only passkey after checking the password (throttled as a sign-in). */
const removeLast = /* @__PURE__ */ call('POST', '/passkeys/remove-last', passkeyList);
/** "Not now" to the offer to add a passkey: not offered again for 30 days. */
const dismissOffer = /* @__PURE__ */ call('POST', '/passkeys/offer/dismiss', passkeyList);

export const passkeyCalls = { list, addOptions, addVerify, rename, remove, removeLast, dismissOffer };

/**
 * Adding a passkey alone, for every flow that adds one (`<pk-passkeys>`, registration): a bundler
 * keeps every property of an object whose property is read, and with `passkeyCalls.list` the
 * list's schema, which registration never parses.
 */
export const addPasskeyCalls = { addOptions, addVerify };

export const passkeyRoutes = {
  list: /* @__PURE__ */ route(list, Empty),
  addOptions: /* @__PURE__ */ route(addOptions, Empty),
  addVerify: /* @__PURE__ */ route(addVerify, AddPasskeyRequest),
  rename: /* @__PURE__ */ route(rename, RenamePasskeyRequest),
  remove: /* @__PURE__ */ route(remove, RemovePasskeyRequest),
  removeLast: /* @__PURE__ */ route(removeLast, RemoveLastPasskeyRequest),
  dismissOffer: /* @__PURE__ */ route(dismissOffer, Empty),
};
