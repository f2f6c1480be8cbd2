import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { de } from './de.js';
import { en } from './en.js';
import type { Message, MessageArgs, MessageKey, Messages } from './messages.js';

export type LocalizeHost = ReactiveControllerHost &
  HTMLElement & { messages?: Partial<Messages> | undefined };

const fallback = 'de';
const registry = new Map<string, Messages>([
  ['de', de],
  ['en', en],
]);
const controllers = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

/**
 * Adds or overrides terms for a language, e.g. an insurer's own wording. Terms missing in a new
 * language come from German. Connected elements re-render.
 */
export function registerMessages(locale: string, messages: Partial<Messages>): void {
  const key = locale.toLowerCase();
  registry.set(key, { ...(registry.get(key) ?? de), ...messages });
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

function supported(lang: string): string {
  const tag = lang.toLowerCase();
  if (registry.has(tag)) return tag;
  const primary = tag.split('-')[0] ?? '';
  return registry.has(primary) ? primary : fallback;
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
  /** The resolved language, a key of the message registry (`de`, `en`, …). */
  lang = fallback;

  constructor(host: LocalizeHost) {
    this.host = host;
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
    const messages = registry.get(this.lang) ?? de;
    const value = this.host.messages?.[key] ?? messages[key] ?? de[key];
    return typeof value === 'function'
      ? (value as (...values: unknown[]) => string)(...args)
      : value;
  }

  /** The text of a stored message (key and values). */
  text(message: Message): string {
    const [key, ...args] = message;
    return (this.term as (key: MessageKey, ...values: unknown[]) => string)(key, ...args);
  }

  /** A calendar date as members read it: `26.11.2026`, `26 November 2026`. */
  date(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    // English for members of a German insurer: day before month, as in British English.
    const locale = this.lang === 'en' ? 'en-GB' : this.lang;
    return new Intl.DateTimeFormat(locale, {
      dateStyle: this.lang === 'de' ? 'medium' : 'long',
    }).format(date);
  }
}
