import {
  bankDetailsRoutes,
  formatIban,
  parseIban,
  type ApprovalSummary,
} from '@portalkit/protocol';
import { bankDataByIBAN } from 'bankdata-germany';
import type { Flow, FlowContext } from '../context.js';
import { PortalError } from '../errors.js';
import type { MemberRegistry } from '../members.js';
import { sendNoticeLetter } from '../notices/letter.js';
import { sendNotice } from '../notices/send.js';
import { endpoint, type FlowModule } from '../router.js';
import { requireSession } from '../session/sessions.js';
import { invalid, protectedForm } from './protected-form.js';

type Routes = typeof bankDetailsRoutes;
type BankRegistry = Required<Pick<MemberRegistry, 'bankDetails' | 'changeBankDetails'>> &
  Pick<MemberRegistry, 'find'>;

/** The registry's bank details, or `NOT_FOUND`: the routes are off without them. */
function registry(ctx: FlowContext): BankRegistry {
  const members = ctx.members;
  if (!members?.bankDetails || !members.changeBankDetails) throw new PortalError('NOT_FOUND');
  return members as BankRegistry;
}

/** `DE89 •••• •••• •••• ••30 00`: the country, check digits and last four characters. */
export function maskIban(iban: string): string {
  const masked = iban.slice(0, 4) + '•'.repeat(Math.max(iban.length - 8, 0)) + iban.slice(-4);
  return formatIban(masked);
}

/**
 * The bank's name for a German IBAN, from the Bundesbank's bank code list (`bankdata-germany`,
 * updated with each quarterly release of the list); undefined for other countries and unknown
 * codes.
 */
export function bankNameOf(iban: string): string | undefined {
  if (!iban.startsWith('DE')) return undefined;
  return bankDataByIBAN(iban)?.bankName ?? undefined;
}

export const current: Flow<Routes['current']> = async (_input, ctx) => {
  const { account } = requireSession(ctx);
  const details = await registry(ctx).bankDetails(account.kvnr);
  if (!details) return { bankDetails: null };
  const bankName = bankNameOf(details.iban);
  return {
    bankDetails: {
      holder: details.holder,
      iban: maskIban(details.iban),
      ...(bankName ? { bankName } : {}),
    },
  };
};

/** What a bank details change stores: the details before (masked) and the new ones. */
export interface BankDetailsChange {
  from: { holder: string; iban: string } | null;
  to: { holder: string; iban: string; bankName?: string };
}

/** The summary a member approves: the new IBAN in full, grouped, so it can be compared. */
export function summarizeBankDetails(change: BankDetailsChange): ApprovalSummary {
  const { from, to } = change;
  const lines = (labels: [string, string, string]) => [
    { label: labels[0], from: from?.holder ?? null, to: to.holder },
    { label: labels[1], from: from?.iban ?? null, to: formatIban(to.iban) },
    ...(to.bankName ? [{ label: labels[2], from: null, to: to.bankName }] : []),
  ];
  return {
    de: { title: 'Neue Bankverbindung', lines: lines(['Kontoinhaber', 'IBAN', 'Bank']) },
    en: { title: 'New bank details', lines: lines(['Account holder', 'IBAN', 'Bank']) },
  };
}

/**
 * New bank details for reimbursements: the IBAN checked (country length, BBAN format, mod 97),
 * stored with the current details (masked) as a pending transaction, recorded in the registry
 * once approved; then an e-mail and a letter to the registered address tell the member.
 */
export const bankDetailsForm = protectedForm({
  kind: 'bank-details',
  route: bankDetailsRoutes.change,
  async prepare(input, ctx, account): Promise<BankDetailsChange> {
    const before = await registry(ctx).bankDetails(account.kvnr);
    const iban = parseIban(input.iban);
    const fields: Record<string, string> = {};
    if (input.holder === '') fields.holder = 'empty';
    if (!iban.ok) fields.iban = iban.problem;
    if (!iban.ok || Object.keys(fields).length > 0) {
      throw new PortalError('VALIDATION_FAILED', { fields });
    }
    if (before && before.iban === iban.value && before.holder === input.holder) {
      throw invalid('iban', 'unchanged');
    }
    const bankName = bankNameOf(iban.value);
    return {
      from: before ? { holder: before.holder, iban: maskIban(before.iban) } : null,
      to: { holder: input.holder.replace(/\s+/g, ' '), iban: iban.value, ...(bankName ? { bankName } : {}) },
    };
  },
  summarize: summarizeBankDetails,
  async execute(change, ctx, account) {
    const members = registry(ctx);
    await members.changeBankDetails(account.kvnr, { holder: change.to.holder, iban: change.to.iban });
    // The notices show the new IBAN masked too: an e-mail or letter may be read by others.
    const masked = { ...change, to: { ...change.to, iban: maskIban(change.to.iban) } };
    const lines = summarizeBankDetails(masked)[account.locale].lines.map((line) =>
      line.label === 'IBAN' ? { ...line, to: masked.to.iban } : line,
    );
    const data = { change: lines };
    ctx.after(async () => {
      await sendNotice(ctx, account, 'bank-details-changed', data);
      const member = await members.find?.(account.kvnr);
      if (member) {
        const recipient = { name: member.name, locale: account.locale };
        await sendNoticeLetter(ctx, recipient, member.address, 'bank-details-changed', data);
      }
    });
  },
});

export const bankDetailsFlow: FlowModule = {
  name: 'bank-details',
  endpoints: [
    endpoint(bankDetailsRoutes.current, { access: 'signed-in' }, current),
    bankDetailsForm.endpoint,
  ],
  forms: [bankDetailsForm],
};
