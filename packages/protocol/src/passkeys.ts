import * as z from 'zod/mini';
import { route } from './route.js';
import { Empty } from './session.js';
import { CreationOptions, RegistrationCredential } from './webauthn.js';

export const PasskeyView = z.object({
  id: z.string(),
  /** A label the member recognizes: the authenticator's name where known, or the browser's. */
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.nullable(z.string()),
  /** Synced passkey (backed up to a cloud keychain) or bound to one device. */
  backedUp: z.boolean(),
});
export type PasskeyView = z.infer<typeof PasskeyView>;

export const PasskeyList = z.object({ passkeys: z.array(PasskeyView) });
export type PasskeyList = z.infer<typeof PasskeyList>;

export const AddPasskeyOptions = z.object({ options: CreationOptions });
export type AddPasskeyOptions = z.infer<typeof AddPasskeyOptions>;

export const AddPasskeyRequest = z.object({
  credential: RegistrationCredential,
  name: z.optional(z.string().check(z.trim(), z.maxLength(64))),
});
export type AddPasskeyRequest = z.infer<typeof AddPasskeyRequest>;

export const AddPasskeyResponse = z.object({ passkey: PasskeyView });
export type AddPasskeyResponse = z.infer<typeof AddPasskeyResponse>;

/** Passkeys of the signed-in member. */
export const passkeyRoutes = {
  list: route('GET', '/passkeys', Empty, PasskeyList),
  addOptions: route('POST', '/passkeys/options', Empty, AddPasskeyOptions),
  addVerify: route('POST', '/passkeys/verify', AddPasskeyRequest, AddPasskeyResponse),
};
