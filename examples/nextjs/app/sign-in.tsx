'use client';
import type {} from '@portalkit/elements/react';
import { useEffect, useState } from 'react';

/** Focuses a view's heading when it appears, so screen readers announce the new view. */
const focus = (heading: HTMLHeadingElement | null) => heading?.focus();

export function SignIn() {
  // The member's name when signed in, null when not, undefined until the session is read.
  const [member, setMember] = useState<string | null>();

  useEffect(() => {
    // Custom elements exist only in the browser: define them there, not during server rendering.
    void import('@portalkit/elements');
    void fetch('/portal/session')
      .then((response) => response.json())
      .then((session) => setMember(session.signedIn ? session.member.displayName : null));
  }, []);

  async function signOut() {
    await fetch('/portal/logout', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    setMember(null);
  }

  if (member === undefined) return null;
  if (member === null) {
    // A key per view: React then builds the new view's heading, and its ref moves focus there.
    return (
      <main key="signed-out">
        <h1 tabIndex={-1} ref={focus}>
          Anmelden
        </h1>
        <pk-login
          api="/portal"
          onpk-login-success={(event) => setMember(event.detail.session.member.displayName)}
        />
      </main>
    );
  }
  return (
    <main key="signed-in">
      <h1 tabIndex={-1} ref={focus}>
        Willkommen, {member}
      </h1>
      <h2>Ihre Passkeys</h2>
      <pk-passkeys api="/portal" />
      <p>
        <button type="button" onClick={signOut}>
          Abmelden
        </button>
      </p>
    </main>
  );
}
