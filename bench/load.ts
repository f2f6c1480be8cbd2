import { availableParallelism, cpus, loadavg } from 'node:os';
import { demoMembers } from '../demo-server/src/members.js';
import { DemoProcess } from '../test/support/demo-process.js';
import { loopbackAddress, reachableFrom } from '../test/load/loopback.js';
import {
  passkeySignInLoad,
  passwordSignInLoad,
  type LoadResult,
} from '../test/load/sign-in-load.js';
import { HttpMember } from '../test/support/http-member.js';
import {
  createSoftAuthenticator,
  type SoftCredential,
} from '../test/support/soft-authenticator.js';
import type { BenchRow } from './server.js';

/**
 * Load on loopback: the demo site in its own process, as
 * `npm start` runs it (PGlite in a fresh data directory, response validation off as in
 * production), and autocannon in this one: 200 members signing in with their password at once,
 * then 100 with a passkey, a few seconds each. Every answer must be a sign-in: any other status,
 * socket error or timeout fails the row. Both processes share this machine's cores, so the
 * figures are the server's and its load generator's together; the CPU each used is in the note.
 */
const loads = {
  password: { connections: 200, seconds: 5, addressBlock: 1 },
  passkey: { connections: 100, seconds: 5, addressBlock: 2 },
  /** Addresses the setup (adding the passkeys) connects from. */
  setupBlock: 3,
};

function machine(): string {
  const model = cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return `${availableParallelism()} cores (${model}), load average ${load}`;
}

/** One passkey per connection, added over HTTP as members do: password, then add a passkey. */
async function addPasskeys(demo: DemoProcess, count: number): Promise<SoftCredential[]> {
  const perMember = Math.ceil(count / demoMembers.length);
  const added = await Promise.all(
    demoMembers.map(async (member, m) => {
      const browser = new HttpMember(demo.url, {
        localAddress: loopbackAddress(loads.setupBlock, m),
      });
      await browser.loginWithPassword(member.email, member.password);
      const credentials: SoftCredential[] = [];
      for (let i = 0; i < perMember; i++) {
        const device = createSoftAuthenticator({ origin: demo.url, rpId: 'localhost' });
        await browser.addPasskey(device, member.password);
        credentials.push(device.credentials[0]!);
      }
      return credentials;
    }),
  );
  return added.flat().slice(0, count);
}

function rows(name: string, result: LoadResult, context: string): BenchRow[] {
  const refused = Object.entries(result.refused);
  const failures =
    refused.reduce((sum, [, count]) => sum + count, 0) +
    result.errors +
    result.timeouts +
    result.wrongAnswers +
    result.unconnected +
    result.unanswered.count;
  const { p50, p95, p99 } = result.signInLatency;
  const steps = Object.entries(result.stepLatency)
    .map(([step, l]) => `${step} p50 ${l.p50} / p95 ${l.p95} / p99 ${l.p99} ms`)
    .join('; ');
  const errors =
    `${refused.length ? refused.map(([why, n]) => `${n} × ${why}`).join(', ') : '0 non-2xx'}, ` +
    `${result.errors} socket errors, ${result.timeouts} timeouts, ` +
    `${result.wrongAnswers} 2xx that were no sign-in` +
    (result.unconnected ? `, ${result.unconnected} connections never answered` : '') +
    (result.unanswered.count
      ? `, ${result.unanswered.count} sign-ins unanswered after ` +
        `${result.unanswered.longestMs} ms`
      : '');
  return [
    {
      name: `load: ${name}, ${result.connections} concurrent`,
      value: result.throughput,
      unit: '/s',
      pass: failures === 0,
      note:
        `${result.signIns} sign-ins answered in a ${result.seconds} s window (opened after ` +
        `${result.warmUpSeconds} s, when every connection had been answered once); ` +
        `${result.requests} requests sent in it; ` +
        `${errors}; server used ${result.serverCores?.toFixed(2) ?? '?'} cores, load ` +
        `generator ${result.clientCores.toFixed(2)}${context}`,
    },
    {
      name: `load: ${name}, latency p99`,
      value: p99,
      unit: 'ms',
      note:
        `per sign-in begun in the window p50 ${p50} / p95 ${p95} / p99 ${p99} ms (the load ` +
        `went on until each was answered); per request: ${steps}`,
    },
  ];
}

export async function benchLoad(): Promise<BenchRow[]> {
  const context = machine();
  console.log(`\nload: ${context}; demo server and autocannon share these cores`);
  const demo = await DemoProcess.start({ NODE_ENV: 'production' });
  try {
    if (!(await reachableFrom(demo.url, loopbackAddress(loads.password.addressBlock, 0)))) {
      throw new Error(
        'load: cannot connect from 127.1.0.1; the load needs the loopback range 127.0.0.0/8 ' +
          '(one address per simulated member)',
      );
    }
    const passkeys = await addPasskeys(demo, loads.passkey.connections);

    const password = await passwordSignInLoad({
      origin: demo.url,
      serverPid: demo.pid,
      ...loads.password,
      members: demoMembers.map((member, i) => ({
        // Half of the members type their KVNR, half their e-mail address.
        identifier: i % 2 === 0 ? member.kvnr : member.email,
        password: member.password,
      })),
    });
    const passkey = await passkeySignInLoad({
      origin: demo.url,
      serverPid: demo.pid,
      ...loads.passkey,
      passkeys,
      rpId: 'localhost',
    });
    return [
      ...rows(
        'password sign-ins (demo on PGlite)',
        password,
        `; ${demoMembers.length} members, argon2id per sign-in; ${context}`,
      ),
      ...rows(
        'passkey sign-ins (demo on PGlite)',
        passkey,
        `; one passkey per connection, each signed in this process (ECDSA P-256, ~0.1 ms)`,
      ),
    ];
  } catch (error) {
    console.error(demo.output.slice(-4000));
    throw error;
  } finally {
    await demo.dispose();
  }
}
