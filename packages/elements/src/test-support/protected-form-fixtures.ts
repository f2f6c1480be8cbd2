import type { LitElement } from 'lit';
import { part, until, type Lang } from './fixtures.js';
import { fill, press } from './step-fixtures.js';

/** A protected form as its fixtures see it (`<pk-address-change>`, `<pk-bank-details>`). */
export type ProtectedFormElement = LitElement & { state: string };

/** A fixture that renders the form with a fake client answering `options` and waits for it. */
export type MountForm<O, R extends { element: ProtectedFormElement }> = (
  options?: Partial<O>,
  lang?: Lang,
) => Promise<R>;

/**
 * The steps of a protected form, reached as a member reaches them: `values` (which the form's
 * check accepts) entered and checked, the review sent, the approval given in the inline
 * `<pk-approve>`. Each starts afresh from `mount` and returns what it returned.
 */
export function protectedFormFixtures<O, R extends { element: ProtectedFormElement }>(
  mount: MountForm<O, R>,
  values: Record<string, string>,
) {
  /** The values entered and checked: the review. */
  async function reviewed(options: Partial<O> = {}, lang?: Lang): Promise<R> {
    const result = await mount(options, lang);
    fill(result.element, values);
    await press(result.element, 'submit');
    return result;
  }

  /** The review sent: `<pk-approve>` with the pending approval. */
  async function sent(options: Partial<O> = {}, lang?: Lang): Promise<R> {
    const result = await reviewed(options, lang);
    await press(result.element, 'submit');
    return result;
  }

  /** Approved with the passkey in the inline `<pk-approve>`: the done step. */
  async function approved(options: Partial<O> = {}, lang?: Lang): Promise<R> {
    const result = await sent(options, lang);
    const approve = result.element.querySelector('pk-approve')!;
    await approve.updateComplete;
    part<HTMLButtonElement>(approve, 'submit')!.click();
    await until(result.element, 'success');
    return result;
  }

  return { mount, reviewed, sent, approved };
}

export type ProtectedFormFixtures<O, R extends { element: ProtectedFormElement }> = ReturnType<
  typeof protectedFormFixtures<O, R>
>;
