// A page's opt-in, as the README shows it.
import type {} from '@portalkit/elements/react';
import { useRef } from 'react';
import type { ErrorCode } from '@portalkit/protocol';
import type { PkLogin } from '@portalkit/elements';

/** Each element as a React 19 page writes it; every `@ts-expect-error` must meet an error. */
export function SignIn({ onSignedIn }: { onSignedIn: (name: string) => void }) {
  const login = useRef<PkLogin>(null);
  return (
    <pk-portal api="/portal">
      <pk-login
        ref={login}
        api="/portal"
        lang="en"
        methods="password"
        className="sign-in"
        style={{ '--pk-login-max-width': '30rem' }}
        onClick={(event) => event.currentTarget.methods}
        onpk-login-success={(event) => onSignedIn(event.detail.session.member.displayName)}
        onpk-login-error={(event) => {
          const code: ErrorCode = event.detail.code;
          return code;
        }}
      />
      {/* @ts-expect-error `methods` is 'all', 'password' or 'passkey' */}
      <pk-login methods="sms" />
      {/* @ts-expect-error `state` is the element's to set (read only) */}
      <pk-login state="busy" />
      {/* @ts-expect-error React 19 would listen for `PkLoginSuccess`, which nothing fires */}
      <pk-login onPkLoginSuccess={() => {}} />
      <pk-login
        onpk-login-success={(event) => {
          // @ts-expect-error the detail never carries the password
          return event.detail.password;
        }}
      />
      <pk-passkeys
        api="/portal"
        onpk-passkeys-success={(event) => event.detail.passkey.name}
        onpk-passkeys-error={(event) => event.detail.code}
      />
      <pk-register
        api="/portal"
        card-number
        password-policy="classic"
        onpk-register-complete={(event) => event.detail.passkeyAdded}
        onpk-register-step={(event) => event.detail.step}
        onpk-register-error={(event) => event.detail.code}
      />
      {/* @ts-expect-error `password-policy` is 'modern' or 'classic' */}
      <pk-register password-policy="nist" />
      {/* @ts-expect-error `step` is the element's to set (read only) */}
      <pk-register step="done" />
    </pk-portal>
  );
}
