import type { ApprovalHandoff, ApprovalStatus, ApprovalView } from '@portalkit/protocol';
import type { FormError } from '../base/portalkit-element.js';

/** What `<pk-approve>` shows (its `step`). */
export type ApproveStep = 'inbox' | 'summary' | 'handoff' | 'pick' | 'outcome';

/** A transaction's end: approved, denied, expired, or cancelled by a wrong number. */
export type FinalStatus = Exclude<ApprovalStatus, 'pending'>;

/**
 * The reflected `state`: `waiting` while the phone is to approve, a final status once the
 * transaction has one, else the phase of what is shown.
 */
export type ApproveState = 'idle' | 'busy' | 'error' | 'waiting' | FinalStatus;

/** What runs while a view is busy: it names the button's and the status region's words. */
export type Action = 'load' | 'passkey' | 'handoff' | 'deny' | 'pick';

type Phase = 'idle' | 'busy' | 'error';
type Form<S extends ApproveStep> = {
  is: S;
  phase: Phase;
  errors: FormError[];
  by?: Action;
};

/** The inbox: the member's pending approvals (`undefined` until they are loaded). */
export type InboxView = Form<'inbox'> & {
  approvals?: ApprovalView[] | undefined;
};
/** One transaction with its buttons (`undefined` until it is loaded by its id, or on failure). */
export type SummaryView = Form<'summary'> & {
  approval?: ApprovalView | undefined;
};
/** Waiting for the phone: the QR code, the short link, the number, the time left. */
export type HandoffView = Form<'handoff'> & {
  approval: ApprovalView;
  handoff: ApprovalHandoff;
};
/** On the phone: the transaction and three numbers, one of them shown on the other device. */
export type PickView = Form<'pick'> & {
  approval?: ApprovalView | undefined;
  choices: string[];
};
export type ActiveView = InboxView | SummaryView | HandoffView | PickView;
export type OutcomeView = {
  is: 'outcome';
  approval: ApprovalView & { status: FinalStatus };
};

export type ApproveView = ActiveView | OutcomeView;

export const finalStatuses: readonly FinalStatus[] = ['approved', 'denied', 'expired', 'cancelled'];

export const inbox = (approvals?: ApprovalView[]): InboxView => ({
  is: 'inbox',
  phase: approvals ? 'idle' : 'busy',
  errors: [],
  by: 'load',
  approvals,
});

export const loading = (is: 'summary' | 'pick'): SummaryView | PickView =>
  is === 'pick'
    ? { is, phase: 'busy', errors: [], by: 'load', choices: [] }
    : { is, phase: 'busy', errors: [], by: 'load' };

/** The view for a transaction as it is now: its summary while pending, else its end. */
export function viewOf(approval: ApprovalView): SummaryView | OutcomeView {
  return approval.status === 'pending'
    ? { is: 'summary', phase: 'idle', errors: [], approval }
    : { is: 'outcome', approval: approval as OutcomeView['approval'] };
}

export function stateOf(view: ApproveView): ApproveState {
  if (view.is === 'outcome') return view.approval.status;
  if (view.is === 'handoff' && view.phase === 'idle') return 'waiting';
  return view.phase;
}

type BusyKey = `approve.${Action}Busy`;

/** What a view says while its request runs, on its button and in the status. */
export const busyText = (by: Action = 'load'): BusyKey => `approve.${by}Busy`;
