/** What can be wrong with one file, said beside it and in the error summary (UX.md "Files"). */
export type FileProblem = 'type' | 'tooLarge' | 'empty' | 'refused';

/** Terms of `<pk-document-upload>`; `name` is a file's name, `size` a size written out. */
export interface DocumentUploadTerms {
  'documentUpload.loadBusy': string;
  'documentUpload.loadFailed': string;
  'documentUpload.unavailable': string;
  'documentUpload.categoryHeading': string;
  'documentUpload.categoryIntro': string;
  'documentUpload.categoryLegend': string;
  'documentUpload.category.empty': string;
  'documentUpload.category.unknown': string;
  'documentUpload.noteLabel': string;
  'documentUpload.noteHint': string;
  'documentUpload.note.tooLong': string;
  'documentUpload.note.singleLine': string;
  'documentUpload.next': string;
  'documentUpload.back': string;
  'documentUpload.filesHeading': string;
  /** `types`: "PDF, JPG oder PNG"; `max`: files at most; sizes written out. */
  'documentUpload.filesIntro': (types: string, file: string, total: string, max: number) => string;
  'documentUpload.addLabel': string;
  'documentUpload.cameraLabel': string;
  'documentUpload.dropHint': string;
  'documentUpload.listHeading': (count: number) => string;
  'documentUpload.remove': (name: string) => string;
  'documentUpload.removeShort': string;
  'documentUpload.added': (count: number) => string;
  'documentUpload.removed': (name: string) => string;
  'documentUpload.send': string;
  'documentUpload.file.type': (name: string, types: string) => string;
  'documentUpload.file.tooLarge': (name: string, size: string) => string;
  'documentUpload.file.empty': (name: string) => string;
  'documentUpload.file.refused': (name: string) => string;
  'documentUpload.files.empty': string;
  'documentUpload.files.tooMany': (max: number) => string;
  'documentUpload.files.tooLarge': (size: string) => string;
  'documentUpload.uploadHeading': string;
  'documentUpload.uploadBusy': string;
  'documentUpload.total': string;
  /** `percent`: 0–100; `sent`, `size`: written out. */
  'documentUpload.progress': (percent: number, sent: string, size: string) => string;
  'documentUpload.fileDone': (index: number, count: number) => string;
  'documentUpload.checking': string;
  'documentUpload.cancel': string;
  'documentUpload.cancelled': string;
  'documentUpload.uploadFailed': string;
  'documentUpload.toList': string;
  'documentUpload.approveAgain': string;
  'documentUpload.receiptBusy': string;
  'documentUpload.receiptFailed': string;
  'documentUpload.receiptHeading': string;
  'documentUpload.receiptIntro': string;
  'documentUpload.reference': string;
  'documentUpload.receivedAt': string;
  'documentUpload.category': string;
  'documentUpload.note': string;
  'documentUpload.approval': string;
  'documentUpload.filesCaption': string;
  'documentUpload.fileName': string;
  'documentUpload.fileSize': string;
  'documentUpload.checksum': string;
  'documentUpload.print': string;
  'documentUpload.more': string;
}

declare module '../i18n/messages.js' {
  interface Messages extends DocumentUploadTerms {}
}
