// The WebAuthn Signal API as a test needs it: present and recorded, failing, or missing.

type Api = Record<'signalAllAcceptedCredentials' | 'signalCurrentUserDetails', unknown>;
const methods = ['signalAllAcceptedCredentials', 'signalCurrentUserDetails'] as const;

/**
 * Replaces (or, with `undefined`, deletes) the Signal API's methods on `PublicKeyCredential` for
 * one test, as a browser with or without them has it; `restore` puts the browser's own back.
 */
export function replaceSignalApi(replacement: (name: (typeof methods)[number]) => unknown) {
  const api = window.PublicKeyCredential as unknown as Api;
  const own = methods.map((name) => [name, Object.getOwnPropertyDescriptor(api, name)] as const);
  for (const name of methods) {
    const value = replacement(name);
    if (value === undefined) delete api[name];
    else Object.defineProperty(api, name, { value, configurable: true, writable: true });
  }
  return () => {
    for (const [name, descriptor] of own) {
      if (descriptor) Object.defineProperty(api, name, descriptor);
      else delete api[name];
    }
  };
}

/** Spies recording each call's options; `answer` is what each call returns. */
export function spyOnSignalApi(answer: () => unknown = () => Promise.resolve()) {
  const calls: Record<string, unknown[]> = {
    signalAllAcceptedCredentials: [],
    signalCurrentUserDetails: [],
  };
  const restore = replaceSignalApi((name) => (options: unknown) => {
    calls[name]!.push(options);
    return answer();
  });
  return { calls, restore };
}
