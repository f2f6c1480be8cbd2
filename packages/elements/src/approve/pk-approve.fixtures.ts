import { html } from '@open-wc/testing';
import type { ApprovalView } from '@portalkit/protocol';
import { FakeClock } from '../test-support/fake-clock.js';
import { mount, part, settle, text, type Lang } from '../test-support/fixtures.js';
import {
  FakeApproveClient,
  sampleApproval,
  sampleHandoff,
  type FakeApproveOptions,
} from './pk-approve.fake.js';
import type { PkApprove } from './pk-approve.js';

export interface Setup {
  lang?: Lang;
  /** How the element gets its transaction: the property (default), its id, or none (inbox). */
  by?: 'property' | 'id' | 'inbox' | 'phone';
}

/**
 * `<pk-approve>` with a fake client and a fake clock (the time left, the status requests). The
 * fake clock starts at 0: the sample transaction was created then and expires 5 minutes later.
 */
export async function approve(options: Partial<FakeApproveOptions> = {}, setup: Setup = {}) {
  const clock = new FakeClock();
  const client = new FakeApproveClient(
    { handOffApproval: { value: sampleHandoff(clock.now()) }, ...options },
    clock.now(),
  );
  const approval: ApprovalView = sampleApproval(clock.now());
  const by = setup.by ?? 'property';
  if (by === 'phone') history.replaceState(null, '', `${location.pathname}#t=tok-123`);
  const element = await mount<PkApprove>(
    by === 'property'
      ? html`<pk-approve .client=${client} .clock=${clock} .approval=${approval}></pk-approve>`
      : by === 'id'
        ? html`<pk-approve
            .client=${client}
            .clock=${clock}
            approval-id=${approval.id}
          ></pk-approve>`
        : by === 'inbox'
          ? html`<pk-approve .client=${client} .clock=${clock} mode="inbox"></pk-approve>`
          : html`<pk-approve .client=${client} .clock=${clock}></pk-approve>`,
    setup.lang,
  );
  await settle(element);
  return { client, clock, element, approval };
}

/** Presses a button by its words (`submit` for the main one). */
export async function press(element: PkApprove, button: 'submit' | string) {
  const found =
    button === 'submit'
      ? part<HTMLButtonElement>(element, 'submit')
      : [...element.querySelectorAll<HTMLButtonElement>('button')].find(
          (candidate) => text(candidate) === button,
        );
  if (!found) throw new Error(`no button ${button}`);
  found.click();
  await settle(element);
}

/** "Auf meinem Smartphone freigeben" pressed: waiting for the phone. */
export async function handedOff(options: Partial<FakeApproveOptions> = {}, setup: Setup = {}) {
  const result = await approve(options, setup);
  await press(
    result.element,
    setup.lang === 'en' ? 'Approve on my phone' : 'Auf meinem Smartphone freigeben',
  );
  return result;
}

/** On the phone: the transaction claimed with the link's token, three numbers shown. */
export async function claimed(options: Partial<FakeApproveOptions> = {}, setup: Setup = {}) {
  return approve(options, { ...setup, by: 'phone' });
}

/** On the phone: a number picked and sent. */
export async function picked(
  number: string,
  options: Partial<FakeApproveOptions> = {},
  setup: Setup = {},
) {
  const result = await claimed(options, setup);
  const radio = result.element.querySelector<HTMLInputElement>(`input[value='${number}']`);
  radio?.click();
  await press(result.element, 'submit');
  return result;
}

export const headingText = (element: PkApprove) => text(part(element, 'heading'));
export const statusText = (element: PkApprove) => text(part(element, 'status'));
export const summaryText = (element: PkApprove) => text(part(element, 'error-summary'));
