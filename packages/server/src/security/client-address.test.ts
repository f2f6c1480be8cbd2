import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clientAddress, throttleGroup, trustedProxyList } from './client-address.js';

const headers = (entries: Record<string, string>) => new Headers(entries);

describe('clientAddress', () => {
  test('is the socket peer without trusted proxies, whatever the headers say', () => {
    const h = headers({ 'X-Forwarded-For': '1.2.3.4', Forwarded: 'for=5.6.7.8' });
    assert.equal(clientAddress('198.51.100.1', h, 0), '198.51.100.1');
    assert.equal(clientAddress('::ffff:198.51.100.1', h, 0), '198.51.100.1');
    assert.equal(clientAddress(undefined, h, 0), undefined);
  });

  test('with a number of hops, takes the address that many hops from the peer', () => {
    const h = headers({ 'X-Forwarded-For': '6.6.6.6, 198.51.100.7, 10.0.0.2' });
    assert.equal(clientAddress('10.0.0.1', h, 1), '10.0.0.2');
    assert.equal(clientAddress('10.0.0.1', h, 2), '198.51.100.7');
    // More hops than entries: the leftmost, the farthest any proxy could see.
    assert.equal(clientAddress('10.0.0.1', h, 9), '6.6.6.6');
  });

  test('with trusted ranges, walks right to left past the trusted proxies only', () => {
    const trusted = trustedProxyList(['10.0.0.0/8', 'loopback']);
    const h = headers({ 'X-Forwarded-For': '6.6.6.6, 198.51.100.7, 10.0.0.2' });
    assert.equal(clientAddress('127.0.0.1', h, trusted), '198.51.100.7');
    // An untrusted peer is the client; its headers are its own inventions.
    assert.equal(clientAddress('203.0.113.9', h, trusted), '203.0.113.9');
    // Everything trusted: the leftmost.
    const inside = headers({ 'X-Forwarded-For': '10.0.0.3' });
    assert.equal(clientAddress('10.0.0.1', inside, trusted), '10.0.0.3');
  });

  test('reads RFC 7239 Forwarded, with ports, brackets and quotes', () => {
    const trusted = trustedProxyList(['10.0.0.0/8']);
    const h = headers({
      Forwarded: 'for=192.0.2.60;proto=http;by=203.0.113.43, for="[2001:db8:cafe::17]:4711"',
      'X-Forwarded-For': '9.9.9.9',
    });
    assert.equal(clientAddress('10.0.0.1', h, trusted), '2001:db8:cafe::17');
    const ported = headers({ 'X-Forwarded-For': '192.0.2.60:51234' });
    assert.equal(clientAddress('10.0.0.1', ported, trusted), '192.0.2.60');
  });

  test('gives no address for an entry that is none, rather than a proxy', () => {
    const trusted = trustedProxyList(['10.0.0.0/8']);
    assert.equal(clientAddress('10.0.0.1', headers({ Forwarded: 'for=unknown' }), trusted), undefined);
    assert.equal(clientAddress('10.0.0.1', headers({ Forwarded: 'for=_hidden' }), 1), undefined);
  });

  test('refuses a trusted proxy entry that is no address or range', () => {
    assert.throws(() => trustedProxyList(['proxy.internal']), /not an address or CIDR range/);
    assert.throws(() => trustedProxyList(['10.0.0.0/33']), /bad prefix/);
  });
});

describe('throttleGroup', () => {
  test('keeps IPv4 addresses and groups IPv6 by /64', () => {
    assert.equal(throttleGroup('198.51.100.7'), '198.51.100.7');
    assert.equal(throttleGroup('2001:db8:1:2::1'), '2001:db8:1:2::/64');
    assert.equal(throttleGroup('2001:0DB8:0001:0002:ffff:0:0:1'), '2001:db8:1:2::/64');
    assert.equal(throttleGroup('::1'), '0:0:0:0::/64');
    assert.equal(throttleGroup('fe80::1%eth0'), 'fe80:0:0:0::/64');
    assert.equal(throttleGroup('64:ff9b::192.0.2.1'), '64:ff9b:0:0::/64');
  });
});
