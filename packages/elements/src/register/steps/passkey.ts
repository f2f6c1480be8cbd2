import { html, type TemplateResult } from 'lit';
import type { PasskeyView } from '../pk-register.views.js';
import { paragraph, stepForm, stepHeading, type StepKit } from './kit.js';

/**
 * Step 4: binds this device with a passkey, as `<pk-passkeys>` adds one. "Später" is allowed and
 * then says in plain words what the passkey protects (its second button then goes on without
 * one); without passkey support (`supported` false) the step says why and goes on.
 */
export function passkeyStep(kit: StepKit, view: PasskeyView, supported: boolean): TemplateResult {
  if (!supported) {
    return stepForm(kit, {
      number: 4,
      heading: 'register.passkeyHeading',
      body: paragraph(kit, 'register.passkeyUnsupported', true),
      submit: 'register.laterContinue',
    });
  }
  const { later } = view;
  return stepForm(kit, {
    number: 4,
    heading: later ? 'register.laterHeading' : 'register.passkeyHeading',
    body: paragraph(kit, later ? 'register.laterText' : 'register.passkeyIntro'),
    submit: 'register.passkeyCreate',
    secondary: later ? 'register.laterContinue' : 'register.passkeyLater',
  });
}

/** Step 5: signed in, what the member can do now, and the passkey's part in it. */
export const doneStep = (kit: StepKit, passkeyAdded: boolean): TemplateResult =>
  html`<div part="step">
    ${stepHeading(kit, 5, 'register.doneHeading')} ${paragraph(kit, 'register.doneText')}
    ${paragraph(kit, passkeyAdded ? 'register.donePasskey' : 'register.doneNoPasskey')}
  </div>`;
