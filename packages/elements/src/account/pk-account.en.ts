import type { AccountTerms, NewPasswordTerms } from './pk-account.terms.js';

const devices = (count: number) => (count === 1 ? '1 other device' : `${count} other devices`);
const device = (browser?: string, system?: string) =>
  browser && system ? `${browser} on ${system}` : (browser ?? system ?? 'Unknown device');

export const accountEn: AccountTerms = {
  'account.unavailable': 'This is not possible right now. Please try again in a few minutes.',
  'account.loadBusy': 'Loading your settings …',
  'account.loadFailed': 'Your settings could not be loaded',
  'account.cancel': 'Cancel',
  'account.backToOverview': 'Back to the settings',
  'account.change': 'Change',

  'account.emailHeading': 'E-mail address',
  'account.emailSummary': (email) => `Messages about your account go to ${email}.`,
  'account.passwordHeading': 'Password',
  'account.passwordSummary': 'You sign in with your password when you do not use a passkey.',
  'account.sessionsHeading': 'Signed-in devices',
  'account.sessionsSummary': (others) =>
    others === 0
      ? 'You are signed in on this device only.'
      : `You are signed in on this device and ${devices(others)}.`,
  'account.sessionsShow': 'Show devices',
  'account.endHeading': 'End your registration',
  'account.endSummary':
    'If you no longer want to use the online portal, end your registration. Your insurance is not affected.',

  'account.emailFormHeading': 'Change your e-mail address',
  'account.emailIntro':
    'We send a code to the new address. Only when you enter it do we change your address.',
  'account.emailCurrent': (email) => `Your current address: ${email}`,
  'account.emailLabel': 'New e-mail address',
  'account.emailHint': 'For example erika.mustermann@example.de',
  'account.email.empty': 'Enter your new e-mail address.',
  'account.email.format':
    'Enter the whole e-mail address, for example erika.mustermann@example.de.',
  'account.email.unchanged': 'This is your current address. Enter the new e-mail address.',
  'account.email.taken':
    'This address now belongs to another account. Enter a different e-mail address.',
  'account.emailSubmit': 'Send code',
  'account.emailBusy': 'Sending the code …',

  'account.codeHeading': 'Enter the code',
  'account.codeSent': (email, minutes) =>
    `We have sent a code to ${email}. It is valid for ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  'account.codeLabel': 'Code from the e-mail',
  'account.codeHint': '6 digits, for example 123456',
  'account.code.empty': 'Enter the code from the e-mail.',
  'account.code.format': 'Enter the 6 digits from the e-mail, for example 123456.',
  'account.codeSubmit': 'Confirm address',
  'account.codeBusy': 'Checking …',
  'account.noCode':
    'No code? Look in your spam folder too and check the address. If it is wrong, cancel and enter it again.',
  'account.resend': 'Send the code again',
  'account.resendBusy': 'Requesting …',
  'account.resendWait': (seconds) =>
    `You can request a new code in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
  'account.resent': 'New code sent.',
  'account.resendReady': 'You can request a new code now.',

  'account.emailDoneHeading': 'Your e-mail address is changed',
  'account.emailDone': (email) => `From now on, messages about your account go to ${email}.`,
  'account.emailDoneNotice': 'We have sent a message about the change to your previous address.',

  'account.passwordFormHeading': 'Change your password',
  'account.passwordIntro':
    'Enter your current password and a new one. We then sign you out on all other devices.',
  'account.currentLabel': 'Current password',
  'account.currentShow': 'Show current password',
  'account.currentHide': 'Hide current password',
  'account.current.empty': 'Enter your current password.',
  'account.current.wrong': 'The current password is wrong. Enter the password you sign in with.',
  'account.passwordSubmit': 'Change password',
  'account.passwordBusy': 'Saving …',
  'account.passwordDoneHeading': 'Password changed',
  'account.passwordDone':
    'Your password is changed. You have been signed out on all other devices.',
  'account.passwordDoneNotice':
    'We have sent you a message about the change. If you did not change the password yourself, please call us.',

  'account.sessionsIntro':
    'You are signed in here. If you do not recognise a device, sign it out and change your password.',
  'account.sessionsLabel': 'Your signed-in devices',
  'account.thisDevice': 'This device',
  'account.device': device,
  'account.method.password': 'Signed in with password',
  'account.method.passkey': 'Signed in with passkey',
  'account.signedInSince': (when) => `Signed in since ${when}`,
  'account.lastSeen': (when) => `Last active ${when}`,
  'account.endSession': 'Sign out',
  'account.endSessionBusy': 'Signing out …',
  'account.endOthers': 'Sign out all other devices',
  'account.onlyThisDevice': 'You are signed in on this device only.',
  'account.sessionEnded': (browser, system) => `${device(browser, system)} is signed out.`,
  'account.sessionGone': 'This device was already signed out. The list is now up to date.',
  'account.othersEnded': 'You are signed out on all other devices.',
  'account.endOthersHeading': 'Sign out all other devices?',
  'account.endOthersText': (others) =>
    `We sign you out on ${devices(others)}. You will have to sign in there again. You stay signed in on this device.`,
  'account.endOthersSubmit': 'Yes, sign out all others',

  'account.endIntro': 'When you end your registration, this happens:',
  'account.endPasskeys': (passkeys) =>
    `Your password, ${passkeys === 1 ? 'your passkey' : passkeys === 0 ? 'your passkeys' : `your ${passkeys} passkeys`} and every sign-in on your devices are removed.`,
  'account.endData':
    'We delete your data in the online portal. Only what we must keep by law stays in the log.',
  'account.endLetter': 'We confirm the end of your registration by letter.',
  'account.endNoWayBack': 'You can then no longer sign in. To use the portal again, register anew.',
  'account.endApproval': 'You approve it with your passkey.',
  'account.endNeedsPasskey':
    'You approve it with a passkey. Please add a passkey first.',
  'account.endAddPasskey': 'Add a passkey',
  'account.endSubmit': 'End registration',
  'account.endBusy': 'Preparing …',
  'account.endDoneHeading': 'Your registration has ended',
  'account.endDoneText':
    'You are signed out. Your passkeys and your data in the online portal are deleted.',
  'account.endDoneLetter': 'We will send you a letter to confirm it.',
  'account.endDoneLink': 'To the home page',

  'error.CODE_INVALID': 'The code is wrong or has expired. Check the code or request a new one.',
  'error.CODE_LOCKED':
    'The code was entered wrongly too often and is no longer valid. Have a new code sent to you.',
  'error.PASSWORD_REJECTED': 'Choose another password.',
};

export const newPasswordEn: NewPasswordTerms = {
  'password.label': 'New password',
  'password.show': 'Show new password',
  'password.hide': 'Hide new password',
  'password.empty': 'Enter a new password.',
};
