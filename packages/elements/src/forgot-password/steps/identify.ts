import { html, type TemplateResult } from 'lit';
import { paragraph, stepForm, textInput, type StepKit } from '../../parts/step-form.js';

/** The identifier field, as at sign-in: the KVNR or the e-mail address (step 1, a letter's code). */
export const identifierInput = (kit: StepKit): TemplateResult =>
  textInput(kit, 'identifier', {
    label: 'identifier.label',
    hint: 'identifier.hint',
    autocomplete: 'username',
    autocapitalize: 'none',
  });

/**
 * Step 1: whose account. Nothing is sent yet: the member chooses the way next, and the answer to
 * it is the same whether or not the account exists (issue 19).
 */
export const identifyStep = (kit: StepKit): TemplateResult =>
  stepForm(kit, {
    heading: 'forgotPassword.identifyHeading',
    body: html`${paragraph(kit, 'forgotPassword.identifyIntro')} ${identifierInput(kit)}`,
    submit: 'forgotPassword.identifySubmit',
  });
