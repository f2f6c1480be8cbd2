import {
  html,
  LitElement,
  nothing,
  type CSSResult,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { Transport } from '../client/transport.js';
import { ClientController } from '../controllers/client-controller.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import type { Message, Messages, PlainKey, Terms } from '../i18n/messages.js';
import { errorSummary } from '../parts/error-summary.js';
import { statusRegion } from '../parts/status.js';
import { adoptStyles } from '../styles/adopt.js';
import { baseStyles, type SheetFor } from '../theme/tokens.js';

/** An error the element shows: in the summary, and above its field if it has one. */
export interface FormError<F extends string = string> {
  field?: F;
  message: Message;
}

/** What an element brings to the shared skeleton: its flow's client, its terms, its styles. */
export interface ElementSetup<C> {
  /** Builds the element's part of the client when neither `client` nor a portal gives one. */
  client: (request: Transport) => C;
  /** The element's own terms in the built-in languages; the common ones come with every element. */
  terms: Terms<Partial<Messages>>;
  /** Sheets beside the shared base sheet: the element's own, and those of the parts it uses. */
  styles: readonly (CSSResult | SheetFor)[];
}

let instances = 0;

/**
 * @summary What every Portalkit element shares: light DOM, the shared stylesheet, the client (own,
 * from `<pk-portal>` or built from `api`), terms in the page's language, one polite status region
 * and the error summary that takes focus.
 *
 * An element states its flow: a `view` (one discriminated union of what it shows), the reflected
 * `state` derived from it, `renderView()`, and handlers that call its client.
 *
 * @attr state - What the element shows, derived from its internal state and reflected for
 *   styling (`pk-login[state=busy]`); read only. Each element lists its values.
 *
 * @csspart status - The polite live region for progress and calm messages.
 * @csspart error-summary - The list of errors at the top, which takes focus.
 *
 * @cssproperty --pk-color-primary - Buttons and accents.
 * @cssproperty --pk-color-primary-hover - Buttons on hover.
 * @cssproperty --pk-color-on-primary - Text on primary buttons.
 * @cssproperty --pk-color-error - Error texts and borders.
 * @cssproperty --pk-color-text - Text.
 * @cssproperty --pk-color-text-muted - Hints and details.
 * @cssproperty --pk-color-border - Input borders (keep 3:1 against the background).
 * @cssproperty --pk-color-divider - Lines between sections and around list items.
 * @cssproperty --pk-color-focus - The focus ring (keep 3:1 against the background).
 * @cssproperty --pk-color-surface - Background of inputs, buttons and the error summary.
 * @cssproperty --pk-color-surface-muted - Background of the status region and hovered buttons.
 * @cssproperty --pk-radius-m - Corner radius of inputs, buttons and boxes.
 * @cssproperty --pk-space-xs - Smallest spacing step.
 * @cssproperty --pk-space-s - Small spacing step.
 * @cssproperty --pk-space-m - Medium spacing step.
 * @cssproperty --pk-space-l - Large spacing step.
 * @cssproperty --pk-space-xl - Largest spacing step.
 * @cssproperty --pk-font-family - Font family.
 * @cssproperty --pk-font-size-s - Hints and details.
 * @cssproperty --pk-font-size-m - Body text.
 * @cssproperty --pk-font-size-l - Headings.
 * @cssproperty --pk-control-height - Minimum height of inputs and buttons (at least 24 px).
 */
export abstract class PortalkitElement<C extends object, V> extends LitElement {
  // Declared here rather than with decorators: the same for Lit, without decorator helpers in every
  // page that loads the element. Subclasses add theirs; Lit merges them with these.
  static override properties: PropertyDeclarations = {
    api: {},
    client: { attribute: false },
    messages: { attribute: false },
    view: { state: true },
    status: { state: true },
  };

  /** Base URL of the server helper, when not inside `<pk-portal>`. */
  api?: string;

  /** A client to use instead of the portal's or one built from `api`. */
  client?: C;

  /** Terms replacing the registered ones, e.g. an insurer's wording. */
  messages?: Partial<Messages>;

  /** What the element shows: one discriminated union per element. */
  protected abstract view: V;

  /** The text of the polite status region. */
  protected status?: Message;

  /** What the element shows, derived from `view`; reflected as the `state` attribute. */
  abstract get state(): string;

  protected readonly localize: LocalizeController;
  readonly #client: ClientController<C>;
  readonly #styles: ElementSetup<C>['styles'];
  readonly #uid = ++instances;

  constructor(setup: ElementSetup<C>) {
    super();
    this.#styles = setup.styles;
    this.localize = new LocalizeController(this, setup.terms);
    this.#client = new ClientController<C>(this, {
      build: setup.client,
      attached: (client) => this.clientAttached(client),
      detached: (client) => this.clientDetached(client),
    });
  }

  /** The client the element talks to now (its own, the portal's, or one built from `api`). */
  protected get activeClient(): C {
    return this.#client.client;
  }

  /** A client became the element's (first render, reconnect, a new client, api or portal). */
  protected clientAttached(_client: C): void {}

  /** The element stopped using a client (it left the page, or another one replaced it). */
  protected clientDetached(_client: C): void {}

  override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const tag = this.localName;
    const own = this.#styles.map((sheet) => (typeof sheet === 'function' ? sheet(tag) : sheet));
    adoptStyles(this, [baseStyles(tag), ...own]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.state;
    if (this.getAttribute('state') !== state) this.setAttribute('state', state);
  }

  override render(): TemplateResult {
    return html`${this.renderView()}${statusRegion(this.text(this.status), this.statusOnScreen())}`;
  }

  /** Whether the view shows the status text already (a countdown): then it is only read out. */
  protected statusOnScreen(): boolean {
    return false;
  }

  /** Everything but the status region, chosen by one `switch` over `view`. */
  protected abstract renderView(): TemplateResult | typeof nothing;

  /**
   * Shows an error view: no status text, the element's error event fired, and focus on the error
   * summary (GOV.UK pattern), so the member hears what went wrong.
   */
  protected async showError(view: V, event: Event): Promise<void> {
    this.view = view;
    this.status = undefined;
    this.dispatchEvent(event);
    await this.focusAfterUpdate('[part~=error-summary]');
  }

  /** Moves focus to the first match once the next render is done (summary, a new step's heading). */
  protected async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The error summary for these errors, each linked to its field. */
  protected summary(errors: readonly FormError[]): TemplateResult {
    return errorSummary({
      id: this.fieldId('summary'),
      heading: this.t('common.errorSummaryHeading'),
      items: errors.map((error) => ({
        text: this.text(error.message),
        field: error.field && this.fieldId(error.field),
      })),
    });
  }

  /** The text shown above a field, when one of the errors is its own. */
  protected fieldError(errors: readonly FormError[], name: string): string | undefined {
    const error = errors.find((candidate) => candidate.field === name);
    return error && this.text(error.message);
  }

  /** An id unique on the page for one of the element's controls. */
  protected fieldId(name: string): string {
    return `${this.localName}-${this.#uid}-${name}`;
  }

  protected t(key: PlainKey): string {
    return this.localize.term(key);
  }

  protected text(message: Message | undefined): string {
    return message ? this.localize.text(message) : '';
  }
}
