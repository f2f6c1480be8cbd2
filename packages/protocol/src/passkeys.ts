import * as z from 'zod/mini';
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

const passkeyList = /* @__PURE__ */ onFirstUse(() =>
  z.object({ passkeys: z.array(passkeyView()) }),
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

/** Passkeys of the signed-in member. */
const list = /* @__PURE__ */ call('GET', '/passkeys', passkeyList);
const addOptions = /* @__PURE__ */ call('POST', '/passkeys/options', addPasskeyOptions);
const addVerify = /* @__PURE__ */ call('POST', '/passkeys/verify', addPasskeyResponse);

export const passkeyCalls = { list, addOptions, addVerify };

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
};
