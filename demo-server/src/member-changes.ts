import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BankDetails, PostalAddress } from '@portalkit/server';

/** What a member changed in the registry (approved with a passkey): the newest of each. */
export interface MemberChange {
  address?: PostalAddress;
  /** ISO date from which the address holds. */
  validFrom?: string;
  bankDetails?: BankDetails;
}

export interface MemberChanges {
  of(kvnr: string): MemberChange;
  record(kvnr: string, change: MemberChange): Promise<void>;
}

/**
 * The demo registry's changes in a JSON file (`members.json` in the data directory): an
 * insurer's registry is its own database, so the portal's store does not keep them. Written to a
 * temporary file and renamed, one write at a time, so a crash leaves the old or the new file,
 * never half of one.
 */
export async function createMemberChanges(file: string): Promise<MemberChanges> {
  await mkdir(dirname(file), { recursive: true });
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '{}';
    throw error;
  });
  const changes = new Map<string, MemberChange>(Object.entries(JSON.parse(text) as object));
  let writing: Promise<void> = Promise.resolve();
  return {
    of: (kvnr) => changes.get(kvnr) ?? {},
    record(kvnr, change) {
      changes.set(kvnr, { ...changes.get(kvnr), ...change });
      const snapshot = JSON.stringify(Object.fromEntries(changes), null, 2) + '\n';
      // After the write before it, whether that one failed or not (it was reported to its caller).
      const write = writing.catch(() => undefined).then(async () => {
        await writeFile(`${file}.tmp`, snapshot);
        await rename(`${file}.tmp`, file);
      });
      writing = write;
      return write;
    },
  };
}
