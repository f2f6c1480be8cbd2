import type { ApproveTerms } from './pk-approve.terms.js';

const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
const notDone = 'The change has not been made.';
const again = 'If you want the change, please enter it again.';

export const approveEn: ApproveTerms = {
  'approve.unavailable': 'Approving is not possible right now. Please try again in a few minutes.',
  'approve.heading': (title) => `Please approve: ${title}`,
  'approve.intro':
    'Check what changes. The change is only made once you approve it with your passkey.',
  'approve.from': 'before:',
  'approve.to': 'new:',
  'approve.passkey': 'Approve with passkey',
  'approve.passkeyHint':
    'With a passkey you confirm it is you with your fingerprint, face recognition or device PIN.',
  'approve.phone': 'Approve on my phone',
  'approve.deny': 'Decline',
  'approve.loadBusy': 'Loading …',
  'approve.passkeyBusy': 'Waiting for your passkey …',
  'approve.handoffBusy': 'Preparing …',
  'approve.denyBusy': 'Declining …',
  'approve.pickBusy': 'Checking …',
  'approve.passkeyCancelled':
    'The request to your passkey was cancelled. Try again or decline the change.',
  'approve.passkeyUnknown':
    'This passkey does not belong to your account. Try again with another passkey.',
  'approve.passkeyFailed': 'The passkey did not work. Please try again.',
  'approve.passkeyUnsupported':
    'Your browser does not support passkeys. Approve the change on your phone.',
  'approve.notFound': `This approval request does not exist or no longer exists. ${notDone} ${again}`,
  'approve.linkInvalid':
    'This link is no longer valid. On your other device, choose “Approve on my phone” again and scan the new QR code.',
  'approve.failedHeading': 'Approval not possible',

  'approve.handoffHeading': 'Approve on your phone',
  'approve.handoffScan':
    'Scan the QR code with your phone’s camera. Sign in there if you are asked to.',
  'approve.qrLabel': 'QR code: opens this approval on your phone',
  'approve.handoffLink': 'Or enter this address in your phone’s browser:',
  'approve.numberLabel': 'Your number',
  'approve.numberHint':
    'Your phone asks you for this number. Choose the same number there and approve the change with your passkey.',
  'approve.timeLeft': (seconds) => `${clock(seconds)} minutes left`,
  'approve.timeLeftSpoken': (seconds) => {
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    const parts = [
      minutes > 0 ? `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}` : '',
      rest > 0 ? `${rest} seconds` : '',
    ];
    return `The request is valid for ${parts.filter(Boolean).join(' and ')}.`;
  },
  'approve.waiting': (minutes) =>
    `Waiting for your approval on your phone. The request is valid for ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  'approve.lastMinute': 'The request is valid for 1 more minute.',
  'approve.cancel': 'Cancel',

  'approve.pickLegend': 'Which number does your other device show?',
  'approve.pickHint':
    'Choose the number shown on the screen of your other device. If none of these numbers is shown there, decline.',
  'approve.pickEmpty': 'Choose the number your other device shows.',
  'approve.pickSubmit': 'Continue',

  'approve.approvedHeading': 'Change approved',
  'approve.approvedText':
    'You approved the change with your passkey. It has now been made, and we will send you a confirmation.',
  'approve.deniedHeading': 'Change declined',
  'approve.deniedText': `The request has been declined. ${notDone} ${again}`,
  'approve.expiredHeading': 'Time is up',
  'approve.expiredText': `The request was not approved within 5 minutes and is no longer valid. ${notDone} ${again}`,
  'approve.cancelledHeading': 'Approval cancelled',
  'approve.cancelledText': `A different number from the one shown was chosen on the phone. For your security we cancelled the request. ${notDone} ${again} If you did not ask for the change yourself, please call us.`,

  'approve.inboxHeading': 'Pending approvals',
  'approve.inboxIntro':
    'These changes are waiting for your approval. Each is valid for 5 minutes after you asked for it.',
  'approve.inboxEmpty': 'No changes are waiting for your approval.',
  // Inside the sentence the title's capital goes: "Check new bank details".
  'approve.open': (title) => `Check ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
  'approve.backToInbox': 'Back to pending approvals',
};
