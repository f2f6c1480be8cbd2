import { useEffect, useRef, useState } from 'react';
// Defines <pk-login>, <pk-passkeys> and <pk-portal>; the client makes the session calls.
import { createClient } from '@portalkit/elements';
// JSX types for the pk-* tags: their attributes and `onpk-…` listeners with typed events.
import type {} from '@portalkit/elements/react';

const portal = createClient({ api: '/portal' });

export function App() {
  // The member's name when signed in, null when not, undefined until the session is read.
  const [member, setMember] = useState<string | null>();
  const heading = useRef<HTMLHeadingElement>(null);

  // A new view's heading takes focus, so screen readers announce the change.
  useEffect(() => {
    heading.current?.focus();
  }, [member]);

  useEffect(() => {
    void portal.session().then((session) => {
      setMember(session.signedIn ? session.member.displayName : null);
    });
  }, []);

  async function signOut() {
    await portal.logout();
    setMember(null);
  }

  if (member === undefined) return null;
  if (member === null) {
    // A key per view: React then builds the new view's heading, and its ref moves focus there.
    return (
      <main key="signed-out">
        <h1 tabIndex={-1} ref={heading}>
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
      <h1 tabIndex={-1} ref={heading}>
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
