import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SessionEndReason, SessionTimes } from './pk-session-timer.events.js';

/** What the tabs of one site tell each other. */
export type TabMessage =
  | ({ type: 'extended' } & SessionTimes)
  | { type: 'signed-out'; reason: SessionEndReason };

export interface SessionTabsOptions {
  /** The channel's name, read when the host connects or `reopen()` is called. */
  channel: () => string;
  /** Another tab (another instance of the channel) said something. */
  heard: (message: TabMessage) => void;
}

/**
 * The other tabs of the site, through a `BroadcastChannel` open while the host is connected: an
 * instance does not hear its own messages, every other one (another tab, another element) does.
 * Where the browser has none, the tab goes alone.
 */
export class SessionTabs implements ReactiveController {
  readonly #options: SessionTabsOptions;
  #channel?: BroadcastChannel | undefined;

  constructor(host: ReactiveControllerHost, options: SessionTabsOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.reopen();
  }

  hostDisconnected(): void {
    this.#channel?.close();
    this.#channel = undefined;
  }

  /** Opens the channel by its current name (it changed). */
  reopen(): void {
    this.hostDisconnected();
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = (this.#channel = new BroadcastChannel(this.#options.channel()));
    channel.onmessage = ({ data }: MessageEvent<unknown>) => {
      if (isTabMessage(data)) this.#options.heard(data);
    };
  }

  tell(message: TabMessage): void {
    this.#channel?.postMessage(message);
  }
}

/** A message of this version's shape: another version's, or anything else, is not heard. */
function isTabMessage(data: unknown): data is TabMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<Record<string, unknown>>;
  if (message['type'] === 'signed-out') {
    return ['idle', 'absolute', 'signed-out'].includes(message['reason'] as string);
  }
  return (
    message['type'] === 'extended' &&
    typeof message['idleExpiresIn'] === 'number' &&
    typeof message['absoluteExpiresIn'] === 'number' &&
    typeof message['idleTimeout'] === 'number'
  );
}
