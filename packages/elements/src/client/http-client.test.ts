import { expect } from '@open-wc/testing';
import { ClientError } from './client-error.js';
import '../index.js';
import { createClient } from './http-client.js';

interface Sent {
  url: string;
  init: RequestInit;
}

const session = {
  signedIn: true,
  member: { displayName: 'Erika Mustermann' },
  method: 'password',
  idleExpiresIn: 900,
  absoluteExpiresIn: 43200,
  idleTimeout: 900,
};

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

/** A fetch that answers each request with the next response (or throws it if it is an Error). */
function fakeFetch(...answers: (Response | Error | ((init: RequestInit) => Promise<Response>))[]) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    sent.push({ url: String(input), init });
    const answer = answers.shift();
    if (answer instanceof Error) throw answer;
    if (typeof answer === 'function') return answer(init);
    if (!answer) throw new Error('unexpected request');
    return answer;
  };
  return { sent, fetch: fetch as typeof globalThis.fetch };
}

async function rejection(promise: Promise<unknown>): Promise<ClientError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ClientError);
    return error as ClientError;
  }
  throw new Error('expected a rejection');
}

const b64 = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const bytes = (text: string) => new TextEncoder().encode(text).buffer;

/** What `navigator.credentials.get` resolves with, as far as the client reads it. */
const assertion = {
  id: b64('credential-1'),
  rawId: bytes('credential-1'),
  type: 'public-key',
  authenticatorAttachment: 'platform',
  response: {
    authenticatorData: bytes('authenticator-data'),
    clientDataJSON: bytes('{}'),
    signature: bytes('signature'),
    userHandle: bytes('user'),
  },
  getClientExtensionResults: () => ({}),
};

const requestOptions = { options: { challenge: b64('challenge'), rpId: 'localhost' } };

/** Replaces `navigator.credentials.get` for one test. */
function stubCredentialsGet(get: (options: CredentialRequestOptions) => Promise<unknown>) {
  const original = navigator.credentials.get;
  Object.defineProperty(navigator.credentials, 'get', { value: get, configurable: true });
  return () =>
    Object.defineProperty(navigator.credentials, 'get', { value: original, configurable: true });
}

/** Replaces `navigator.credentials.create` for one test. */
function stubCredentialsCreate(create: (options: CredentialCreationOptions) => Promise<unknown>) {
  const original = navigator.credentials.create;
  Object.defineProperty(navigator.credentials, 'create', { value: create, configurable: true });
  return () =>
    Object.defineProperty(navigator.credentials, 'create', { value: original, configurable: true });
}

const text = (buffer: BufferSource | undefined) =>
  new TextDecoder().decode(buffer as ArrayBuffer | Uint8Array<ArrayBuffer>);

/** Like the browser: a pending `get` rejects with an AbortError when its signal aborts. */
const pendingGet = (options: CredentialRequestOptions) =>
  new Promise((_, reject) =>
    options.signal?.addEventListener('abort', () =>
      reject(new DOMException('aborted', 'AbortError')),
    ),
  );

describe('createClient', () => {
  it('posts JSON to the route below the base URL with same-origin credentials', async () => {
    const { sent, fetch } = fakeFetch(json({ session }));
    const client = createClient({ api: '/portal/', fetch });
    const response = await client.loginWithPassword({
      identifier: 'A123456780',
      password: 'geheim',
    });
    expect(response.session.member.displayName).to.equal('Erika Mustermann');
    expect(sent[0]!.url).to.equal('/portal/login/password');
    expect(sent[0]!.init.method).to.equal('POST');
    expect(sent[0]!.init.credentials).to.equal('same-origin');
    expect((sent[0]!.init.headers as Record<string, string>)['Content-Type']).to.equal(
      'application/json',
    );
    expect(JSON.parse(String(sent[0]!.init.body))).to.deep.equal({
      identifier: 'A123456780',
      password: 'geheim',
    });
  });

  it('reads the session with a GET without a body', async () => {
    const { sent, fetch } = fakeFetch(json({ signedIn: false }));
    const state = await createClient({ api: '/portal', fetch }).session();
    expect(state).to.deep.equal({ signedIn: false });
    expect(sent[0]!.init.method).to.equal('GET');
    expect(sent[0]!.init.body).to.equal(null);
  });

  it('turns an error body into a ClientError with its code, fields and retry time', async () => {
    const { fetch } = fakeFetch(
      json({ error: { code: 'RATE_LIMITED', retryAfter: 120 } }, 429),
      json({ error: { code: 'VALIDATION_FAILED', fields: { identifier: 'kvnrFormat' } } }, 400),
    );
    const client = createClient({ api: '/portal', fetch });
    const limited = await rejection(client.loginWithPassword({ identifier: 'x', password: 'y' }));
    expect([limited.code, limited.status, limited.retryAfter]).to.deep.equal([
      'RATE_LIMITED',
      429,
      120,
    ]);
    const invalid = await rejection(client.loginWithPassword({ identifier: 'x', password: 'y' }));
    expect(invalid.fields).to.deep.equal({ identifier: 'kvnrFormat' });
  });

  it('rejects a success body that does not match the route with RESPONSE_INVALID', async () => {
    const { fetch } = fakeFetch(json({ session: { signedIn: 'yes' } }));
    const error = await rejection(
      createClient({ api: '/portal', fetch }).loginWithPassword({
        identifier: 'x',
        password: 'y',
      }),
    );
    expect(error.code).to.equal('RESPONSE_INVALID');
  });

  it('reports gateway pages as NETWORK and other non-JSON errors as RESPONSE_INVALID', async () => {
    const html = (status: number) =>
      new Response('<h1>Bad Gateway</h1>', { status, headers: { 'Content-Type': 'text/html' } });
    const { fetch } = fakeFetch(html(502), html(503), html(504), html(500), html(404));
    const client = createClient({ api: '/portal', fetch });
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await rejection(client.listPasskeys())).code);
    expect(codes).to.deep.equal([
      'NETWORK',
      'NETWORK',
      'NETWORK',
      'RESPONSE_INVALID',
      'RESPONSE_INVALID',
    ]);
  });

  it('reads Retry-After of a rate limit answered by a proxy', async () => {
    const { fetch } = fakeFetch(
      new Response('slow down', { status: 429, headers: { 'Retry-After': '60' } }),
    );
    const error = await rejection(createClient({ api: '/portal', fetch }).listPasskeys());
    expect([error.code, error.retryAfter]).to.deep.equal(['RATE_LIMITED', 60]);
  });

  it('reports a failed fetch as NETWORK, and an aborted one as aborted', async () => {
    const { fetch } = fakeFetch(
      new TypeError('Failed to fetch'),
      new DOMException('stop', 'AbortError'),
    );
    const client = createClient({ api: '/portal', fetch });
    const failed = await rejection(client.loginWithPassword({ identifier: 'x', password: 'y' }));
    expect([failed.code, failed.aborted]).to.deep.equal(['NETWORK', undefined]);
    const controller = new AbortController();
    controller.abort();
    const aborted = await rejection(
      client.loginWithPassword({ identifier: 'x', password: 'y' }, { signal: controller.signal }),
    );
    expect([aborted.code, aborted.aborted]).to.deep.equal(['NETWORK', true]);
  });

  it('reports what the browser can do with passkeys', async () => {
    const support = await createClient({ api: '/portal' }).passkeySupport();
    expect(support.available).to.be.a('boolean');
    expect(support.autofill).to.be.a('boolean');
  });

  describe('passkey sign-in', () => {
    it('gets options, asks the authenticator and verifies the assertion', async () => {
      const restore = stubCredentialsGet(async () => assertion);
      try {
        const { sent, fetch } = fakeFetch(
          json(requestOptions),
          json({ session: { ...session, method: 'passkey' } }),
        );
        const response = await createClient({ api: '/portal', fetch }).loginWithPasskey();
        expect(response.session.method).to.equal('passkey');
        expect(sent.map((request) => request.url)).to.deep.equal([
          '/portal/login/passkey/options',
          '/portal/login/passkey/verify',
        ]);
        const { credential } = JSON.parse(String(sent[1]!.init.body));
        expect(credential.id).to.equal(assertion.id);
        expect(credential.response.signature).to.equal(b64('signature'));
      } finally {
        restore();
      }
    });

    it('passes the challenge as bytes, and autofill as conditional mediation', async () => {
      const seen: CredentialRequestOptions[] = [];
      const restore = stubCredentialsGet(async (options) => {
        seen.push(options);
        return assertion;
      });
      // Autofill offers passkeys in a field that asks for them.
      const field = document.createElement('input');
      field.autocomplete = 'username webauthn';
      document.body.append(field);
      try {
        const { fetch } = fakeFetch(json(requestOptions), json({ session }));
        await createClient({ api: '/portal', fetch }).loginWithPasskey({ autofill: true });
        const [options] = seen;
        expect(text(options!.publicKey!.challenge)).to.equal('challenge');
        expect(options!.publicKey!.rpId).to.equal('localhost');
        // Discoverable credentials: no list, so every passkey for this site is offered.
        expect(options!.publicKey!.allowCredentials ?? []).to.have.length(0);
        expect(options!.mediation).to.equal('conditional');
        expect(options!.signal).to.be.instanceOf(AbortSignal);
      } finally {
        field.remove();
        restore();
      }
    });

    it('asks the passkey provider to hide a passkey the server does not know', async () => {
      const restore = stubCredentialsGet(async () => assertion);
      const signals: unknown[] = [];
      const pkc = PublicKeyCredential as unknown as Record<string, unknown>;
      const original = pkc['signalUnknownCredential'];
      pkc['signalUnknownCredential'] = async (options: unknown) => {
        signals.push(options);
      };
      try {
        const { fetch } = fakeFetch(
          json(requestOptions),
          json({ error: { code: 'PASSKEY_UNKNOWN' } }, 401),
        );
        const error = await rejection(createClient({ api: '/portal', fetch }).loginWithPasskey());
        expect(error.code).to.equal('PASSKEY_UNKNOWN');
        expect(signals).to.deep.equal([{ rpId: 'localhost', credentialId: assertion.id }]);
      } finally {
        pkc['signalUnknownCredential'] = original;
        restore();
      }
    });

    it('treats a closed passkey prompt as a cancellation, not a failure', async () => {
      const restore = stubCredentialsGet(async () => {
        throw new DOMException(
          'The operation either timed out or was not allowed.',
          'NotAllowedError',
        );
      });
      try {
        const { fetch } = fakeFetch(json(requestOptions));
        const error = await rejection(createClient({ api: '/portal', fetch }).loginWithPasskey());
        expect([error.code, error.aborted]).to.deep.equal(['PASSKEY_CANCELLED', undefined]);
      } finally {
        restore();
      }
    });

    it('aborts the running ceremony when another starts or cancelPasskey() is called', async () => {
      const restore = stubCredentialsGet(pendingGet);
      try {
        const { fetch } = fakeFetch(json(requestOptions), json(requestOptions));
        const client = createClient({ api: '/portal', fetch });
        const first = client.loginWithPasskey();
        await new Promise((resolve) => setTimeout(resolve, 20));
        const second = client.loginWithPasskey();
        const superseded = await rejection(first);
        expect([superseded.code, superseded.aborted]).to.deep.equal(['PASSKEY_CANCELLED', true]);
        await new Promise((resolve) => setTimeout(resolve, 20));
        client.cancelPasskey();
        const cancelled = await rejection(second);
        expect([cancelled.code, cancelled.aborted]).to.deep.equal(['PASSKEY_CANCELLED', true]);
      } finally {
        restore();
      }
    });

    it('does not open a prompt for a ceremony cancelled while its options were loading', async () => {
      let prompts = 0;
      const restore = stubCredentialsGet(async (options) => {
        prompts++;
        return pendingGet(options);
      });
      try {
        let answer: (response: Response) => void = () => undefined;
        const { fetch } = fakeFetch(() => new Promise((resolve) => (answer = resolve)));
        const client = createClient({ api: '/portal', fetch });
        const pending = client.loginWithPasskey();
        await new Promise((resolve) => setTimeout(resolve, 10));
        client.cancelPasskey();
        answer(json(requestOptions));
        const error = await rejection(pending);
        expect([error.code, error.aborted, prompts]).to.deep.equal(['PASSKEY_CANCELLED', true, 0]);
      } finally {
        restore();
      }
    });
  });

  describe('adding a passkey', () => {
    const creationOptions = {
      options: {
        challenge: b64('challenge'),
        rp: { name: 'Testkasse', id: 'localhost' },
        user: { id: b64('user-handle'), name: 'erika@example.de', displayName: 'Erika' },
        pubKeyCredParams: [{ alg: -7, type: 'public-key' }],
        excludeCredentials: [{ id: b64('old'), type: 'public-key', transports: ['internal'] }],
      },
    };
    const attestation = {
      id: b64('credential-2'),
      rawId: bytes('credential-2'),
      type: 'public-key',
      authenticatorAttachment: null,
      response: {
        clientDataJSON: bytes('{}'),
        attestationObject: bytes('attestation'),
        getTransports: () => ['internal', 'hybrid'],
      },
      getClientExtensionResults: () => ({ credProps: { rk: true } }),
    };

    it('gets options, creates the passkey and sends it with its name', async () => {
      const seen: CredentialCreationOptions[] = [];
      const restore = stubCredentialsCreate(async (options) => {
        seen.push(options);
        return attestation;
      });
      try {
        const { sent, fetch } = fakeFetch(
          json(creationOptions),
          json({
            passkey: {
              id: 'pk-2',
              name: 'Laptop',
              createdAt: '2026-11-28T10:00:00Z',
              lastUsedAt: null,
              backedUp: false,
            },
          }),
        );
        const response = await createClient({ api: '/portal', fetch }).addPasskey({
          name: 'Laptop',
        });
        expect(response.passkey.name).to.equal('Laptop');
        expect(sent.map((request) => request.url)).to.deep.equal([
          '/portal/passkeys/options',
          '/portal/passkeys/verify',
        ]);
        const publicKey = seen[0]!.publicKey!;
        expect(text(publicKey.challenge)).to.equal('challenge');
        expect(text(publicKey.user.id)).to.equal('user-handle');
        expect(text(publicKey.excludeCredentials![0]!.id)).to.equal('old');
        expect(publicKey.excludeCredentials![0]!.transports).to.deep.equal(['internal']);
        expect(JSON.parse(String(sent[1]!.init.body))).to.deep.equal({
          credential: {
            id: attestation.id,
            rawId: attestation.id,
            type: 'public-key',
            response: {
              clientDataJSON: b64('{}'),
              attestationObject: b64('attestation'),
              transports: ['internal', 'hybrid'],
            },
            clientExtensionResults: { credProps: { rk: true } },
          },
          name: 'Laptop',
        });
      } finally {
        restore();
      }
    });

    it('reports a passkey the authenticator already holds as a failure, not a cancellation', async () => {
      const restore = stubCredentialsCreate(async () => {
        throw new DOMException('already registered', 'InvalidStateError');
      });
      try {
        const { fetch } = fakeFetch(json(creationOptions));
        const error = await rejection(createClient({ api: '/portal', fetch }).addPasskey());
        expect([error.code, error.aborted]).to.deep.equal(['PASSKEY_FAILED', undefined]);
      } finally {
        restore();
      }
    });
  });
});
