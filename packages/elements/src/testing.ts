/**
 * `@portalkit/elements/testing`: what stories, element tests and integrators' own tests need to
 * show every state without a server. Each element's fake client is at
 * `@portalkit/elements/testing/<flow>` (e.g. `/testing/login` for `FakeLoginClient`), so no list
 * here names the elements.
 */
export {
  FakeClient,
  signedIn,
  type CeremonyOptions,
  type FakeCall,
  type FakeCeremony,
  type FakeMethod,
  type Outcome,
} from './test-support/fake-client.js';
export { part, text } from './test-support/dom.js';
