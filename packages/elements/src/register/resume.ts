/**
 * What lets a registration go on after a reload or days later. Storage holds only how far this
 * browser came and when (`letter:…`, `activated:…`), no personal data; after activation the
 * server's HttpOnly cookie holds the rest (`GET /register`).
 */
const key = 'portalkit.register.letter';

/** The longest an activation code can be valid (issue 18): an older request is forgotten. */
const maxAge = 60 * 24 * 60 * 60 * 1000;

/**
 * Whether a letter was requested in this browser, within the last 60 days. Storage can be off
 * (privacy settings, sandboxed frames) or refuse: then nothing is remembered, and registration
 * starts at the first step.
 */
export function letterRequested(): boolean {
  return registrationStage() !== undefined;
}

/**
 * How far this browser came: a letter requested, or a code accepted (only then does the first
 * step wait for the server's answer, which holds the member's name for the password step).
 * Read before the first step shows, so a browser that never registered here writes nothing.
 */
export function registrationStage(): 'letter' | 'activated' | undefined {
  try {
    const stored = localStorage.getItem(key);
    if (stored === null) return undefined;
    const [, name = 'letter', at] = /^(?:(letter|activated):)?(\d+)$/.exec(stored) ?? [];
    if (Date.now() - Number(at) < maxAge) return name as 'letter' | 'activated';
    localStorage.removeItem(key);
  } catch {
    // No storage: start at the first step.
  }
  return undefined;
}

/** Remembers how far this browser came, or forgets it (the code is spent or void). */
export function rememberLetter(stage: 'letter' | 'activated' | false): void {
  try {
    if (stage) localStorage.setItem(key, `${stage}:${Date.now()}`);
    else localStorage.removeItem(key);
  } catch {
    // A full or refused storage only costs the shortcut to the activation step.
  }
}

