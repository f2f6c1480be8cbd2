import type { RegisterTerms } from './pk-register.terms.js';

export const registerEn: RegisterTerms = {
  'register.progress': (step, of) => `Step ${step} of ${of}`,
  'register.back': 'Back',
  'register.loading': 'Loading …',
  'register.unavailable':
    'Registering is not possible right now. Please try again in a few minutes.',

  'register.identifyHeading': 'Your details',
  'register.identifyIntro':
    'We check your details and send you a letter with your activation code.',
  'register.kvnrLabel': 'Health insurance number',
  'register.kvnrHint': 'It is on your health insurance card, for example A123456780.',
  'register.kvnr.empty': 'Enter your health insurance number.',
  'register.kvnr.format':
    'Enter your health insurance number as it appears on your health insurance card, for example A123456780.',
  'register.kvnr.checkDigit':
    'This health insurance number is not valid. Check the number on your health insurance card.',
  'register.postcodeLabel': 'Postcode',
  'register.postcodeHint': 'Of the address you are insured with us at.',
  'register.postcode.empty': 'Enter your postcode.',
  'register.postcode.format': 'Enter a postcode with 5 digits, for example 10115.',
  'register.birthDateLegend': 'Date of birth',
  'register.birthDateHint': 'For example 27 3 1964',
  'register.day': 'Day',
  'register.month': 'Month',
  'register.year': 'Year',
  'register.birthDate.empty': 'Enter your date of birth.',
  'register.birthDate.incomplete': 'Enter the day, month and year you were born.',
  'register.birthDate.invalid':
    'Enter a real date of birth with a four-digit year, for example 27 3 1964.',
  'register.birthDate.future': 'Your date of birth must be in the past.',
  'register.birthDate.tooOld': 'Check the year you were born.',
  'register.emailLabel': 'Email address',
  'register.emailHint': 'We send a confirmation there once your account is set up.',
  'register.email.empty': 'Enter your email address.',
  'register.email.format': 'Enter your full email address, for example name@example.com.',
  'register.cardNumberLabel': 'The last 6 digits of your card number',
  'register.cardNumberHint':
    'The card number has 20 digits and is on the back of your health insurance card.',
  'register.cardNumber.empty': 'Enter the last 6 digits of your card number.',
  'register.cardNumber.format': 'Enter exactly 6 digits, the last ones of your card number.',
  'register.identifySubmit': 'Request activation letter',
  'register.identifyBusy': 'Requesting …',

  'register.letterHeading': 'Activation letter requested',
  'register.letterText':
    'If your details match our records, we will send you an activation letter. It usually arrives within 2 to 3 working days.',
  'register.letterNext':
    'When the letter has arrived, open this page again or scan the QR code in the letter.',
  'register.letterContinue': 'Enter activation code',

  'register.activateHeading': 'Enter activation code',
  'register.activateIntro': 'We sent you the code by letter to your postal address.',
  'register.codePrefilled':
    'The activation code from your letter is already filled in. Enter your health insurance number as well.',
  'register.codeLabel': 'Activation code',
  'register.codeHint': 'It is in your letter, for example K7QM-X4TP-9WHR.',
  'register.code.empty': 'Enter the activation code from your letter.',
  'register.code.format':
    'The activation code has 12 characters. Enter it as it appears in the letter, for example K7QM-X4TP-9WHR.',
  'register.noLetter': 'No letter received or lost the code? Go back and request a new one.',
  'register.activateSubmit': 'Activate account',
  'register.activateBusy': 'Checking …',

  'register.passwordHeading': 'Choose a password',
  'register.greeting': (name) => `Welcome, ${name}! Your account is activated.`,
  'register.activated': 'Your account is activated.',
  'register.passwordSubmit': 'Save password',
  'register.passwordBusy': 'Saving …',

  'register.passkeyHeading': 'Connect this device',
  'register.passkeyIntro':
    'With a passkey you sign in with your fingerprint, face recognition or device PIN – no password needed. You also confirm changes to your address or bank details with it.',
  'register.passkeyCreate': 'Create passkey',
  'register.passkeyBusy': 'Waiting for your passkey …',
  'register.passkeyLater': 'Later',
  'register.passkeyCancelled': 'Creating the passkey was cancelled.',
  'register.passkeyFailed': 'The passkey could not be created. Try again or choose “Later”.',
  'register.passkeyUnsupported':
    'Your browser does not support passkeys. You can add a passkey later with another device.',
  'register.laterHeading': 'Continue without a passkey?',
  'register.laterText':
    'You will then sign in with your password. To change your address or bank details, though, you need a passkey: with it you confirm that it really is you making the change. You can add one in your account at any time.',
  'register.laterContinue': 'Continue without a passkey',

  'register.doneHeading': 'Your account is set up',
  'register.doneText':
    'You are signed in. You can now take care of your matters online, for example upload documents.',
  'register.donePasskey': 'From now on you sign in with this device using your passkey.',
  'register.doneNoPasskey':
    'To change your address or bank details, add a passkey in your account.',

  'error.CODE_INVALID':
    'The activation code is wrong or has expired. Check the code and your health insurance number.',
  'error.CODE_LOCKED':
    'The activation code was entered wrongly too often and is now blocked. Request a new letter.',
  'error.REGISTRATION_REQUIRED':
    'Your activation in this browser has expired. Enter the activation code again.',
  'error.PASSWORD_REJECTED': 'Choose another password.',
};
