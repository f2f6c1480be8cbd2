import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Mailer, OutgoingMessage } from '@portalkit/server';

/**
 * The demo's stand-in for the post office, the mail server and the SMS gateway: every message
 * "sent" is kept (and appended to a file, so it survives a restart) and shown on /demo/outbox.
 */
export interface Outbox extends Mailer {
  messages(): readonly OutgoingMessage[];
}

export async function createOutbox(file: string): Promise<Outbox> {
  const messages: OutgoingMessage[] = [];
  await mkdir(dirname(file), { recursive: true });
  const existing = await readFile(file, 'utf8').catch(() => '');
  for (const line of existing.split('\n')) {
    if (!line.trim()) continue;
    try {
      messages.push(JSON.parse(line) as OutgoingMessage);
    } catch {
      // A line cut short by a crash is skipped; the messages before and after it stay readable.
    }
  }
  return {
    async send(message) {
      messages.push(message);
      await appendFile(file, JSON.stringify(message) + '\n');
    },
    messages: () => messages,
  };
}
