import type { PasskeyList, PasskeyView } from '@portalkit/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { PortalkitElement } from '../base/portalkit-element.js';
import { toClientError, type ClientError } from '../client/client-error.js';
import type { PasskeySupport } from '../client/portal-client.js';
import { PasswordFieldController } from '../controllers/password-field-controller.js';
import { TaskRunner } from '../controllers/task-runner.js';
import { errorMessage, type ErrorWording } from '../i18n/error-message.js';
import { passwordDe, passwordEn } from '../parts/password-field.terms.js';
import { passwordFieldStyles } from '../theme/tokens.js';
import { AddFlow } from './add-flow.js';
import { offer } from './offer.js';
import { passkeyList } from './passkey-list.js';
import { passkeysClient, type PasskeysClient } from './pk-passkeys.client.js';
import { passkeysDe } from './pk-passkeys.de.js';
import { passkeysEn } from './pk-passkeys.en.js';
import { PkPasskeysErrorEvent } from './pk-passkeys.events.js';
import { passkeysStyles } from './pk-passkeys.styles.js';
import {
  loadWording,
  sessionCodes,
  stateOf,
  type PasskeysHost,
  type PasskeysState,
  type PasskeysView,
  type Shown,
} from './pk-passkeys.views.js';
import { RemoveFlow } from './remove-flow.js';
import { RenameFlow } from './rename-flow.js';
import { signalAcceptedPasskeys, signalUserDetails, type SignalDetails } from './signal.js';

export type { PasskeysState };

const unsupported: PasskeySupport = { available: false, autofill: false };

/**
 * @summary The signed-in member's passkeys: a list (name, synced or bound to one device, when
 * added, when last used) with "Umbenennen" and "Entfernen" for each, and "Dieses Gerät als
 * Passkey hinzufügen"; or, with `offer`, only an invitation to add one.
 *
 * Loads the list when connected. When the member's login is too old to add a passkey, asks for
 * the password first, inline, and then adds the passkey in the same step.
 *
 * Renaming opens a field in the passkey's row (at most 64 characters, checked on "Speichern";
 * Escape or "Abbrechen" leaves it); focus returns to the row's "Umbenennen", and the new name is
 * announced. Removing asks first, in place of the list: while other passkeys remain, the server
 * answers a pending approval and `<pk-approve>` is shown inline, as in the protected forms, to be
 * approved with one of the other passkeys (never the one being removed); once approved the
 * passkey is gone from the list, and after a decline "Zurück zu Ihren Passkeys" leads back. The
 * last passkey is removed with the password instead, after a warning that changes of address and
 * bank details then need a new passkey.
 *
 * Where the browser has the WebAuthn Signal API, the member's password manager is told which
 * passkeys still exist (`PublicKeyCredential.signalAllAcceptedCredentials`) after each load of
 * the list and after a removal, and the account's name (`signalCurrentUserDetails`) after each
 * load; where it has not, nothing happens.
 *
 * Offer mode (`offer`), for the page after a password sign-in: when the server says the member
 * may be invited (signed in with the password, no passkey yet, no "Nicht jetzt" in the last 30
 * days) and the browser supports passkeys, shows "Schneller und sicherer anmelden" with "Passkey
 * anlegen" (the add flow above) and "Nicht jetzt" (remembered by the server; the invitation goes
 * and the status says so). Otherwise it shows nothing, a list that cannot be loaded included.
 *
 * By hand with NVDA or VoiceOver: each passkey's buttons are read with its name; the name field
 * is read with its label and hint, and its error after an empty "Speichern"; the new name and a
 * removal are heard from the status region; the confirm step's heading is read when it appears,
 * and so is `<pk-approve>`'s; after "Nicht jetzt" the status is heard.
 *
 * @attr {'loading' | 'idle' | 'busy' | 'error' | 'success' | 'confirm'} state - What the element
 *   shows (read only): `confirm` while it asks before adding (the password) or removing,
 *   `idle` while its `<pk-approve>` is shown, `success` after adding, renaming, removing or
 *   "Nicht jetzt".
 * @attr {boolean} offer - Shows only the invitation to add a passkey, when the server offers one.
 *
 * @fires {PkPasskeysSuccessEvent} pk-passkeys-success - A passkey was added; `detail: { passkey }`.
 * @fires {PkPasskeyRenamedEvent} pk-passkey-renamed - A passkey was renamed; `detail: { passkey }`
 *   (with its new name).
 * @fires {PkPasskeyRemovedEvent} pk-passkey-removed - A passkey was removed; `detail: { passkey }`
 *   (as it was).
 * @fires {PkPasskeysErrorEvent} pk-passkeys-error - An error is shown, the inline approval's too;
 *   `detail: { code }`.
 *
 * @csspart passkey-list - The list of passkeys.
 * @csspart passkey - One passkey in the list.
 * @csspart passkey-name - A passkey's name.
 * @csspart passkey-detail - A line about a passkey (synced, added, last used).
 * @csspart passkey-actions - A passkey's "Umbenennen" and "Entfernen".
 * @csspart rename - A passkey's "Umbenennen" button (named after the passkey).
 * @csspart remove - A passkey's "Entfernen" button (named after the passkey).
 * @csspart rename-form - The name field in a passkey's row, with "Speichern" and "Abbrechen".
 * @csspart empty - The text shown when there is no passkey yet.
 * @csspart submit - The "Dieses Gerät als Passkey hinzufügen" button, and each form's main button
 *   ("Bestätigen und Passkey hinzufügen", "Speichern", "Passkey entfernen", "Passkey anlegen").
 * @csspart secondary-action - The button that loads the list again after an error, each form's
 *   "Abbrechen", "Zurück zu Ihren Passkeys" and "Nicht jetzt".
 * @csspart note - The note that the browser does not support passkeys.
 * @csspart form - The confirm form (password before adding a passkey; before removing one).
 * @csspart heading - The confirm form's and the invitation's heading; the confirm form's takes
 *   focus when it appears.
 * @csspart warning - The warning before the last passkey is removed.
 * @csspart offer - The invitation to add a passkey (`offer`).
 * @csspart step - Around the inline `<pk-approve>` of a removal and "Zurück zu Ihren Passkeys".
 * @csspart field - A field's label, hint, error and input group.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart input - The password input and the name input.
 * @csspart error - A field's error message.
 * @csspart toggle - The button that shows or hides the password.
 *
 * @cssproperty --pk-passkeys-max-width - Width of the element.
 */
export class PkPasskeys extends PortalkitElement<PasskeysClient, PasskeysView> {
  static override properties = {
    offer: { type: Boolean },
    passkeys: { state: true },
  };

  /** Shows only the invitation to add a passkey, when the server offers one. */
  offer = false;

  protected view: PasskeysView = { is: 'loading' };
  protected passkeys: PasskeyView[] = [];
  /** The server offers to add a passkey (`PasskeyList.offer`). */
  #offered = false;
  #details?: SignalDetails;
  #support?: PasskeySupport;

  readonly #task = new TaskRunner();
  readonly #password = new PasswordFieldController(this, {
    localize: this.localize,
    announce: (message) => (this.status = message),
  });
  readonly #adding = new AddFlow(this.#host(), this.#password);
  readonly #rename = new RenameFlow(this.#host());
  readonly #remove = new RemoveFlow(this.#host(), this.#password);

  constructor() {
    super({
      client: passkeysClient,
      terms: {
        de: { ...passwordDe, ...passkeysDe },
        en: { ...passwordEn, ...passkeysEn },
      },
      styles: [passwordFieldStyles, passkeysStyles],
    });
  }

  override get state(): PasskeysState {
    return stateOf(this.view);
  }

  protected override clientAttached(client: PasskeysClient): void {
    this.#load(client);
  }

  protected override clientDetached(client: PasskeysClient): void {
    this.#task.abort();
    this.#adding.detach(client);
    this.#rename.abort();
    this.#remove.abort();
  }

  protected renderView(): TemplateResult | typeof nothing {
    const view = this.view;
    switch (view.is) {
      case 'loading':
      case 'dismissed':
        return nothing;
      case 'loadFailed':
        return html`${this.#summary(view.error)}
        ${
          sessionCodes.includes(view.error.code)
            ? nothing
            : html`<button type="button" part="secondary-action" @click=${this.#onRetry}>
                ${this.t('common.retry')}
              </button>`
        }`;
      case 'addFailed':
        // With the session gone, adding cannot work: the message says to log in again.
        if (sessionCodes.includes(view.error.code)) return this.#summary(view.error);
        return this.offer
          ? this.#renderOffer(this.#summary(view.error))
          : html`${this.#summary(view.error)}${this.#list()}${this.#renderAdd(false)}`;
      case 'adding':
        if (view.from === 'confirm') return this.#adding.renderConfirm([], 'passkeys.addBusy');
        return this.offer
          ? this.#renderOffer(nothing, true)
          : html`${this.#list()}${this.#renderAdd(true)}`;
      case 'list':
      case 'added':
      case 'renamed':
      case 'removed':
        if (this.offer) return view.is === 'list' ? this.#renderOffer(nothing) : nothing;
        return html`${this.#list()}${this.#renderAdd(false)}`;
      case 'dismissing':
        return this.#renderOffer(nothing);
      case 'confirm':
        return this.#adding.renderConfirm(view.errors);
      case 'confirming':
        return this.#adding.renderConfirm([], 'passkeys.confirmBusy');
      case 'rename':
        return html`${view.errors.length > 0 ? this.summary(view.errors) : nothing}
        ${this.#list(this.#rename.render(view))}${this.#renderAdd(false)}`;
      case 'remove':
        return this.#remove.renderConfirm(view);
      case 'approve':
        return this.#remove.renderApprove(view);
    }
  }

  #summary(error: Shown): TemplateResult {
    return this.summary([{ message: error.message }]);
  }

  #list(renaming?: TemplateResult): TemplateResult {
    const view = this.view;
    return passkeyList({
      passkeys: this.passkeys,
      localize: this.localize,
      renaming:
        renaming && view.is === 'rename' ? { id: view.passkey.id, form: renaming } : undefined,
      actions: {
        rename: (passkey) => this.#rename.open(passkey),
        remove: (passkey) => this.#remove.open(passkey, this.passkeys.length === 1),
      },
    });
  }

  #renderAdd(busy: boolean): TemplateResult | typeof nothing {
    if (!this.#support) return nothing;
    if (!this.#support.available) {
      return html`<p part="note">${this.t('passkeys.unsupported')}</p>`;
    }
    return html`<button type="button" part="submit" @click=${() => this.#adding.start()}>
      ${this.t(busy ? 'passkeys.addBusy' : 'passkeys.add')}
    </button>`;
  }

  /** The invitation, when the server offers it and the browser can add a passkey. */
  #renderOffer(
    summary: TemplateResult | typeof nothing,
    busy = false,
  ): TemplateResult | typeof nothing {
    if (!this.#offered || !this.#support?.available) return nothing;
    return offer({
      headingId: this.fieldId('offer-heading'),
      heading: this.t('passkeys.offerHeading'),
      intro: this.t('passkeys.offerIntro'),
      accept: this.t(busy ? 'passkeys.addBusy' : 'passkeys.offerAccept'),
      dismiss: this.t('passkeys.offerDismiss'),
      busy: busy || this.view.is === 'dismissing',
      summary,
      onAccept: () => this.#adding.start(),
      onDismiss: () => this.#onDismiss(),
    });
  }

  #load(client: PasskeysClient): void {
    this.status = this.offer ? undefined : ['passkeys.loading'];
    this.view = { is: 'loading' };
    const load = () => Promise.allSettled([client.passkeySupport(), client.listPasskeys()]);
    this.#task.run(load, {
      complete: ([support, list]) => {
        this.#support = support.status === 'fulfilled' ? support.value : unsupported;
        if (list.status === 'fulfilled') this.#apply(list.value);
        else if (!this.offer) {
          return void this.#fail('loadFailed', toClientError(list.reason), loadWording);
        }
        // An invitation that cannot be loaded is not shown: there is nothing to fix.
        this.status = undefined;
        this.view = { is: 'list' };
      },
    });
  }

  /** A list as the server answers it: shown, and told to the password manager. */
  #apply(list: PasskeyList): void {
    this.passkeys = list.passkeys;
    this.#offered = list.offer;
    this.#details = list.signal;
    this.#signalPasskeys();
    signalUserDetails(list.signal);
  }

  /** Tells the password manager which passkeys exist: after a load and after a removal. */
  #signalPasskeys(): void {
    if (!this.#details) return;
    signalAcceptedPasskeys(
      this.#details,
      this.passkeys.map((passkey) => passkey.id),
    );
  }

  /** The server's list is the truth (names, order); the local one bridges until it arrives. */
  #reload(client: PasskeysClient, failed?: () => void): void {
    this.#task.run(() => client.listPasskeys(), {
      complete: (list) => this.#apply(list),
      error: () => failed?.(),
    });
  }

  #onRetry(): void {
    this.#load(this.activeClient);
  }

  /**
   * "Nicht jetzt": the invitation goes at once and the status says so. The server remembers it;
   * should it not answer, the member is asked again on a later sign-in, not now.
   */
  #onDismiss(): void {
    if (this.state === 'busy') return;
    const client = this.activeClient;
    this.view = { is: 'dismissing' };
    const dismissed = () => {
      this.#offered = false;
      this.status = ['passkeys.offerDismissed'];
      this.view = { is: 'dismissed' };
    };
    this.#task.run(() => client.dismissPasskeyOffer(), {
      complete: (list) => {
        this.#apply(list);
        dismissed();
      },
      error: dismissed,
    });
  }

  #fail(is: 'loadFailed', error: ClientError, own: ErrorWording): Promise<void> {
    const shown = { code: error.code, message: errorMessage(error, own) };
    return this.showError({ is, error: shown }, new PkPasskeysErrorEvent({ code: error.code }));
  }

  /** What the rename and remove flows use of the element. */
  #host(): PasskeysHost {
    // The flows are built in field initializers: each getter reads the element when called.
    const element = this;
    return {
      get view() {
        return element.view;
      },
      set view(view) {
        element.view = view;
      },
      get status() {
        return element.status;
      },
      set status(message) {
        element.status = message;
      },
      get passkeys() {
        return element.passkeys;
      },
      set passkeys(passkeys) {
        element.passkeys = passkeys;
      },
      get client() {
        return element.activeClient;
      },
      localize: element.localize,
      id: (name) => element.fieldId(name),
      summary: (errors) => element.summary(errors),
      fieldError: (errors, name) => element.fieldError(errors, name),
      focus: (selector) => void element.focusAfterUpdate(selector),
      fail: (view, code) => void element.showError(view, new PkPasskeysErrorEvent({ code })),
      dispatch: (event) => element.dispatchEvent(event),
      signalPasskeys: () => element.#signalPasskeys(),
      reload: (failed) => element.#reload(element.activeClient, failed),
      apply: (list) => element.#apply(list),
    };
  }
}
