import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';

/**
 * A software passkey authenticator for Node tests and benchmarks: real ES256 keys, real CBOR
 * attestation objects and real signatures, so the server's WebAuthn checks run unchanged
 * (WebAuthn L3 § 6.1 authenticator data, § 6.5.4 "none" attestation, § 6.3.3 assertions).
 *
 * ```ts
 * const authenticator = createSoftAuthenticator({ origin, rpId: 'localhost' });
 * const registration = await authenticator.register(creationOptionsJSON);
 * const assertion = await authenticator.authenticate(requestOptionsJSON);
 * ```
 */
export interface SoftAuthenticatorOptions {
  /** Origin the "browser" reports in clientDataJSON. */
  origin: string;
  /** RP ID whose SHA-256 goes into authenticator data. */
  rpId: string;
  /** Whether the authenticator verifies the user (PIN, biometrics): the UV flag. Default true. */
  userVerified?: boolean;
  /** BE flag: the credential may be synced. Default false (device-bound). */
  backupEligible?: boolean;
  /** BS flag: the credential is synced now. Default false. */
  backedUp?: boolean;
  /** AAGUID in the attested credential data (`ea9b8d66-…`). Default all zeros, as "none" gives. */
  aaguid?: string;
}

/** Per-ceremony deviations, to test what the server must refuse. */
export interface CeremonyOverrides {
  origin?: string;
  rpId?: string;
  userVerified?: boolean;
  /** Sign a different challenge than the one in the options. */
  challenge?: string;
}

export interface AuthenticateOverrides extends CeremonyOverrides {
  /** Use this credential instead of the most recent one for the RP. */
  credentialId?: string;
  /** Report this signature counter (a stale one, like a cloned authenticator's); not stored. */
  counter?: number;
  /** Report this user handle (base64url) instead of the credential's own. */
  userHandle?: string | null;
}

export interface SoftCredential {
  /** Credential id, base64url. */
  id: string;
  rpId: string;
  /** User handle (base64url) from the creation options' `user.id`. */
  userHandle: string;
  /** Signature counter; incremented before each assertion. */
  counter: number;
  privateKey: KeyObject;
}

export interface SoftAuthenticator {
  readonly credentials: readonly SoftCredential[];
  register(
    options: PublicKeyCredentialCreationOptionsJSON,
    overrides?: CeremonyOverrides,
  ): Promise<RegistrationResponseJSON>;
  authenticate(
    options: PublicKeyCredentialRequestOptionsJSON,
    overrides?: AuthenticateOverrides,
  ): Promise<AuthenticationResponseJSON>;
  setCounter(credentialId: string, counter: number): void;
}

const ES256 = -7;
const flags = { UP: 0x01, UV: 0x04, BE: 0x08, BS: 0x10, AT: 0x40 } as const;

export function createSoftAuthenticator(options: SoftAuthenticatorOptions): SoftAuthenticator {
  const credentials: SoftCredential[] = [];
  const settings = { userVerified: true, backupEligible: false, backedUp: false, ...options };

  function flagByte(overrides: CeremonyOverrides, extra = 0): number {
    let value = flags.UP | extra;
    if (overrides.userVerified ?? settings.userVerified) value |= flags.UV;
    if (settings.backupEligible) value |= flags.BE;
    if (settings.backedUp) value |= flags.BS;
    return value;
  }

  function clientData(type: string, challenge: string, overrides: CeremonyOverrides): Buffer {
    return clientDataOf(type, overrides.challenge ?? challenge, overrides.origin ?? settings.origin);
  }

  return {
    credentials,

    async register(creation, overrides = {}) {
      if (!creation.pubKeyCredParams.some((param) => param.alg === ES256)) {
        throw new DOMException('ES256 not offered', 'NotSupportedError');
      }
      const rpId = overrides.rpId ?? creation.rp.id ?? settings.rpId;
      const excluded = new Set((creation.excludeCredentials ?? []).map((c) => c.id));
      if (credentials.some((c) => c.rpId === rpId && excluded.has(c.id))) {
        throw new DOMException('credential already registered', 'InvalidStateError');
      }
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const jwk = publicKey.export({ format: 'jwk' });
      const rawId = randomBytes(32);
      const coseKey = cbor(
        new Map<number, CborValue>([
          [1, 2], // kty: EC2
          [3, ES256], // alg
          [-1, 1], // crv: P-256
          [-2, Buffer.from(jwk.x ?? '', 'base64url')],
          [-3, Buffer.from(jwk.y ?? '', 'base64url')],
        ]),
      );
      const idLength = Buffer.alloc(2);
      idLength.writeUInt16BE(rawId.length);
      const authData = Buffer.concat([
        sha256(rpId),
        Buffer.from([flagByte(overrides, flags.AT)]),
        Buffer.alloc(4), // counter 0
        aaguidBytes(settings.aaguid), // all zeros unless set
        idLength,
        rawId,
        coseKey,
      ]);
      const attestationObject = cbor(
        new Map<string, CborValue>([
          ['fmt', 'none'],
          ['attStmt', new Map()],
          ['authData', authData],
        ]),
      );
      const id = rawId.toString('base64url');
      credentials.push({ id, rpId, userHandle: creation.user.id, counter: 0, privateKey });
      return {
        id,
        rawId: id,
        type: 'public-key',
        authenticatorAttachment: 'platform',
        clientExtensionResults: {},
        response: {
          clientDataJSON: clientData('webauthn.create', creation.challenge, overrides).toString(
            'base64url',
          ),
          attestationObject: attestationObject.toString('base64url'),
          authenticatorData: authData.toString('base64url'),
          transports: ['internal', 'hybrid'],
          publicKeyAlgorithm: ES256,
          publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64url'),
        },
      };
    },

    async authenticate(request, overrides = {}) {
      const rpId = overrides.rpId ?? request.rpId ?? settings.rpId;
      const allowed = new Set((request.allowCredentials ?? []).map((c) => c.id));
      const candidates = credentials.filter(
        (c) =>
          (overrides.credentialId ? c.id === overrides.credentialId : c.rpId === settings.rpId) &&
          (allowed.size === 0 || allowed.has(c.id)),
      );
      const credential = candidates.at(-1);
      if (!credential) throw new DOMException('no credential for this RP', 'NotAllowedError');
      let counter = overrides.counter;
      if (counter === undefined) counter = ++credential.counter;
      const parts = assertionParts(
        rpId,
        flagByte(overrides),
        counter,
        clientData('webauthn.get', request.challenge, overrides),
      );
      // Signed on the thread pool (callback form): the "browser" should not borrow the main
      // thread from the server it talks to in benchmarks.
      const signature = await new Promise<Buffer>((resolve, reject) =>
        sign('sha256', parts.signed, signingKey(credential), (error, result) =>
          error ? reject(error) : resolve(result),
        ),
      );
      const userHandle =
        overrides.userHandle === undefined ? credential.userHandle : overrides.userHandle;
      return assertionJSON(credential.id, parts, signature, userHandle);
    },

    setCounter(credentialId, counter) {
      const credential = credentials.find((c) => c.id === credentialId);
      if (!credential) throw new Error(`unknown credential ${credentialId}`);
      credential.counter = counter;
    },
  };
}

function aaguidBytes(aaguid: string | undefined): Buffer {
  if (aaguid === undefined) return Buffer.alloc(16);
  const bytes = Buffer.from(aaguid.replace(/-/g, ''), 'hex');
  if (bytes.length !== 16) throw new Error(`not an AAGUID: ${aaguid}`);
  return bytes;
}

function sha256(data: string | Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

function clientDataOf(type: string, challenge: string, origin: string): Buffer {
  return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
}

/** ECDSA signatures in WebAuthn are ASN.1 DER, not the raw r||s of WebCrypto (§ 6.5.5). */
const signingKey = (credential: SoftCredential) =>
  ({ key: credential.privateKey, dsaEncoding: 'der' }) as const;

interface AssertionParts {
  authData: Buffer;
  clientDataJSON: Buffer;
  /** What the authenticator signs: authenticator data and the hash of the client data. */
  signed: Buffer;
}

/** Authenticator data of an assertion (§ 6.1: RP ID hash, flags, counter) and what is signed. */
function assertionParts(
  rpId: string,
  flagByte: number,
  counter: number,
  clientDataJSON: Buffer,
): AssertionParts {
  const counterBytes = Buffer.alloc(4);
  counterBytes.writeUInt32BE(counter);
  const authData = Buffer.concat([sha256(rpId), Buffer.from([flagByte]), counterBytes]);
  return { authData, clientDataJSON, signed: Buffer.concat([authData, sha256(clientDataJSON)]) };
}

function assertionJSON(
  id: string,
  parts: AssertionParts,
  signature: Buffer,
  userHandle: string | null,
): AuthenticationResponseJSON {
  return {
    id,
    rawId: id,
    type: 'public-key',
    authenticatorAttachment: 'platform',
    clientExtensionResults: {},
    response: {
      clientDataJSON: parts.clientDataJSON.toString('base64url'),
      authenticatorData: parts.authData.toString('base64url'),
      signature: signature.toString('base64url'),
      ...(userHandle === null ? {} : { userHandle }),
    },
  };
}

/**
 * An assertion by `credential`, user present and verified, signed synchronously: for load
 * generators whose request hooks cannot wait (autocannon builds the next request in the same
 * tick as the previous answer). `counter` is reported as given: 0 lets one passkey sign in on
 * many connections at once, as platform authenticators that always report 0 do.
 */
export function signAssertionSync(
  credential: SoftCredential,
  challenge: string,
  site: { origin: string; rpId: string; counter?: number },
): AuthenticationResponseJSON {
  const parts = assertionParts(
    site.rpId,
    flags.UP | flags.UV,
    site.counter ?? 0,
    clientDataOf('webauthn.get', challenge, site.origin),
  );
  const signature = sign('sha256', parts.signed, signingKey(credential));
  return assertionJSON(credential.id, parts, signature, credential.userHandle);
}

/** The CBOR subset (RFC 8949) that attestation objects and COSE keys need. */
type CborValue = number | string | Uint8Array | Map<number | string, CborValue>;

function cborHead(major: number, length: number): Buffer {
  if (length < 24) return Buffer.from([(major << 5) | length]);
  if (length < 0x100) return Buffer.from([(major << 5) | 24, length]);
  if (length < 0x10000) {
    const head = Buffer.alloc(3);
    head[0] = (major << 5) | 25;
    head.writeUInt16BE(length, 1);
    return head;
  }
  const head = Buffer.alloc(5);
  head[0] = (major << 5) | 26;
  head.writeUInt32BE(length, 1);
  return head;
}

function cbor(value: CborValue): Buffer {
  if (typeof value === 'number') {
    return value >= 0 ? cborHead(0, value) : cborHead(1, -1 - value);
  }
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([cborHead(3, bytes.length), bytes]);
  }
  if (value instanceof Uint8Array) return Buffer.concat([cborHead(2, value.length), value]);
  const parts = [cborHead(5, value.size)];
  for (const [key, item] of value) parts.push(cbor(key), cbor(item));
  return Buffer.concat(parts);
}
