import type { ErrorCode, PasskeyView } from '@portalkit/protocol';

export interface PkPasskeysSuccessDetail {
  /** The passkey just added (name, dates, synced or not; no key material). */
  passkey: PasskeyView;
}

/** A passkey was added for the signed-in member. */
export class PkPasskeysSuccessEvent extends CustomEvent<PkPasskeysSuccessDetail> {
  constructor(detail: PkPasskeysSuccessDetail) {
    super('pk-passkeys-success', { detail, bubbles: true, composed: true });
  }
}

export interface PkPasskeyChangeDetail {
  /** The passkey as it is now (renamed), or as it was (removed); no key material. */
  passkey: PasskeyView;
}

/** A passkey was renamed. */
export class PkPasskeyRenamedEvent extends CustomEvent<PkPasskeyChangeDetail> {
  constructor(detail: PkPasskeyChangeDetail) {
    super('pk-passkey-renamed', { detail, bubbles: true, composed: true });
  }
}

/** A passkey was removed (approved with another passkey, or the last one with the password). */
export class PkPasskeyRemovedEvent extends CustomEvent<PkPasskeyChangeDetail> {
  constructor(detail: PkPasskeyChangeDetail) {
    super('pk-passkey-removed', { detail, bubbles: true, composed: true });
  }
}

export interface PkPasskeysErrorDetail {
  code: ErrorCode;
}

/** An error is shown, e.g. `SESSION_EXPIRED` (the page may send the member to sign in). */
export class PkPasskeysErrorEvent extends CustomEvent<PkPasskeysErrorDetail> {
  constructor(detail: PkPasskeysErrorDetail) {
    super('pk-passkeys-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-passkeys-success': PkPasskeysSuccessEvent;
    'pk-passkeys-error': PkPasskeysErrorEvent;
    'pk-passkey-renamed': PkPasskeyRenamedEvent;
    'pk-passkey-removed': PkPasskeyRemovedEvent;
  }
}
