import type { PasskeysTerms } from './pk-passkeys.terms.js';

export const passkeysEn: PasskeysTerms = {
  'passkeys.listLabel': 'Your passkeys',
  'passkeys.loading': 'Loading your passkeys …',
  'passkeys.empty':
    'You do not have a passkey yet. With a passkey you sign in with your fingerprint, face recognition or device PIN – no password needed.',
  'passkeys.createdAt': (date) => `Added on ${date}`,
  'passkeys.lastUsedAt': (date) => `Last used on ${date}`,
  'passkeys.neverUsed': 'Never used',
  'passkeys.synced': 'Synced – available on your devices that use the same account',
  'passkeys.deviceBound': 'Only on the device it was created on',
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
  'passkeys.renameShort': 'Rename',
  'passkeys.rename': (name) => `Rename “${name}”`,
  'passkeys.removeShort': 'Remove',
  'passkeys.remove': (name) => `Remove “${name}”`,

  'passkeys.nameLabel': 'Name of the passkey',
  'passkeys.nameHint':
    'A name you recognize it by, at most 64 characters, for example “Erika’s iPhone”',
  'passkeys.nameEmpty': 'Enter a name for the passkey.',
  'passkeys.nameTooLong': 'The name must be 64 characters or fewer.',
  'passkeys.nameInvalid': 'The name must not contain line breaks or control characters.',
  'passkeys.renameSave': 'Save',
  'passkeys.renameBusy': 'Saving …',
  'passkeys.renameCancel': 'Cancel',
  'passkeys.renamed': (name) => `The passkey is now called “${name}”.`,
  'passkeys.renameFailed':
    'The passkey cannot be renamed right now. Please try again in a few minutes.',

  'passkeys.removeHeading': (name) => `Remove “${name}”?`,
  'passkeys.removeIntro':
    'You will no longer be able to sign in with this passkey. You approve the removal with one of your other passkeys.',
  'passkeys.removeSubmit': 'Remove passkey',
  'passkeys.removeBusy': 'Sending …',
  'passkeys.removeCancel': 'Cancel',
  'passkeys.removeAgain': 'Back to your passkeys',
  'passkeys.removed': (name) => `The passkey “${name}” was removed.`,
  'passkeys.removeFailed':
    'The passkey cannot be removed right now. Please try again in a few minutes.',
  'passkeys.removeLastHeading': (name) => `Remove your last passkey “${name}”?`,
  'passkeys.removeLastWarning':
    'This is your only passkey. Afterwards you sign in with your password, and changes to your address or bank details are only possible again once you have added a new passkey.',
  'passkeys.removeLastIntro': 'Confirm the removal with your password.',
  'passkeys.removeLastBusy': 'Removing …',

  'passkeys.offerHeading': 'Sign in faster and more securely',
  'passkeys.offerIntro':
    'Create a passkey: with it you sign in with your fingerprint, face recognition or device PIN – no password needed.',
  'passkeys.offerAccept': 'Create a passkey',
  'passkeys.offerDismiss': 'Not now',
  'passkeys.offerDismissed':
    'All right, we will not ask you again for now. You can create a passkey in your account at any time.',
};
