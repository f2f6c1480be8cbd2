import {
  Component,
  CUSTOM_ELEMENTS_SCHEMA,
  effect,
  signal,
  viewChild,
  type ElementRef,
} from '@angular/core';
// Defines <pk-login>, <pk-passkeys> and <pk-portal>; the client makes the session calls.
import { createClient, type PkLoginSuccessEvent } from '@portalkit/elements';

const portal = createClient({ api: '/portal' });

/**
 * The member portal's two views. No ControlValueAccessor, ngModel or form control: <pk-login>
 * and <pk-passkeys> own their forms (fields, validation, errors) and talk to the portal
 * themselves. The app never binds or reads a form value; it only reacts to their events.
 */
@Component({
  selector: 'app-root',
  // <pk-…> are custom elements, not Angular components: Angular leaves them to the browser.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    @if (member() === null) {
      <main>
        <h1 #heading tabindex="-1">Anmelden</h1>
        <pk-login api="/portal" (pk-login-success)="signedIn($event)"></pk-login>
      </main>
    } @else if (member() !== undefined) {
      <main>
        <h1 #heading tabindex="-1">Willkommen, {{ member() }}</h1>
        <h2>Ihre Passkeys</h2>
        <pk-passkeys api="/portal"></pk-passkeys>
        <p><button type="button" (click)="signOut()">Abmelden</button></p>
      </main>
    }
  `,
})
export class App {
  /** The member's name when signed in, null when not, undefined until the session is read. */
  readonly member = signal<string | null | undefined>(undefined);
  readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  constructor() {
    // Focuses a view's heading when it appears, so screen readers announce the new view.
    effect(() => this.heading()?.nativeElement.focus());
    void portal.session().then((session) => {
      this.member.set(session.signedIn ? session.member.displayName : null);
    });
  }

  signedIn(event: PkLoginSuccessEvent) {
    this.member.set(event.detail.session.member.displayName);
  }

  async signOut() {
    await portal.logout();
    this.member.set(null);
  }
}
