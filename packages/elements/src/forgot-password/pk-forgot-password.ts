import type { ResetVerified } from '@portalkit/protocol';
import { nothing, type TemplateResult } from 'lit';
import type { FormError } from '../base/portalkit-element.js';
import { StepElement } from '../base/step-element.js';
import type { ClientError } from '../client/client-error.js';
import { CooldownController, pageClock, type Clock } from '../controllers/cooldown-controller.js';
import { NewPasswordController } from '../controllers/new-password-controller.js';
import { PasskeySupportController } from '../controllers/passkey-support-controller.js';
import { takeCodeFromAddress } from '../parts/code-from-address.js';
import { resendCodeStyles } from '../parts/resend-code.js';
import { identifierDe, identifierEn } from '../parts/identifier.terms.js';
import { passwordDe, passwordEn } from '../parts/password-field.terms.js';
import {
  passwordRulesDe,
  passwordRulesEn,
  recentPasswordDe,
  recentPasswordEn,
} from '../parts/password-rules.terms.js';
import { passwordFieldStyles, passwordRulesStyles } from '../theme/tokens.js';
import {
  checkEntered,
  forgotPasswordWording,
  identifierOf,
  passwordContext,
  wantedMethods,
} from './pk-forgot-password.checks.js';
import { forgotPasswordClient, type ForgotPasswordClient } from './pk-forgot-password.client.js';
import { forgotPasswordDe } from './pk-forgot-password.de.js';
import { forgotPasswordEn } from './pk-forgot-password.en.js';
import {
  PkForgotPasswordErrorEvent,
  PkForgotPasswordStepEvent,
  PkPasswordResetEvent,
  type ForgotPasswordStep,
} from './pk-forgot-password.events.js';
import { forgotPasswordStyles } from './pk-forgot-password.styles.js';
import {
  busyText,
  code,
  identify,
  method,
  password,
  type CodeView,
  type ForgotPasswordState,
  type ForgotPasswordView,
  type FormView,
  type ResetMethod,
} from './pk-forgot-password.views.js';
import { codeStep } from './steps/code.js';
import { identifyStep } from './steps/identify.js';
import { letterStep, methodStep } from './steps/method.js';
import { doneStep, passwordStep } from './steps/password.js';

export type { ForgotPasswordState, ForgotPasswordStep, ResetMethod };

/**
 * @summary A new password for a member who forgot it: a code by e-mail, SMS or letter, or a
 * passkey of the account, then the new password; the member is then signed in.
 *
 * Steps, each a form validated on submit with an error summary: (1) the KVNR or e-mail address,
 * (2) the way: a code by e-mail, SMS or a new activation letter, or "Mit meinem Passkey" (the
 * same choice for every member; a passkey goes straight to step 4), (3) the code, with "Code
 * erneut senden" after a visible wait that is announced when it starts and ends, or the letter's
 * answer, (4) the new password with the policy's rules ticked as typed, (5) done. The answer to
 * every request before the proof is the same whether or not the account exists. Each step's
 * heading takes focus when it appears. Opened from a reset letter's QR code (`#code=…`, removed
 * from the address), it starts at the code, filled in, and asks whose account it is.
 *
 * @attr {'idle' | 'busy' | 'error' | 'success'} state - What the current step shows (read
 *   only); `success` on the letter and done steps.
 * @attr {'identify' | 'method' | 'code' | 'letter' | 'password' | 'done'} step - The current
 *   step (read only).
 *
 * @fires {PkPasswordResetEvent} pk-password-reset - The new password is set, every other session
 *   is ended and the member is signed in; `detail: { session }`.
 * @fires {PkForgotPasswordStepEvent} pk-forgot-password-step - Another step is shown;
 *   `detail: { step }`.
 * @fires {PkForgotPasswordErrorEvent} pk-forgot-password-error - An error is shown;
 *   `detail: { code }`.
 *
 * @csspart step - The current step (a form, except on the done step).
 * @csspart form - The current step's `<form>`.
 * @csspart heading - The step's heading, which takes focus when the step appears.
 * @csspart field - A label, hint, error and input group (the ways' fieldset too).
 * @csspart label - A field's label, the ways' legend and each way's label.
 * @csspart hint - A field's hint, and each way's.
 * @csspart input - A text input.
 * @csspart error - A field's error message.
 * @csspart choices - The ways to choose from.
 * @csspart choice - One way: its radio button, label and hint.
 * @csspart radio - A way's radio button.
 * @csspart note - A remark set apart: the code came from the letter, passkeys are unsupported.
 * @csspart countdown - The seconds until "Code erneut senden" is offered.
 * @csspart rules - The new password's rules.
 * @csspart rule - One rule; `data-status` is `met`, `unmet`, `failed` or `server`.
 * @csspart toggle - The button that shows or hides the password.
 * @csspart submit - The step's main button.
 * @csspart secondary-action - "Ich habe schon einen Code", "Zurück", "Anderen Weg wählen",
 *   "Code erneut senden".
 *
 * @cssproperty --pk-forgot-password-max-width - Width of the element.
 */
export class PkForgotPassword extends StepElement<
  ForgotPasswordClient,
  ForgotPasswordView,
  FormView
> {
  static override properties = {
    methods: {},
    passwordPolicy: { attribute: 'password-policy' },
  };

  /**
   * The ways offered, space separated: `email sms letter passkey` (the default, all four) or a
   * part of them, as the server is configured.
   */
  methods = 'email sms letter passkey';

  /** The server's password policy, whose rules the password step shows: `modern` or `classic`. */
  passwordPolicy: 'modern' | 'classic' = 'modern';

  /**
   * Where the "send again" wait reads the time.
   * @internal
   */
  clock: Clock = pageClock;

  protected view: ForgotPasswordView = identify();
  #verified?: ResetVerified | undefined;
  /** Whether the address was read for a letter's code (once per element). */
  #addressRead = false;

  readonly #passkeys = new PasskeySupportController(this);
  readonly #password = new NewPasswordController(this, {
    localize: this.localize,
    policy: () => this.passwordPolicy,
    context: () => passwordContext(this.values, this.#verified?.displayName),
    announce: (message) => (this.status = message),
    replaced: true,
    shown: () => this.view.is === 'password',
  });
  readonly #cooldown = new CooldownController(this, {
    clock: () => this.clock,
    started: (seconds) => (this.status = ['forgotPassword.resendWait', seconds]),
    ended: () => (this.status = ['forgotPassword.resendReady']),
  });

  constructor() {
    super({
      client: forgotPasswordClient,
      terms: {
        de: {
          ...identifierDe,
          ...passwordDe,
          ...passwordRulesDe,
          ...recentPasswordDe,
          ...forgotPasswordDe,
        },
        en: {
          ...identifierEn,
          ...passwordEn,
          ...passwordRulesEn,
          ...recentPasswordEn,
          ...forgotPasswordEn,
        },
      },
      styles: [passwordFieldStyles, passwordRulesStyles, forgotPasswordStyles, resendCodeStyles],
      stepEvent: PkForgotPasswordStepEvent,
      errorEvent: PkForgotPasswordErrorEvent,
      wording: forgotPasswordWording,
      passkeyCancelled: 'forgotPassword.passkeyCancelled',
      busyText,
    });
  }

  /** The current step. */
  override get step(): ForgotPasswordStep {
    return this.view.is;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#addressRead) return;
    this.#addressRead = true;
    // Opened from a reset letter's QR code: the code is in the address, the account is not.
    const fromLetter = takeCodeFromAddress();
    if (fromLetter !== undefined) {
      this.values['code'] = fromLetter;
      this.view = code('letter', { askIdentifier: true, prefilled: true });
    }
  }

  protected override clientAttached(client: ForgotPasswordClient): void {
    // Known before the choice of way is shown.
    this.#passkeys.ask(client);
  }

  protected override clientDetached(client: ForgotPasswordClient): void {
    super.clientDetached(client);
    // A request left unanswered: the same step again, to press once more.
    const view = this.view;
    if (view.is === 'method' && view.phase === 'busy' && view.by === 'passkey') {
      client.cancelPasskey();
    }
    if ('phase' in view && view.phase === 'busy') {
      this.view = { ...view, phase: 'idle' } as FormView;
    }
  }

  protected renderView(): TemplateResult | typeof nothing {
    const view = this.view;
    switch (view.is) {
      case 'identify':
        return identifyStep(this.kit(view));
      case 'method':
        return methodStep(this.kit(view), {
          methods: this.#offered(),
          passkeyUnsupported:
            wantedMethods(this.methods).includes('passkey') && this.#passkeys.available === false,
          onBack: () => this.go(identify()),
        });
      case 'code':
        return codeStep(this.kit(view), view, {
          wait: this.#cooldown.remaining,
          onResend: () => this.#resend(view),
        });
      case 'letter':
        return letterStep(this.kit());
      case 'password': {
        const kit = this.kit(view, this.#password.errors(view.failed, 'password'));
        return passwordStep(kit, {
          verified: this.#verified,
          password: this.#password.field(kit, view.failed, identifierOf(this.values)),
        });
      }
      case 'done':
        return doneStep(this.kit());
    }
  }

  /** The wait's start is on screen beside "Code erneut senden": the status region only says it. */
  protected override statusOnScreen(): boolean {
    return this.#cooldown.remaining > 0 && this.status?.[0] === 'forgotPassword.resendWait';
  }

  /** "Code erneut senden" says itself that it runs; the main button keeps its words. */
  protected override busyLabel(view: FormView) {
    return view.is === 'code' && view.resending ? undefined : super.busyLabel(view);
  }

  /** The ways shown: the passkey only where this browser has passkeys. */
  #offered(): ResetMethod[] {
    const wanted = wantedMethods(this.methods);
    return this.#passkeys.available === false ? wanted.filter((way) => way !== 'passkey') : wanted;
  }

  protected submitStep(form: HTMLFormElement): void {
    const view = this.view;
    switch (view.is) {
      case 'identify':
        return this.#onIdentify(form);
      case 'method':
        return this.#onMethod(form);
      case 'code':
        return this.#onCode(form, view);
      case 'letter':
        return this.go(code('letter'));
      case 'password':
        return this.#onPassword(form);
    }
  }

  /** "Ich habe schon einen Code" (the way), "Anderen Weg wählen" (the code, the letter). */
  protected secondaryStep(): void {
    if (this.state === 'busy') return;
    if (this.view.is === 'method') this.go(code());
    else this.go(identifierOf(this.values) ? method() : identify());
  }

  /** Leaving a step ends its wait before "Code erneut senden", unannounced. */
  protected override go(view: ForgotPasswordView): void {
    this.#cooldown.stop();
    super.go(view);
  }

  #onIdentify(form: HTMLFormElement): void {
    this.read(form);
    const { errors } = checkEntered(this.values, { identifier: true });
    if (errors.length > 0) return this.fail({ ...identify(), errors }, 'VALIDATION_FAILED');
    this.go(method());
  }

  #onMethod(form: HTMLFormElement): void {
    this.read(form);
    const way = this.#offered().find((offered) => offered === this.values['method']);
    const identifier = identifierOf(this.values);
    if (!identifier) return this.go(identify());
    if (!way) {
      const errors = [{ field: 'method', message: ['forgotPassword.method.empty'] }] as FormError[];
      return this.fail({ ...method(), errors }, 'VALIDATION_FAILED');
    }
    const view = { ...method(), by: way };
    if (way === 'passkey') {
      return this.run(
        view,
        (client) => client.verifyResetPasskey({ identifier }),
        (verified) => this.#proved(verified),
      );
    }
    this.run(
      view,
      (client, signal) => client.requestResetCode({ identifier, channel: way }, { signal }),
      ({ resendAfter }) => {
        if (way === 'letter') return this.go({ is: 'letter' });
        this.go(code(way));
        this.#cooldown.start(resendAfter);
      },
      (error) => this.#identifierRefused(error),
    );
  }

  #onCode(form: HTMLFormElement, view: CodeView): void {
    this.read(form);
    const { values, errors } = checkEntered(this.values, {
      identifier: view.askIdentifier,
      code: true,
    });
    const code = values?.code;
    const identifier = identifierOf(this.values);
    if (!code) return this.fail({ ...view, errors }, 'VALIDATION_FAILED');
    if (!identifier) return this.go(identify());
    const idle: CodeView = { ...view, phase: 'idle', errors: [], resending: false };
    this.run(
      idle,
      (client, signal) => client.verifyResetCode({ identifier, code }, { signal }),
      (verified) => this.#proved(verified),
      (error) => {
        if (error.code === 'CODE_INVALID') {
          return { ...idle, errors: [{ field: 'code', message: ['error.CODE_INVALID'] }] };
        }
        // The code is void: the way on is a new one, chosen again.
        if (error.code === 'CODE_LOCKED') {
          delete this.values['code'];
          return { ...method(), errors: [{ message: ['error.CODE_LOCKED'] }] };
        }
        return view.askIdentifier ? this.#identifierRefused(error, idle) : undefined;
      },
    );
  }

  /** "Code erneut senden": the same way again, once the wait is over. */
  #resend(view: CodeView): void {
    const identifier = identifierOf(this.values);
    const channel = view.channel;
    // Pressed during the wait (it stays focusable, `aria-disabled`): nothing happens.
    if (this.state === 'busy' || this.#cooldown.remaining > 0 || !identifier || !channel) return;
    const idle: CodeView = { ...view, phase: 'idle', errors: [], resending: false };
    this.run(
      idle,
      (client, signal) => client.requestResetCode({ identifier, channel }, { signal }),
      ({ resendAfter }) => {
        this.view = { ...idle, resent: true };
        this.#cooldown.start(resendAfter);
      },
      undefined,
      { ...idle, resending: true },
    );
  }

  #onPassword(form: HTMLFormElement): void {
    const { password: value, problem } = this.#password.submitted(form);
    const view = password();
    if (problem) return this.fail({ ...view, ...problem }, 'VALIDATION_FAILED');
    this.run(
      view,
      (client, signal) => client.resetPassword({ password: value }, { signal }),
      ({ session }) => {
        this.go({ is: 'done' });
        this.dispatchEvent(new PkPasswordResetEvent({ session }));
      },
      (error) => {
        // The proof ran out (or was never made in this browser): a new code or the passkey.
        if (error.code === 'RESET_REQUIRED') {
          return { ...method(), errors: [{ message: ['error.RESET_REQUIRED'] }] };
        }
        const failed = this.#password.refused(error);
        return failed && { ...view, failed };
      },
    );
  }

  /** A right code or the account's passkey: now the new password. */
  #proved(verified: ResetVerified): void {
    this.#verified = verified;
    delete this.values['code'];
    this.go(password());
  }

  /** The server found the identifier malformed: said at the field where it was typed. */
  #identifierRefused(error: ClientError, at: FormView = identify()): FormView | undefined {
    if (error.code !== 'VALIDATION_FAILED' || !error.fields?.['identifier']) return undefined;
    const kind = this.values['identifier']?.includes('@') ? 'emailFormat' : 'kvnrFormat';
    return { ...at, errors: [{ field: 'identifier', message: [`identifier.${kind}`] }] };
  }
}
