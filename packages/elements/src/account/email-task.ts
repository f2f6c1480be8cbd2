import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { CooldownController, type Clock } from '../controllers/cooldown-controller.js';
import type { StepKit } from '../parts/step-form.js';
import { signalUserDetails } from '../passkeys/signal.js';
import { checkCode, checkEmail, codeRefused, emailRefused } from './pk-account.checks.js';
import { PkEmailChangedEvent } from './pk-account.events.js';
import { emailView, type AccountHost, type CodeView, type FormView } from './pk-account.views.js';
import { codeStep, emailStep } from './steps/email.js';

/**
 * A new e-mail address: the address checked and sent, the code from it (6 digits, one field),
 * "Code erneut senden" after the server's wait, then the address as changed. A code typed too
 * often wrongly (`CODE_LOCKED`), or an address another account took meanwhile, leads back to the
 * address with what to do.
 */
export class EmailTask {
  readonly #host: AccountHost;
  readonly cooldown: CooldownController;

  constructor(element: ReactiveControllerHost, host: AccountHost, clock: () => Clock) {
    this.#host = host;
    this.cooldown = new CooldownController(element, {
      clock,
      started: (seconds) => (host.status = ['account.resendWait', seconds]),
      ended: () => (host.status = ['account.resendReady']),
    });
  }

  /** The wait's start is on screen beside "Code erneut senden": the status region only says it. */
  get waitShown(): boolean {
    return this.cooldown.remaining > 0 && this.#host.status?.[0] === 'account.resendWait';
  }

  open(): void {
    this.#host.values['email'] = '';
    delete this.#host.values['code'];
  }

  renderAddress(kit: StepKit): TemplateResult {
    return emailStep(kit, this.#host.account?.email ?? '');
  }

  renderCode(kit: StepKit, view: CodeView): TemplateResult {
    return codeStep(kit, view, {
      wait: this.cooldown.remaining,
      onResend: () => this.#resend(view),
    });
  }

  submitAddress(form: HTMLFormElement): void {
    const host = this.#host;
    const checked = checkEmail(host.read(form)('email'), host.account?.email ?? '');
    if (checked.errors) {
      return host.fail({ ...emailView(), errors: checked.errors }, 'VALIDATION_FAILED');
    }
    const { email } = checked;
    host.run(
      emailView(),
      (client, signal) => client.requestEmailCode({ email }, { signal }),
      (sent) => {
        delete host.values['code'];
        const { expiresIn } = sent;
        host.go({ is: 'email-code', phase: 'idle', errors: [], email: sent.email, expiresIn });
        this.cooldown.start(sent.resendIn);
      },
      (error) => {
        const errors = emailRefused(error);
        return errors && { ...emailView(), errors };
      },
    );
  }

  submitCode(form: HTMLFormElement, view: CodeView): void {
    const host = this.#host;
    const checked = checkCode(host.read(form)('code'));
    const idle: CodeView = { ...view, phase: 'idle', errors: [], resending: false };
    if ('errors' in checked) {
      return host.fail({ ...idle, errors: checked.errors }, 'VALIDATION_FAILED');
    }
    host.run(
      idle,
      (client, signal) => client.verifyEmailCode({ code: checked.code }, { signal }),
      ({ account, signal }) => {
        host.account = account;
        // The passkeys carry the address as their name: the password manager learns the new one.
        signalUserDetails(signal);
        delete host.values['code'];
        host.go({ is: 'email-done', email: account.email });
        host.status = ['account.emailDone', account.email];
        host.dispatchEvent(new PkEmailChangedEvent({ email: account.email }));
      },
      (error): FormView | undefined => {
        if (error.code === 'CODE_INVALID') {
          return { ...idle, errors: [{ field: 'code', message: ['error.CODE_INVALID'] }] };
        }
        // The code is void: a new one, to the address entered again. An address another
        // account took meanwhile: another address.
        const taken = emailRefused(error);
        if (error.code === 'CODE_LOCKED' || taken) {
          delete host.values['code'];
          this.cooldown.stop();
          return { ...emailView(), errors: taken ?? [{ message: ['error.CODE_LOCKED'] }] };
        }
        const errors = codeRefused(error);
        return errors && { ...idle, errors };
      },
    );
  }

  /** "Code erneut senden": to the same address, once the wait is over. */
  #resend(view: CodeView): void {
    // Pressed during the wait (it stays focusable, `aria-disabled`): nothing happens.
    if (this.#host.busy || this.cooldown.remaining > 0) return;
    const idle: CodeView = { ...view, phase: 'idle', errors: [], resending: false };
    const host = this.#host;
    host.run(
      idle,
      (client, signal) => client.requestEmailCode({ email: view.email }, { signal }),
      (sent) => {
        // Not `go`: the step stays, and so does focus on the button.
        host.show({ ...idle, resent: true, expiresIn: sent.expiresIn });
        this.cooldown.start(sent.resendIn);
      },
      undefined,
      { ...idle, resending: true },
    );
  }
}
