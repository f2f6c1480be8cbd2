import type { ForgotPasswordTerms } from './pk-forgot-password.terms.js';

export const forgotPasswordEn: ForgotPasswordTerms = {
  'forgotPassword.unavailable':
    'Setting a new password is not possible right now. Please try again in a few minutes.',
  'forgotPassword.back': 'Back',

  'forgotPassword.identifyHeading': 'Forgot your password',
  'forgotPassword.identifyIntro':
    'Tell us which account you sign in with. Then choose how to prove it is yours: with a code by email, text message or letter, or with your passkey.',
  'forgotPassword.identifySubmit': 'Continue',

  'forgotPassword.methodHeading': 'How do you want to prove it is you?',
  'forgotPassword.methodIntro': 'If we know your account, we send you a code the way you choose.',
  'forgotPassword.methodLegend': 'Your way to a new password',
  'forgotPassword.method.email': 'Code by email',
  'forgotPassword.method.emailHint': 'To your account’s email address. It arrives within minutes.',
  'forgotPassword.method.sms': 'Code by text message',
  'forgotPassword.method.smsHint': 'To the mobile number you confirmed with us.',
  'forgotPassword.method.letter': 'New activation code by letter',
  'forgotPassword.method.letterHint':
    'To your postal address. The letter usually arrives within 2 to 3 working days.',
  'forgotPassword.method.passkey': 'With my passkey',
  'forgotPassword.method.passkeyHint':
    'With a passkey you prove it is you with your fingerprint, face recognition or device PIN – no code needed.',
  'forgotPassword.method.empty': 'Choose how you want to prove it is you.',
  'forgotPassword.methodSubmit': 'Continue',
  'forgotPassword.haveCode': 'I already have a code',
  'forgotPassword.requestBusy': 'Requesting …',
  'forgotPassword.passkeyBusy': 'Waiting for your passkey …',
  'forgotPassword.passkeyCancelled':
    'The request to your passkey was cancelled. Try again or choose another way.',
  'forgotPassword.passkeyUnknown':
    'We could not confirm it is you with this passkey. Try another passkey or have a code sent to you.',
  'forgotPassword.passkeyFailed': 'The passkey did not work. Try again or choose another way.',
  'forgotPassword.passkeyUnsupported':
    'Your browser does not support passkeys. Choose another way.',

  'forgotPassword.codeHeading': 'Enter your code',
  'forgotPassword.codeSent.email':
    'If we know your account, we have sent a code to its email address. It is valid for 10 minutes.',
  'forgotPassword.codeSent.sms':
    'If we know your account and it has a confirmed mobile number, we have sent you a code by text message. It is valid for 10 minutes.',
  'forgotPassword.codeSent.letter': 'Enter the code from your letter.',
  'forgotPassword.codeIntro': 'Enter the code from your email, text message or letter.',
  'forgotPassword.codePrefilled':
    'The code from your letter is already filled in. Enter your health insurance number or email address as well.',
  'forgotPassword.codeLabel': 'Code',
  'forgotPassword.codeHint':
    '6 digits from the email or text message, or the code from your letter, for example K7QM-X4TP-9WHR.',
  'forgotPassword.code.empty': 'Enter the code.',
  'forgotPassword.code.format':
    'Enter the 6 digits from the email or text message, or the 12-character code from your letter, for example K7QM-X4TP-9WHR.',
  'forgotPassword.codeSubmit': 'Check code',
  'forgotPassword.codeBusy': 'Checking …',
  'forgotPassword.noCode':
    'No code received? Check your spam folder too, request a new code or choose another way.',
  'forgotPassword.resend': 'Send the code again',
  'forgotPassword.resendWait': (seconds) =>
    `You can request a new code in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
  'forgotPassword.resent': 'New code sent.',
  'forgotPassword.resendReady': 'You can now request a new code.',
  'forgotPassword.otherWay': 'Choose another way',

  'forgotPassword.letterHeading': 'Letter requested',
  'forgotPassword.letterText':
    'If we know your account, we will send a letter with a new activation code to your postal address. It usually arrives within 2 to 3 working days.',
  'forgotPassword.letterNext':
    'When the letter has arrived, scan its QR code, or open this page again and choose “I already have a code”.',
  'forgotPassword.letterContinue': 'Enter the code from the letter',

  'forgotPassword.passwordHeading': 'Choose a new password',
  'forgotPassword.greeting': (name) => `Hello ${name}, you have proved it is you.`,
  'forgotPassword.verified': 'You have proved it is you.',
  'forgotPassword.noticeTo': (places) =>
    `We will tell you about the change at ${places.join(' and ')}.`,
  'forgotPassword.passwordSubmit': 'Save password',
  'forgotPassword.passwordBusy': 'Saving …',

  'forgotPassword.doneHeading': 'Your password has been changed',
  'forgotPassword.doneText': 'You are signed in. We have signed you out on all other devices.',
  'forgotPassword.doneNotice':
    'We have sent you a message about the change. If you did not change your password yourself, please call us.',

  'error.CODE_INVALID': 'The code is wrong or has expired. Check the code or request a new one.',
  'error.CODE_LOCKED':
    'The code was entered wrongly too often and is no longer valid. Request a new code.',
  'error.PASSWORD_REJECTED': 'Choose another password.',
  'error.RESET_REQUIRED':
    'The time to set a new password has run out. Request a new code or use your passkey.',
};
