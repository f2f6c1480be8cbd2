#!/usr/bin/env node
// portalkit-verify-receipt: checks an approval receipt offline, without the portal's database.
//
//   npx portalkit-verify-receipt receipt.json [--public-key <base64url COSE key>]
//
// Exit status 0: the passkey signed exactly this summary and payload; 1: it did not (or the
// file is no receipt); 2: wrong usage or an unreadable file.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { verifyApprovalReceipt } from '../flows/approve-receipt.js';

const usage = `Usage: portalkit-verify-receipt <receipt.json> [--public-key <base64url>]

Checks offline that the passkey whose COSE public key is given signed, with user verification,
exactly the summary and payload in the receipt (the challenge is SHA-256 of the nonce, the
SHA-256 of the canonical JSON of kind, payload and summary, and the transaction id).
Without --public-key, the key the receipt carries is used: that proves the receipt consistent in
itself; pass the key from the insurer's records to prove which passkey signed.`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { 'public-key': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(usage);
    return 2;
  }
  const [file, ...rest] = parsed.positionals;
  if (parsed.values.help) {
    console.log(usage);
    return 0;
  }
  if (!file || rest.length > 0) {
    console.error(usage);
    return 2;
  }
  let receipt: unknown;
  try {
    receipt = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const given = parsed.values['public-key'];
  const carried = (receipt as { credential?: { publicKey?: unknown } } | null)?.credential?.publicKey;
  const publicKey = given ?? (typeof carried === 'string' ? carried : '');
  const result = await verifyApprovalReceipt(receipt, publicKey);
  if (!result.verified) {
    console.log(`NOT VERIFIED (${result.reason}): ${result.message}`);
    return 1;
  }
  const { de } = result.summary;
  console.log('VERIFIED: the passkey signed exactly this summary and payload.');
  console.log(`Transaction: ${result.id} (${result.kind}), approved ${result.approvedAt}`);
  console.log(`Site: ${result.rpId} (page ${result.origin}), passkey ${result.credentialId}`);
  console.log(
    given ? 'Public key: as given.' : 'Public key: the one the receipt carries (--public-key not given).',
  );
  console.log(`\n${de.title}`);
  for (const line of de.lines) console.log(`  ${line.label}: ${line.from ?? '–'} → ${line.to}`);
  return 0;
}

process.exitCode = await main();
