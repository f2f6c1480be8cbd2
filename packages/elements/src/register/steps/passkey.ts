import { html, type TemplateResult } from 'lit';
import { paragraph, stepForm, stepHeading, type StepKit } from './kit.js';

export interface PasskeyStepOptions {
  /** Whether the browser can create passkeys. */
  supported: boolean;
  /** The member chose "Später": the step explains what a passkey would protect. */
  later: boolean;
  onCreate: () => void;
  onLater: () => void;
  onSkip: () => void;
}

/**
 * Step 4: binds this device with a passkey, as `<pk-passkeys>` adds one. "Später" is allowed and
 * then says in plain words what the passkey protects; without passkey support the step says why
 * and goes on.
 */
export function passkeyStep(kit: StepKit, options: PasskeyStepOptions): TemplateResult {
  if (!options.supported) {
    return stepForm(kit, {
      number: 4,
      heading: 'register.passkeyHeading',
      body: html`<p part="note">${kit.localize.term('register.passkeyUnsupported')}</p>`,
      submit: 'register.laterContinue',
      onSubmit: options.onSkip,
    });
  }
  if (options.later) {
    return stepForm(kit, {
      number: 4,
      heading: 'register.laterHeading',
      body: paragraph(kit, 'register.laterText'),
      submit: 'register.passkeyCreate',
      busyText: 'register.passkeyBusy',
      onSubmit: options.onCreate,
      secondary: { label: 'register.laterContinue', onClick: options.onSkip },
    });
  }
  return stepForm(kit, {
    number: 4,
    heading: 'register.passkeyHeading',
    body: paragraph(kit, 'register.passkeyIntro'),
    submit: 'register.passkeyCreate',
    busyText: 'register.passkeyBusy',
    onSubmit: options.onCreate,
    secondary: { label: 'register.passkeyLater', onClick: options.onLater },
  });
}

/** Step 5: signed in, what the member can do now, and the passkey's part in it. */
export function doneStep(kit: StepKit, passkeyAdded: boolean): TemplateResult {
  return html`<div part="step">
    ${stepHeading(kit, 5, 'register.doneHeading')} ${paragraph(kit, 'register.doneText')}
    ${paragraph(kit, passkeyAdded ? 'register.donePasskey' : 'register.doneNoPasskey')}
  </div>`;
}
