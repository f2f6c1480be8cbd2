import { expect, fixture, html } from '@open-wc/testing';
import './index.js';
import { expectAccessible } from '../test-support/element-suite.js';
import { FakeLoginClient } from './pk-login.fake.js';
import { settle } from '../test-support/fixtures.js';
import type { PkLogin } from './pk-login.js';

// A page that loads pk-login.js before pk-portal.js: this file defines <pk-portal> only later.
describe('pk-login inside a pk-portal defined after it', () => {
  it('waits for the portal and then uses its client, not a default one', async () => {
    const requests: string[] = [];
    const original = window.fetch;
    window.fetch = async (url) => {
      requests.push(String(url));
      return new Response('{}', { status: 500 });
    };
    try {
      const client = new FakeLoginClient();
      const wrapper = await fixture(
        html`<div lang="de">
          <pk-portal .client=${client}><pk-login></pk-login></pk-portal>
        </div>`,
      );
      const element = wrapper.querySelector<PkLogin>('pk-login')!;
      await settle(element);
      await expectAccessible(element);
      expect(client.calls).to.have.length(0);

      await import('../portal/index.js');
      await settle(element);
      expect(client.callsTo('passkeySupport')).to.have.length(1);
      expect(client.ceremonies.map((ceremony) => ceremony.kind)).to.deep.equal(['autofill']);
      expect(requests, 'no default client was used').to.deep.equal([]);
    } finally {
      window.fetch = original;
    }
  });
});
