import { createHash, sign } from 'node:crypto';
import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { SoftCredential } from '../support/soft-authenticator.js';

/**
 * A passkey assertion signed synchronously, for load generators whose request hooks cannot wait
 * (autocannon builds the next request in the same tick as the previous answer). It makes what
 * `SoftAuthenticator.authenticate` makes (WebAuthn L3 § 6.1 authenticator data with UP and UV,
 * § 6.5.5 DER signature over authenticator data and the hash of clientDataJSON), with the
 * signature counter given by the caller: 0 lets one passkey sign in on many connections at once,
 * as platform authenticators that always report 0 do (the server accepts 0 while it stores 0).
 */
export function signAssertion(
  credential: SoftCredential,
  challenge: string,
  site: { origin: string; rpId: string; counter?: number },
): AuthenticationResponseJSON {
  const counter = Buffer.alloc(4);
  counter.writeUInt32BE(site.counter ?? 0);
  const flags = 0x01 | 0x04; // user present, user verified
  const authData = Buffer.concat([sha256(site.rpId), Buffer.from([flags]), counter]);
  const clientDataJSON = Buffer.from(
    JSON.stringify({ type: 'webauthn.get', challenge, origin: site.origin, crossOrigin: false }),
  );
  const signature = sign('sha256', Buffer.concat([authData, sha256(clientDataJSON)]), {
    key: credential.privateKey,
    dsaEncoding: 'der',
  });
  return {
    id: credential.id,
    rawId: credential.id,
    type: 'public-key',
    authenticatorAttachment: 'platform',
    clientExtensionResults: {},
    response: {
      clientDataJSON: clientDataJSON.toString('base64url'),
      authenticatorData: authData.toString('base64url'),
      signature: signature.toString('base64url'),
      userHandle: credential.userHandle,
    },
  };
}

function sha256(data: string | Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}
