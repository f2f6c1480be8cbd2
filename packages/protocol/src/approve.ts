import * as z from 'zod/mini';
import { call, Empty, onFirstUse, route } from './route.js';
import { AuthenticationCredential, requestOptions } from './webauthn.js';

// Approval: a protected change (address, bank details, and later applications, passkey removal,
// ending the registration) is not executed when it is sent. The server stores it as a pending
// transaction with a summary written from its payload, and executes it from the stored payload
// once the member approved exactly that transaction with a passkey: the challenge is derived from
// the payload's hash and the transaction id, so the signature is bound to what the member saw.

/** What a transaction's summary says, in one language: a title and what changes from what to what. */
const summaryText = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    /** `Neue Anschrift`, `New bank details`. */
    title: z.string(),
    lines: z.array(
      z.object({
        /** `Straße und Hausnummer`. */
        label: z.string(),
        /** The value before the change; null where there was none. */
        from: z.nullable(z.string()),
        to: z.string(),
      }),
    ),
  }),
);

/** The summary in both languages: the member reads one, the receipt keeps both. */
export const approvalSummary = /* @__PURE__ */ onFirstUse(() =>
  z.object({ de: summaryText(), en: summaryText() }),
);
export const ApprovalSummary = /* @__PURE__ */ approvalSummary();
export type ApprovalSummary = z.infer<typeof ApprovalSummary>;

export const approvalStatuses = ['pending', 'approved', 'denied', 'expired', 'cancelled'] as const;
export type ApprovalStatus = (typeof approvalStatuses)[number];

/** A transaction as the member's browser sees it. */
export const approvalView = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    id: z.string(),
    /** The kind of change: `address-change`, `bank-details`, … */
    kind: z.string(),
    summary: approvalSummary(),
    status: z.enum(approvalStatuses),
    /** ISO 8601. */
    createdAt: z.string(),
    /** ISO 8601: a pending transaction expires then (5 minutes after it was created). */
    expiresAt: z.string(),
  }),
);
export const ApprovalView = /* @__PURE__ */ approvalView();
export type ApprovalView = z.infer<typeof ApprovalView>;

/** The answer of a protected route: the change waits for the member's approval. */
export const approvalPending = /* @__PURE__ */ onFirstUse(() =>
  z.object({ approval: approvalView() }),
);
export const ApprovalPending = /* @__PURE__ */ approvalPending();
export type ApprovalPending = z.infer<typeof ApprovalPending>;

const approvalList = /* @__PURE__ */ onFirstUse(() =>
  z.object({ approvals: z.array(approvalView()) }),
);
export const ApprovalList = /* @__PURE__ */ approvalList();
export type ApprovalList = z.infer<typeof ApprovalList>;

// Only the server parses it: every call is marked pure, nested ones too (see webauthn.ts).
export const ApprovalRequest = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
});
export type ApprovalRequest = z.infer<typeof ApprovalRequest>;

const approvalOptions = /* @__PURE__ */ onFirstUse(() => z.object({ options: requestOptions() }));
export const ApprovalOptions = /* @__PURE__ */ approvalOptions();
export type ApprovalOptions = z.infer<typeof ApprovalOptions>;

export const ApprovalVerifyRequest = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
  credential: AuthenticationCredential,
});
export type ApprovalVerifyRequest = z.infer<typeof ApprovalVerifyRequest>;

/**
 * Approving on another device (the member's phone): the waiting browser shows `link` as a QR code
 * and as text, and `number`, which the phone asks the member to pick from three.
 */
const approvalHandoff = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    /** The page that opens this approval on the phone (`…/freigabe#t=…`); the token is in the fragment. */
    link: z.string(),
    /** A short link for typing (`example-bkk.de/f/7KQ2M`). */
    shortLink: z.string(),
    /** Two digits, shown on the waiting device. */
    number: z.string(),
    expiresAt: z.string(),
    /**
     * The QR code of `link`, as its modules: `size` × `size` characters, row by row, `1` dark and
     * `0` light (no quiet zone). The element draws them; no QR library reaches the browser.
     */
    qr: z.object({ size: z.number(), modules: z.string() }),
  }),
);
export const ApprovalHandoff = /* @__PURE__ */ approvalHandoff();
export type ApprovalHandoff = z.infer<typeof ApprovalHandoff>;

export const ApprovalClaimRequest = /* @__PURE__ */ z.object({
  /** The token from the handoff link's fragment, or the short link's code. */
  token: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(128)),
});
export type ApprovalClaimRequest = z.infer<typeof ApprovalClaimRequest>;

/** The transaction as the phone shows it, with three numbers to pick from (one is right). */
const approvalClaim = /* @__PURE__ */ onFirstUse(() =>
  z.object({ approval: approvalView(), choices: z.array(z.string()) }),
);
export const ApprovalClaim = /* @__PURE__ */ approvalClaim();
export type ApprovalClaim = z.infer<typeof ApprovalClaim>;

export const ApprovalPickRequest = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
  number: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(2)),
});
export type ApprovalPickRequest = z.infer<typeof ApprovalPickRequest>;

// Separate constants, not `approveCalls.list` below: a bundler keeps property reads.
/** The signed-in member's pending approvals (the inbox). */
const list = /* @__PURE__ */ call('GET', '/approvals', approvalList);
/** One transaction and its status (the polling fallback of the event stream). */
const status = /* @__PURE__ */ call('POST', '/approvals/status', approvalPending);
const options = /* @__PURE__ */ call('POST', '/approvals/options', approvalOptions);
/** Verifies the assertion, then executes the change from the stored payload. */
const verify = /* @__PURE__ */ call('POST', '/approvals/verify', approvalPending);
const deny = /* @__PURE__ */ call('POST', '/approvals/deny', approvalPending);
const handoff = /* @__PURE__ */ call('POST', '/approvals/handoff', approvalHandoff);
const claim = /* @__PURE__ */ call('POST', '/approvals/claim', approvalClaim);
/** The number picked on the phone; a wrong one cancels the transaction. */
const pick = /* @__PURE__ */ call('POST', '/approvals/pick', approvalPending);

export const approveCalls = { list, status, options, verify, deny, handoff, claim, pick };

/**
 * Server-sent events of one transaction: `GET <base>/approvals/events?id=<id>`, each event an
 * `approval` with the `ApprovalView` as JSON, the last one when it is no longer pending.
 */
export const approvalEventsPath = '/approvals/events';

export const approveRoutes = {
  list: /* @__PURE__ */ route(list, Empty),
  status: /* @__PURE__ */ route(status, ApprovalRequest),
  options: /* @__PURE__ */ route(options, ApprovalRequest),
  verify: /* @__PURE__ */ route(verify, ApprovalVerifyRequest),
  deny: /* @__PURE__ */ route(deny, ApprovalRequest),
  handoff: /* @__PURE__ */ route(handoff, ApprovalRequest),
  claim: /* @__PURE__ */ route(claim, ApprovalClaimRequest),
  pick: /* @__PURE__ */ route(pick, ApprovalPickRequest),
};

/**
 * The receipt of an approved transaction: everything needed to check offline, without the
 * portal's database, that the passkey with the given public key signed exactly this summary and
 * payload (`verifyApprovalReceipt` in `@portalkit/server`, or `npx portalkit-verify-receipt`).
 * The challenge the passkey signed is SHA-256(nonce ‖ digest ‖ id), where digest is SHA-256 of
 * the canonical JSON (keys sorted, no whitespace) of `{ kind, payload, summary }`.
 */
const approvalReceipt = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    format: z.literal('portalkit-approval-receipt/1'),
    id: z.string(),
    kind: z.string(),
    /** What the change executed, as stored when the transaction was created. */
    payload: z.unknown(),
    summary: approvalSummary(),
    /** ISO 8601. */
    createdAt: z.string(),
    approvedAt: z.string(),
    /** base64url: the nonce of the options whose challenge was signed. */
    nonce: z.string(),
    rp: z.object({ id: z.string(), origins: z.array(z.string()) }),
    credential: z.object({
      /** base64url. */
      id: z.string(),
      /** The passkey's COSE public key when it approved, base64url. */
      publicKey: z.string(),
    }),
    /** The verified assertion as the browser sent it (base64url fields). */
    assertion: z.object({
      authenticatorData: z.string(),
      clientDataJSON: z.string(),
      signature: z.string(),
      userHandle: z.optional(z.string()),
    }),
  }),
);
export const ApprovalReceipt = /* @__PURE__ */ approvalReceipt();
export type ApprovalReceipt = z.infer<typeof ApprovalReceipt>;

const approvalReceiptAnswer = /* @__PURE__ */ onFirstUse(() =>
  z.object({ receipt: approvalReceipt() }),
);
export const ApprovalReceiptAnswer = /* @__PURE__ */ approvalReceiptAnswer();
export type ApprovalReceiptAnswer = z.infer<typeof ApprovalReceiptAnswer>;

/** The receipt of one of the member's approved transactions (a download for their records). */
export const approvalReceiptCall = /* @__PURE__ */ call(
  'POST',
  '/approvals/receipt',
  approvalReceiptAnswer,
);
export const approvalReceiptRoute = /* @__PURE__ */ route(approvalReceiptCall, ApprovalRequest);
