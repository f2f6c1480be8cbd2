import net from 'node:net';
import type autocannon from 'autocannon';

/**
 * Many clients on one machine: every simulated member connects from an address of its own in
 * 127.0.0.0/8, which Linux routes to the loopback interface as a whole (macOS has 127.0.0.1
 * only; `reachableFrom` tells).
 */

/** The loopback address of connection `index` in `block`: 127.block.x.y, never .0 or .255. */
export function loopbackAddress(block: number, index: number): string {
  return `127.${block}.${Math.floor(index / 250)}.${(index % 250) + 1}`;
}

/**
 * autocannon has no option for a connection's source address, so each client's `_connect`
 * (which calls `net.connect(port, host)` when a connection opens or reopens) runs with a
 * source address that the wrapped `net.connect` adds. Counted, so a change in autocannon that
 * bypasses it fails the load instead of silently loading from one address.
 */
export function fromAddresses() {
  const original = net.connect;
  let pending: string | undefined;
  let connects = 0;
  const wrapped = function (this: unknown, ...args: unknown[]) {
    if (pending !== undefined && typeof args[0] === 'number') {
      connects++;
      return original({ port: args[0], host: args[1] as string, localAddress: pending });
    }
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.connect;
  net.connect = wrapped;
  return {
    assign(client: autocannon.Client, address: string) {
      const connect = (client as unknown as { _connect?: () => void })._connect;
      if (typeof connect !== 'function') {
        throw new Error('autocannon changed: Client#_connect is gone; cannot set source addresses');
      }
      (client as unknown as { _connect: () => void })._connect = function (this: unknown) {
        pending = address;
        try {
          connect.call(this);
        } finally {
          pending = undefined;
        }
      };
    },
    get connects() {
      return connects;
    },
    restore() {
      net.connect = original;
    },
  };
}

/** Whether a connection from `address` reaches the site (loopback aliases are not everywhere). */
export async function reachableFrom(origin: string, address: string): Promise<boolean> {
  const { hostname, port } = new URL(origin);
  return new Promise((done) => {
    const socket = net.connect({ host: hostname, port: Number(port), localAddress: address });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}
