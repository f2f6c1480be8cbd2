import { parseKvnr, type PasswordContext, type SignedIn } from '@portalkit/protocol';
import { nothing, type TemplateResult } from 'lit';
import { StepElement } from '../base/step-element.js';
import { afterPaint } from '../controllers/after-paint.js';
import { NewPasswordController } from '../controllers/new-password-controller.js';
import { PasskeySupportController } from '../controllers/passkey-support-controller.js';
import { wording } from '../i18n/error-message.js';
import { takeCodeFromAddress } from '../parts/code-from-address.js';
import { passwordDe, passwordEn } from '../parts/password-field.terms.js';
import { passwordRulesDe, passwordRulesEn } from '../parts/password-rules.terms.js';
import { passwordFieldStyles, passwordRulesStyles } from '../theme/tokens.js';
import { registerClient, type RegisterClient } from './pk-register.client.js';
import { registerDe } from './pk-register.de.js';
import { registerEn } from './pk-register.en.js';
import {
  PkRegisterCompleteEvent,
  PkRegisterErrorEvent,
  PkRegisterStepEvent,
  type RegisterStep,
} from './pk-register.events.js';
import { registerStyles } from './pk-register.styles.js';
import {
  activate,
  busyText,
  identify,
  passkey,
  password,
  type ActivateView,
  type FormView,
  type PasskeyView,
  type RegisterState,
  type RegisterView,
} from './pk-register.views.js';
import { letterRequested, registrationStage, rememberLetter } from './resume.js';
import { activateStep, checkActivate } from './steps/activate.js';
import { checkIdentify, identifyStep, letterStep } from './steps/identify.js';
import { doneStep, passkeyStep } from './steps/passkey.js';
import { passwordStep } from './steps/password.js';

export type { RegisterState, RegisterStep };

const registerWording = wording('register.unavailable', {
  PASSKEY_FAILED: 'register.passkeyFailed',
  PASSKEY_INVALID: 'register.passkeyFailed',
  PASSKEY_UNSUPPORTED: 'register.passkeyUnsupported',
  CONFIRMATION_REQUIRED: 'register.passkeyFailed',
});

/**
 * @summary Registration in steps: identify against the member registry, activation letter by
 * post, activation code, a new password and binding this device with a passkey.
 *
 * Steps, each a form validated on submit with an error summary: (1) KVNR, postcode, date of birth
 * and e-mail ("letter requested" is the same answer whether or not they matched), (2) KVNR and the
 * letter's code (filled in from the QR code's `#code=…`, which is then removed from the address),
 * (3) the password with the policy's rules ticked as typed, (4) a passkey or "Später", (5) done.
 * "Schritt 2 von 5" is in every heading, which takes focus when its step appears; "Zurück" keeps
 * what was entered. A reload resumes: after a letter was requested (storage keeps only that) at
 * the code, after activation (the server's cookie) at the password.
 *
 * @attr {'loading' | 'idle' | 'busy' | 'error' | 'success'} state - What the current step shows
 *   (read only); `success` on the letter and done steps.
 * @attr {'identify' | 'letter' | 'activate' | 'password' | 'passkey' | 'done'} step - The current
 *   step (read only); absent while loading.
 *
 * @fires {PkRegisterCompleteEvent} pk-register-complete - The account exists and the member is
 *   signed in; `detail: { session, passkeyAdded }`.
 * @fires {PkRegisterStepEvent} pk-register-step - Another step is shown; `detail: { step }`.
 * @fires {PkRegisterErrorEvent} pk-register-error - An error is shown; `detail: { code }`.
 *
 * @csspart step - The current step (a form, except on the done step).
 * @csspart form - The current step's `<form>`.
 * @csspart heading - The step's heading, which takes focus when the step appears.
 * @csspart progress - "Schritt 2 von 5" inside the heading.
 * @csspart field - A label, hint, error and input group (the date of birth's fieldset too).
 * @csspart label - A field's label or the date's legend.
 * @csspart hint - A field's hint.
 * @csspart input - A text input.
 * @csspart error - A field's error message.
 * @csspart note - The note that the code came from the letter, or that passkeys are unsupported.
 * @csspart rules - The new password's rules.
 * @csspart rule - One rule; `data-status` is `met`, `unmet`, `failed` or `server`.
 * @csspart toggle - The button that shows or hides the password.
 * @csspart submit - The step's main button.
 * @csspart secondary-action - "Zurück", "Später" or "Ohne Passkey weiter".
 *
 * @cssproperty --pk-register-max-width - Width of the element.
 */
export class PkRegister extends StepElement<RegisterClient, RegisterView, FormView> {
  static override properties = {
    cardNumber: { type: Boolean, attribute: 'card-number' },
    passwordPolicy: { attribute: 'password-policy' },
  };

  /** Asks for the last 6 digits of the health card's number too (where the insurer does). */
  cardNumber = false;

  /** The server's password policy, whose rules the password step shows: `modern` or `classic`. */
  passwordPolicy: 'modern' | 'classic' = 'modern';

  protected view: RegisterView = { is: 'loading' };
  #displayName?: string | undefined;
  #session?: SignedIn;
  /** Whether the server was asked where to resume (once per element). */
  #asked = false;

  readonly #passkeys = new PasskeySupportController(this);
  readonly #password = new NewPasswordController(this, {
    localize: this.localize,
    policy: () => this.passwordPolicy,
    context: () => this.#context(),
    announce: (message) => (this.status = message),
    shown: () => this.view.is === 'password',
  });

  constructor() {
    super({
      client: registerClient,
      terms: {
        de: { ...passwordDe, ...passwordRulesDe, ...registerDe },
        en: { ...passwordEn, ...passwordRulesEn, ...registerEn },
      },
      styles: [passwordFieldStyles, passwordRulesStyles, registerStyles],
      stepEvent: PkRegisterStepEvent,
      errorEvent: PkRegisterErrorEvent,
      wording: registerWording,
      passkeyCancelled: 'register.passkeyCancelled',
      busyText,
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.view.is !== 'loading' || this.#asked) return;
    // Opened from the letter's QR code: the code is in the address, and the step is clear.
    const code = takeCodeFromAddress();
    if (code !== undefined) {
      this.values['code'] = code;
      this.view = activate(true);
      this.#asked = true;
    } else {
      // The first step shows at once; the server's answer only matters after an activation.
      const stage = registrationStage();
      if (stage !== 'activated') this.view = stage ? activate() : identify();
    }
  }

  protected override clientAttached(client: RegisterClient): void {
    if (!this.#asked) this.#resume(client);
    // Known before step 4, so the step shows the right way on from its first render.
    this.#passkeys.ask(client);
  }

  protected override clientDetached(client: RegisterClient): void {
    super.clientDetached(client);
    // Asked again when attached again: a step still waiting for the answer would wait forever.
    if (this.view.is === 'loading') this.#asked = false;
    if (this.view.is === 'passkey' && this.view.phase === 'busy') {
      client.cancelPasskey();
      this.view = passkey(this.view.later);
    }
  }

  protected renderView(): TemplateResult | typeof nothing {
    const view = this.view;
    switch (view.is) {
      case 'loading':
        return nothing;
      case 'identify':
        return identifyStep(this.kit(view), view, this.cardNumber);
      case 'letter':
        return letterStep(this.kit());
      case 'activate':
        return activateStep(this.kit(view), view);
      case 'password': {
        const kit = this.kit(view, this.#password.errors(view.failed, 'password'));
        return passwordStep(kit, {
          displayName: this.#displayName,
          password: this.#password.field(kit, view.failed, this.#kvnr()),
        });
      }
      case 'passkey':
        return passkeyStep(this.kit(view), view, this.#passkeys.available !== false);
      case 'done':
        return doneStep(this.kit(), view.passkeyAdded);
    }
  }

  protected submitStep(form: HTMLFormElement): void {
    const view = this.view;
    switch (view.is) {
      case 'identify':
        return this.#onIdentify(form);
      case 'letter':
        return this.go(activate());
      case 'activate':
        return this.#onActivate(form, view);
      case 'password':
        return this.#onPassword(form);
      case 'passkey':
        return this.#passkeys.available === false ? this.#finish(false) : this.#onPasskey(view);
    }
  }

  /** "Zurück" (letter, code: to step 1), "Später", and "Ohne Passkey weiter" after it. */
  protected secondaryStep(): void {
    const view = this.view;
    if (view.is !== 'passkey') this.go(identify());
    else if (view.later) this.#finish(false);
    else this.go(passkey(true));
  }

  /**
   * Where a reload or a later visit goes on: the server knows an activation, storage a letter.
   * While the step storage chose is shown, an activation the server still holds (storage off, or
   * cleared) moves on to the password, unless the member began typing.
   */
  #resume(client: RegisterClient): void {
    this.#asked = true;
    const waiting = this.view.is === 'loading';
    if (waiting) this.status = ['register.loading'];
    const untouched = () => waiting || (this.state === 'idle' && !this.edited);
    const resume = (activated: boolean) => {
      if (!untouched()) return;
      if (waiting) this.status = undefined;
      if (activated) this.view = password();
      else if (waiting) this.view = letterRequested() ? activate() : identify();
    };
    // A step already shown waits for nothing: the question goes out once it is painted.
    const ask = (signal: AbortSignal) =>
      waiting
        ? client.registration({ signal })
        : afterPaint().then(() => client.registration({ signal }));
    this.task.run(ask, {
      complete: (state) => {
        if (state.activated && untouched()) this.#displayName = state.displayName;
        resume(state.activated);
      },
      // Without an answer, the member starts where this browser knows: the code or the details.
      error: () => resume(false),
    });
  }

  #onIdentify(form: HTMLFormElement): void {
    const { input, errors, invalidDate } = checkIdentify(this.read(form), this.cardNumber);
    const view = identify();
    if (!input) return this.fail({ ...view, errors, invalidDate }, 'VALIDATION_FAILED');
    this.run(
      view,
      (client, signal) => client.requestLetter(input, { signal }),
      () => {
        rememberLetter('letter');
        this.go({ is: 'letter' });
      },
    );
  }

  #onActivate(form: HTMLFormElement, { prefilled }: ActivateView): void {
    const { input, errors } = checkActivate(this.read(form));
    const view = activate(prefilled);
    if (!input) return this.fail({ ...view, errors }, 'VALIDATION_FAILED');
    const wrongCode = {
      ...view,
      errors: [{ field: 'code', message: ['error.CODE_INVALID'] }],
    } as FormView;
    this.run(
      view,
      (client, signal) => client.activate(input, { signal }),
      (state) => {
        if (!state.activated) return this.fail(wrongCode, 'CODE_INVALID');
        this.#displayName = state.displayName;
        rememberLetter('activated');
        this.go(password());
      },
      (error) => {
        if (error.code === 'CODE_INVALID') return wrongCode;
        if (error.code !== 'CODE_LOCKED') return undefined;
        // The code is void: the way on is a new letter, from step 1 with the details kept.
        rememberLetter(false);
        delete this.values['code'];
        return { ...identify(), errors: [{ message: ['error.CODE_LOCKED'] }] };
      },
    );
  }

  #onPassword(form: HTMLFormElement): void {
    const { password: value, problem } = this.#password.submitted(form);
    const view = password();
    if (problem) return this.fail({ ...view, ...problem }, 'VALIDATION_FAILED');
    this.run(
      view,
      (client, signal) => client.createAccount({ password: value }, { signal }),
      ({ session }) => {
        rememberLetter(false);
        this.#session = session;
        this.go(passkey());
      },
      (error) => {
        if (error.code === 'REGISTRATION_REQUIRED') {
          return { ...activate(), errors: [{ message: ['error.REGISTRATION_REQUIRED'] }] };
        }
        const failed = this.#password.refused(error);
        return failed && { ...view, failed };
      },
    );
  }

  #onPasskey(view: PasskeyView): void {
    this.run(
      view,
      (client) => client.addPasskey(),
      () => this.#finish(true),
    );
  }

  #finish(passkeyAdded: boolean): void {
    this.go({ is: 'done', passkeyAdded });
    const session = this.#session;
    if (session) this.dispatchEvent(new PkRegisterCompleteEvent({ session, passkeyAdded }));
  }

  #kvnr(): string | undefined {
    const kvnr = parseKvnr(this.values['kvnr'] ?? '');
    return kvnr.ok ? kvnr.value : undefined;
  }

  /** What a password must not contain or equal: the member's own data known here. */
  #context(): PasswordContext {
    const kvnr = this.#kvnr();
    return { kvnr, username: kvnr, email: this.values['email'], name: this.#displayName };
  }
}
