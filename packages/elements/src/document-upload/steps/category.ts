import type { DocumentCategory } from '@portalkit/protocol';
import type { TemplateResult } from 'lit';
import { choices } from '../../parts/choices.js';
import { paragraph, stepForm, textInput, type StepKit } from '../../parts/step-form.js';

/**
 * What the member sends: one of the insurer's categories (a radio group, none chosen beforehand,
 * each with its hint) and an optional one-line note for the clerk.
 */
export function categoryStep(
  kit: StepKit,
  categories: readonly DocumentCategory[],
  lang: 'de' | 'en',
): TemplateResult {
  const { term } = kit;
  return stepForm(kit, {
    heading: 'documentUpload.categoryHeading',
    body: [
      paragraph(kit, 'documentUpload.categoryIntro'),
      choices({
        id: kit.id('category'),
        name: 'category',
        legend: term('documentUpload.categoryLegend'),
        error: kit.fieldError('category'),
        errorPrefix: term('common.errorPrefix'),
        choices: categories.map((choice) => ({
          value: choice.id,
          label: choice.label[lang],
          hint: choice.hint?.[lang],
        })),
        checked: kit.values['category'],
      }),
      textInput(kit, 'note', {
        label: 'documentUpload.noteLabel',
        hint: 'documentUpload.noteHint',
      }),
    ],
    submit: 'documentUpload.next',
  });
}
