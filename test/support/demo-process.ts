import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { freePort } from '@portalkit/server/testing';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * The demo insurer site as a member meets it: its own process (`demo-server/src/main.ts`, as
 * `npm start` runs it) on a free port, with a fresh data directory that survives restarts. The
 * environment is the test's choice (end-to-end suites run it with NODE_ENV=test's response
 * validation, the bench as in production, a test may shorten the idle timeout), and it can be
 * killed without a chance to clean up.
 */
export class DemoProcess {
  #child?: ChildProcess;
  #exited?: Promise<unknown>;
  /** What the server printed since it last started. */
  output = '';

  private constructor(
    readonly port: number,
    readonly dataDir: string,
    readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://localhost:${this.port}`;
  }

  get pid(): number | undefined {
    return this.#child?.pid;
  }

  static async start(env: Record<string, string> = { NODE_ENV: 'test' }): Promise<DemoProcess> {
    const dataDir = await mkdtemp(join(tmpdir(), 'portalkit-demo-'));
    const demo = new DemoProcess(await freePort(), dataDir, env);
    await demo.restart();
    return demo;
  }

  /** Starts (or starts again) on the same port and data directory; resolves once it serves. */
  async restart(): Promise<void> {
    await this.stop();
    this.output = '';
    const child = spawn(process.execPath, ['--import', 'tsx', 'demo-server/src/main.ts'], {
      cwd: root,
      env: { ...process.env, ...this.env, PORT: String(this.port), DATA_DIR: this.dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#child = child;
    this.#exited = new Promise((done) => child.once('exit', done));
    child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`demo did not start:\n${this.output}`)),
        60_000,
      );
      const onData = () => {
        if (!this.output.includes('Stop with Ctrl+C')) return;
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        ready();
      };
      child.stdout!.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        fail(new Error(`demo exited with ${code ?? signal}:\n${this.output}`));
      });
    });
  }

  /** Sends `signal` and waits until the process is gone; SIGKILL leaves it no time to clean up. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.#child = undefined;
    child.kill(signal);
    await this.#exited;
  }

  /** Stops the server the way Ctrl+C does. */
  stop(): Promise<void> {
    return this.kill('SIGTERM');
  }

  async dispose(): Promise<void> {
    await this.stop();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
