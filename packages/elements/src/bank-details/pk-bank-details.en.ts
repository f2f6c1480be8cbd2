import type { BankDetailsTerms } from './pk-bank-details.terms.js';

export const bankDetailsEn: BankDetailsTerms = {
  'bankDetails.loadFailed': 'Your bank details could not be loaded',
  'bankDetails.formHeading': 'Change your bank details',
  'bankDetails.intro':
    'We pay refunds into this account. Before we save it, you check your details and approve the change with your passkey.',
  'bankDetails.currentHeading': 'Your current bank details',
  'bankDetails.none': 'We do not have any bank details from you yet.',
  'bankDetails.bank': 'Bank',
  'bankDetails.holderLabel': 'Account holder',
  'bankDetails.holderHint': 'First and last name, as your bank has them',
  'bankDetails.holder.empty': 'Enter the name of the account holder.',
  'bankDetails.ibanLabel': 'IBAN',
  'bankDetails.ibanHint':
    'On your bank card and in online banking, for example DE89 3704 0044 0532 0130 00',
  'bankDetails.iban.empty': 'Enter the IBAN.',
  'bankDetails.iban.format':
    'Enter the IBAN starting with its country code, for example DE89 3704 0044 0532 0130 00.',
  'bankDetails.iban.length':
    'The IBAN does not have the right length for its country. A German IBAN has 22 characters. Check for missing or extra digits.',
  'bankDetails.iban.checksum':
    'This IBAN is not valid. Check each digit, for example against your bank card.',
  'bankDetails.submit': 'Continue',
  'bankDetails.reviewTitle': 'New bank details',
  'bankDetails.lineHolder': 'Account holder',
  'bankDetails.lineIban': 'IBAN',
  'bankDetails.doneHeading': 'Your new bank details are saved',
  'bankDetails.doneText': 'From now on we pay refunds into this account.',
  'bankDetails.doneNotice':
    'To confirm it, we send you an e-mail and a letter. If you did not make this change yourself, please call us.',
};
