import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageWide } from '../page.js';
import { de } from './de.js';
import { en } from './en.js';
import type { Message, MessageArgs, MessageKey, Messages, Terms } from './messages.js';

export type LocalizeHost = ReactiveControllerHost &
  HTMLElement & { messages?: Partial<Messages> | undefined };

type Table = Partial<Messages>;

const fallback = 'de';
const common = new Map<string, Table>([
  ['de', de],
  ['en', en],
]);
/** Shared by the elements of every Portalkit file on the page, so one registration reaches all. */
const { registered, controllers } = pageWide('messages', () => ({
  /** Terms a site registered, per language. */
  registered: new Map<string, Table>(),
  controllers: new Set<LocalizeController>(),
}));
let observer: MutationObserver | undefined;

/**
 * Adds or overrides terms for a language, e.g. an insurer's own wording. Terms missing in a new
 * language come from German. Connected elements re-render.
 */
export function registerMessages(locale: string, messages: Partial<Messages>): void {
  const key = locale.toLowerCase();
  registered.set(key, { ...registered.get(key), ...messages });
  for (const controller of controllers) controller.host.requestUpdate();
}

/** The element's `lang`, else the nearest ancestor's (across shadow roots), else `<html lang>`. */
function declaredLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const declared = node.closest('[lang]:not([lang=""])');
    if (declared) return declared.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

const known = (tag: string) => common.has(tag) || registered.has(tag);

function supported(lang: string): string {
  const tag = lang.toLowerCase();
  if (known(tag)) return tag;
  const primary = tag.split('-')[0] ?? '';
  return known(primary) ? primary : fallback;
}

function onLangChange(): void {
  for (const controller of controllers) {
    if (controller.resolve() !== controller.lang) controller.host.requestUpdate();
  }
}

/**
 * Gives an element its terms in the language it is shown in, and re-renders it when a `lang`
 * attribute changes on it, an ancestor or `<html>` (one shared observer for all elements).
 */
export class LocalizeController implements ReactiveController {
  readonly host: LocalizeHost;
  /** The resolved language: `de`, `en` or one a site registered. */
  lang = fallback;
  readonly #own: Partial<Record<string, Table>>;

  /** `terms`: the element's own terms (its flow); the common ones come with the controller. */
  constructor(host: LocalizeHost, terms?: Terms<Table>) {
    this.host = host;
    this.#own = { ...terms };
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    observer ??= new MutationObserver(onLangChange);
    const options = { attributes: true, attributeFilter: ['lang'] };
    observer.observe(document.documentElement, { ...options, subtree: true });
    // An element inside a shadow root is outside the document subtree the observer sees.
    observer.observe(this.host, options);
    this.lang = this.resolve();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (controllers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  hostUpdate(): void {
    this.lang = this.resolve();
  }

  resolve(): string {
    return supported(declaredLang(this.host));
  }

  term<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
    const lang = this.lang;
    const own = this.#own;
    const value =
      this.host.messages?.[key] ??
      registered.get(lang)?.[key] ??
      own[lang]?.[key] ??
      common.get(lang)?.[key] ??
      own[fallback]?.[key] ??
      de[key as keyof typeof de];
    return typeof value === 'function'
      ? (value as (...values: unknown[]) => string)(...args)
      : (value as string);
  }

  /** The text of a stored message (key and values). */
  text(message: Message): string {
    const [key, ...args] = message;
    return (this.term as (key: MessageKey, ...values: unknown[]) => string)(key, ...args);
  }
}
