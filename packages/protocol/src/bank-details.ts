import * as z from 'zod/mini';
import { approvalPending } from './approve.js';
import { call, Empty, onFirstUse, route } from './route.js';
import { singleLine } from './text.js';

// Bank details: a protected form for the account the insurer pays reimbursements to. The current
// details are shown masked; new ones are sent, answered with a pending approval, and executed once
// approved.

const currentBankDetails = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    /** Null when the insurer has no bank details of the member. */
    bankDetails: z.nullable(
      z.object({
        holder: z.string(),
        /** Masked: `DE89 •••• •••• •••• ••30 00`. */
        iban: z.string(),
        /** The bank's name where the IBAN's bank code is known. */
        bankName: z.optional(z.string()),
      }),
    ),
  }),
);
export const CurrentBankDetails = /* @__PURE__ */ currentBankDetails();
export type CurrentBankDetails = z.infer<typeof CurrentBankDetails>;

// Only the server parses it: every call is marked pure, nested ones too (see webauthn.ts).
export const BankDetailsRequest = /* @__PURE__ */ z.object({
  holder: /* @__PURE__ */ singleLine(70),
  /** Spaces allowed (`parseIban`). */
  iban: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(50)),
});
export type BankDetailsRequest = z.infer<typeof BankDetailsRequest>;

const current = /* @__PURE__ */ call('GET', '/bank-details', currentBankDetails);
/** Answers with the pending approval; the change is executed once it is approved. */
const change = /* @__PURE__ */ call('POST', '/bank-details', approvalPending);

export const bankDetailsCalls = { current, change };

export const bankDetailsRoutes = {
  current: /* @__PURE__ */ route(current, Empty),
  change: /* @__PURE__ */ route(change, BankDetailsRequest),
};
