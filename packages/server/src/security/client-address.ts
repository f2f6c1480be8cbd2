import { BlockList, isIP, isIPv4 } from 'node:net';

/**
 * Which hops in front of the portal may say who the client is: a number of proxies (each
 * appends the address it received the request from), or the addresses and CIDR ranges of the
 * proxies (`10.0.0.0/8`, `2001:db8::/32`, `127.0.0.1`, or `loopback` / `private` for the usual
 * ranges). Without it only the socket's peer counts, and forwarding headers are ignored.
 */
export type TrustedProxies = number | readonly string[];

const named: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7', '169.254.0.0/16', 'fe80::/10'],
};

/** A test for "is this address a trusted proxy"; throws on an entry that is no address or range. */
export function trustedProxyList(entries: readonly string[]): (address: string) => boolean {
  const list = new BlockList();
  for (const entry of entries.flatMap((e) => named[e] ?? [e])) {
    const [address = '', bits] = entry.split('/');
    const family = isIP(address);
    if (family === 0) throw new TypeError(`trustedProxies: not an address or CIDR range: ${entry}`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) {
        throw new TypeError(`trustedProxies: bad prefix length in ${entry}`);
      }
      list.addSubnet(address, prefix, type);
    }
  }
  return (address) => {
    const plain = unmapped(address);
    const family = isIP(plain);
    return family !== 0 && list.check(plain, family === 4 ? 'ipv4' : 'ipv6');
  };
}

/** `::ffff:192.0.2.1` is the IPv4 client 192.0.2.1 on a dual-stack socket. */
function unmapped(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/** An address from a header entry: `192.0.2.1`, `192.0.2.1:4711`, `[2001:db8::1]:4711`, `"[::1]"`. */
function addressOf(entry: string): string | null {
  let value = entry.trim().replace(/^"(.*)"$/, '$1');
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  value = unmapped(value);
  return isIP(value) ? value : null;
}

/**
 * The addresses a request passed through, the client's first: from `Forwarded` (RFC 7239) if
 * present, else `X-Forwarded-For`. An entry that is no address (`unknown`, an obfuscated name)
 * stays in the chain as null, so counting hops is not thrown off.
 */
function forwardedChain(headers: Headers): (string | null)[] {
  const forwarded = headers.get('Forwarded');
  if (forwarded) {
    return forwarded.split(',').map((element) => {
      const pair = element.split(';').find((p) => p.trim().toLowerCase().startsWith('for='));
      return pair ? addressOf(pair.trim().slice(4)) : null;
    });
  }
  const xff = headers.get('X-Forwarded-For');
  return xff ? xff.split(',').map(addressOf) : [];
}

/**
 * The client's address: the socket's peer, or, behind trusted proxies, the first address from the
 * right of the forwarding chain that is not one of them. Read right to left, because only the
 * entries the trusted proxies appended can be believed: a client can write anything to the left.
 */
export function clientAddress(
  peer: string | undefined,
  headers: Headers,
  trusted: number | ((address: string) => boolean),
): string | undefined {
  const socket = peer === undefined ? undefined : (addressOf(peer) ?? undefined);
  if (trusted === 0) return socket;
  const chain = [...forwardedChain(headers), socket ?? null];
  if (typeof trusted === 'number') {
    // The peer is hop 1; each trusted proxy appended the one before it.
    const index = chain.length - 1 - trusted;
    return (index >= 0 ? chain[index] : chain[0]) ?? undefined;
  }
  let index = chain.length - 1;
  while (index > 0) {
    const hop = chain[index];
    if (hop === null || hop === undefined || !trusted(hop)) break;
    index--;
  }
  return chain[index] ?? undefined;
}

/**
 * What the throttle counts per client: an IPv4 address, or the /64 network of an IPv6 address
 * (one household or phone gets a whole /64 and can pick any address in it).
 */
export function throttleGroup(address: string): string {
  if (isIPv4(address)) return address;
  const groups = expandIpv6(address);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : address;
}

/** The eight 16-bit groups of an IPv6 address, as lower-case hex without leading zeros. */
function expandIpv6(address: string): string[] | null {
  if (isIP(address) !== 6) return null;
  let text = address.toLowerCase().split('%')[0]!;
  // An embedded IPv4 tail (`::ffff:1.2.3.4`, `64:ff9b::1.2.3.4`) becomes two groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  const groups = tail === undefined ? left : [...left, ...Array(missing).fill('0'), ...right];
  return groups.map((g) => parseInt(g, 16).toString(16));
}
