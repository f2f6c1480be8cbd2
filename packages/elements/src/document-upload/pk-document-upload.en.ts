import type { DocumentUploadTerms } from './pk-document-upload.terms.js';

const files = (count: number) => (count === 1 ? '1 file' : `${count} files`);

export const documentUploadEn: DocumentUploadTerms = {
  'documentUpload.loadBusy': 'Loading …',
  'documentUpload.loadFailed': 'The kinds of documents could not be loaded',
  'documentUpload.unavailable':
    'Uploading is not possible right now. Please try again in a few minutes.',
  'documentUpload.categoryHeading': 'Upload documents',
  'documentUpload.categoryIntro':
    'Send us your documents as a PDF or photo. You get a receipt with a reference number.',
  'documentUpload.categoryLegend': 'What would you like to send?',
  'documentUpload.category.empty': 'Select what you would like to send.',
  'documentUpload.category.unknown':
    'We cannot accept this kind of document right now. Select another one.',
  'documentUpload.noteLabel': 'Note or reference (optional)',
  'documentUpload.noteHint': 'For example the invoice number. At most 200 characters.',
  'documentUpload.note.tooLong': 'The note must be 200 characters or fewer. Shorten it.',
  'documentUpload.note.singleLine': 'Write the note on one line.',
  'documentUpload.next': 'Continue',
  'documentUpload.back': 'Back',
  'documentUpload.filesHeading': 'Add files',
  'documentUpload.filesIntro': (types, file, total, max) =>
    `Allowed are ${types}. Each file can be up to ${file}, all together up to ${total}, at most ${files(max)}.`,
  'documentUpload.addLabel': 'Choose files',
  'documentUpload.cameraLabel': 'Take a photo',
  'documentUpload.dropHint': 'You can also drag files here.',
  'documentUpload.listHeading': (count) => `Selected: ${files(count)}`,
  'documentUpload.remove': (name) => `Remove ${name}`,
  'documentUpload.removeShort': 'Remove',
  'documentUpload.added': (count) => `${files(count)} added.`,
  'documentUpload.removed': (name) => `${name} removed.`,
  'documentUpload.send': 'Send files',
  'documentUpload.file.type': (name, types) => `${name}: The file must be a ${types}.`,
  'documentUpload.file.tooLarge': (name, size) =>
    `${name}: The file must be smaller than ${size}. Make it smaller or split it.`,
  'documentUpload.file.empty': (name) =>
    `${name}: The selected file is empty. Choose another file.`,
  'documentUpload.file.refused': (name) =>
    `${name}: This file was refused by the security check. Remove it and send the document as a new scan or photo.`,
  'documentUpload.files.empty': 'Add at least one file.',
  'documentUpload.files.tooMany': (max) =>
    `You can send at most ${files(max)} at once. Remove files or send them in several goes.`,
  'documentUpload.files.tooLarge': (size) =>
    `All files together must be smaller than ${size}. Remove files or send them in several goes.`,
  'documentUpload.uploadHeading': 'Sending your files',
  'documentUpload.uploadBusy': 'Sending …',
  'documentUpload.total': 'In total',
  'documentUpload.progress': (percent, sent, size) => `${percent} % (${sent} of ${size})`,
  'documentUpload.fileDone': (index, count) => `File ${index} of ${count} uploaded.`,
  'documentUpload.checking': 'All files uploaded. They are being checked now …',
  'documentUpload.cancel': 'Stop sending',
  'documentUpload.cancelled':
    'Sending was stopped. Your files are still selected; nothing was stored.',
  'documentUpload.uploadFailed': 'Your files could not be sent',
  'documentUpload.toList': 'Back to the list of files',
  'documentUpload.approveAgain': 'Send the files again',
  'documentUpload.receiptBusy': 'Loading the receipt …',
  'documentUpload.receiptFailed': 'The receipt could not be loaded',
  'documentUpload.receiptHeading': 'We have received your documents',
  'documentUpload.receiptIntro':
    'Please keep this receipt. If you have questions, quote the reference number.',
  'documentUpload.reference': 'Reference number',
  'documentUpload.receivedAt': 'Received on',
  'documentUpload.category': 'Kind',
  'documentUpload.note': 'Note',
  'documentUpload.approval': 'Approval',
  'documentUpload.filesCaption': 'Files received',
  'documentUpload.fileName': 'File',
  'documentUpload.fileSize': 'Size',
  'documentUpload.checksum': 'Checksum (SHA-256)',
  'documentUpload.print': 'Print the receipt',
  'documentUpload.more': 'Send more documents',
};
