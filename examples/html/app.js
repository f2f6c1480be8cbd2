// The page's reaction to the elements' events, in a file of its own (CSP: no inline script).
// The elements talk to the portal themselves; the page only swaps its two views.

const portal = document.querySelector('pk-portal');

function view(id) {
  return document.getElementById(id).content.cloneNode(true);
}

function signedIn(displayName) {
  const account = view('signed-in');
  account.querySelector('[data-name]').textContent = displayName;
  account.querySelector('[data-sign-out]').addEventListener('click', signOut);
  return account;
}

/** Shows a view and focuses its heading, so screen readers announce the new view. */
function show(content) {
  portal.replaceChildren(content);
  portal.querySelector('h1').focus();
}

async function signOut() {
  await fetch('/portal/logout', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  show(view('signed-out'));
}

document.addEventListener('pk-login-success', (event) => {
  show(signedIn(event.detail.session.member.displayName));
});

// A member who is still signed in (after a reload) sees the signed-in view at once.
const session = await fetch('/portal/session').then((response) => response.json());
show(session.signedIn ? signedIn(session.member.displayName) : view('signed-out'));
