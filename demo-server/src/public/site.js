// @ts-check
// The demo site's glue: where to go after signing in and out. Loaded as a module (CSP: no inline script).

document.addEventListener('pk-login-success', (event) => {
  const login = /** @type {HTMLElement} */ (event.target);
  // The approval page signs in on the spot, then shows itself again with the link it was opened
  // with (its `#t=` is in the address, which a reload keeps and a new address would not).
  if (login.hasAttribute('data-reload')) location.reload();
  else location.assign(login.dataset.next ?? '/konto');
});

// A completed registration leaves the member signed in: on to the overview.
document.addEventListener('pk-register-complete', () => location.assign('/konto'));

// So does a new password after a forgotten one; the overview says it was saved.
document.addEventListener('pk-password-reset', () => location.assign('/konto?passwort-geaendert'));

// The overview's two <pk-passkeys>: the offer after a password sign-in, and the list. A passkey
// added from the offer shows in the list (a fresh element loads it again); one added from the
// list takes the offer away.
document.addEventListener('pk-passkeys-success', (event) => {
  const from = /** @type {HTMLElement} */ (event.target);
  if (from.hasAttribute('offer')) {
    const list = document.getElementById('passkey-list');
    list?.replaceWith(list.cloneNode(false));
  } else {
    document.querySelector('pk-passkeys[offer]')?.remove();
  }
});

// The language switch keeps what the address's fragment carries (the approval page's `#t=` while
// the member signs in): a redirect without a fragment of its own keeps the link's.
const langSwitch = /** @type {HTMLAnchorElement | null} */ (document.querySelector('.lang-switch'));
langSwitch?.addEventListener('click', () => {
  langSwitch.hash = location.hash;
});

const signOut = /** @type {HTMLButtonElement | null} */ (document.getElementById('sign-out'));
signOut?.addEventListener('click', async () => {
  if (signOut.getAttribute('aria-busy') === 'true') return;
  signOut.setAttribute('aria-busy', 'true');
  signOut.textContent = signOut.dataset.busyText ?? signOut.textContent;
  // <pk-session-timer> signs out and tells the site's other tabs, which sign out too; its
  // `pk-session-expired` takes each to the sign-in page (below).
  const timer = /** @type {(HTMLElement & { signOut(): Promise<void> }) | null} */ (
    document.querySelector('pk-session-timer')
  );
  if (timer) {
    await customElements.whenDefined('pk-session-timer');
    await timer.signOut();
    return;
  }
  try {
    await fetch('/portal/logout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
      credentials: 'same-origin',
    });
  } finally {
    location.assign('/?abgemeldet');
  }
});

// A session that ended on the server (idle timeout) sends the member back with a reason.
for (const type of [
  'pk-passkeys-error',
  'pk-approval-error',
  'pk-address-change-error',
  'pk-bank-details-error',
  'pk-document-upload-error',
  'pk-account-error',
]) {
  document.addEventListener(type, (event) => {
    const code = /** @type {CustomEvent<{ code: string }>} */ (event).detail.code;
    if (code === 'SESSION_EXPIRED' || code === 'SESSION_REQUIRED') location.assign('/?abgemeldet=timeout');
  });
}

// <pk-session-timer> signed the member out: the idle time ran out, the session reached its
// longest allowed time, or the member signed out in another tab. Nothing of theirs stays on the
// screen (an unattended computer is what the timeout is for); the sign-in page says why, and Back
// does not return here.
document.addEventListener('pk-session-expired', (event) => {
  const { reason } = /** @type {CustomEvent<{ reason: string }>} */ (event).detail;
  location.replace(reason === 'signed-out' ? '/?abgemeldet' : '/?abgemeldet=timeout');
});

// Screen-reader and tab users learn of a failed submit from the page title too (GOV.UK pattern).
const title = document.title;
const errorPrefix = document.documentElement.lang === 'en' ? 'Error: ' : 'Fehler: ';
for (const flow of [
  'login',
  'register',
  'forgot-password',
  'address-change',
  'bank-details',
  'approval',
  'document-upload',
  'account',
]) {
  document.addEventListener(`pk-${flow}-error`, () => {
    document.title = errorPrefix + title;
  });
}
for (const type of [
  'pk-login-success',
  'pk-register-step',
  'pk-forgot-password-step',
  'pk-address-change-step',
  'pk-bank-details-step',
  'pk-document-upload-step',
  'pk-account-step',
  'pk-approval-status',
]) {
  document.addEventListener(type, () => {
    document.title = title;
  });
}
