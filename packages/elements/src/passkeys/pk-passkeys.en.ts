import type { PasskeysTerms } from './pk-passkeys.terms.js';

export const passkeysEn: PasskeysTerms = {
  'passkeys.listLabel': 'Your passkeys',
  'passkeys.loading': 'Loading your passkeys …',
  'passkeys.empty':
    'You do not have a passkey yet. With a passkey you sign in with your fingerprint, face recognition or device PIN – no password needed.',
  'passkeys.createdAt': (date) => `Added on ${date}`,
  'passkeys.lastUsedAt': (date) => `Last used on ${date}`,
  'passkeys.neverUsed': 'Not used yet',
  'passkeys.synced': 'Synced: works on your devices that use the same account',
  'passkeys.deviceBound': 'Stored on one device only',
  'passkeys.add': 'Add this device as a passkey',
  'passkeys.addBusy': 'Adding passkey …',
  'passkeys.added': 'Passkey added. From now on you can sign in with this device.',
  'passkeys.addUnavailable':
    'A passkey cannot be added right now. Please try again in a few minutes.',
  'passkeys.addCancelled': 'Adding the passkey was cancelled.',
  'passkeys.addFailed': 'The passkey could not be added. Please try again.',
  'passkeys.loadFailed':
    'Your passkeys cannot be shown right now. Please try again in a few minutes.',
  'passkeys.unsupported':
    'Your browser does not support passkeys. Use an up-to-date browser or another device to add a passkey.',

  'passkeys.confirmHeading': 'Confirm with your password',
  'passkeys.confirmIntro':
    'Please confirm with your password that it is you. This protects your account before a new passkey is added.',
  'passkeys.confirmSubmit': 'Confirm and add passkey',
  'passkeys.confirmBusy': 'Confirming …',
  'passkeys.confirmCancel': 'Cancel',
  'passkeys.passwordWrong': 'The password is wrong.',
};
