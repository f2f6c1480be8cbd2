import type { DocumentUploadTerms } from './pk-document-upload.terms.js';

const files = (count: number) => (count === 1 ? '1 Datei' : `${count} Dateien`);

export const documentUploadDe: DocumentUploadTerms = {
  'documentUpload.loadBusy': 'Wird geladen …',
  'documentUpload.loadFailed': 'Die Arten von Dokumenten konnten nicht geladen werden',
  'documentUpload.unavailable':
    'Das Hochladen ist gerade nicht möglich. Bitte versuchen Sie es in einigen Minuten erneut.',
  'documentUpload.categoryHeading': 'Dokumente hochladen',
  'documentUpload.categoryIntro':
    'Senden Sie uns Ihre Unterlagen als PDF oder Foto. Sie erhalten eine Empfangsbestätigung mit Eingangsnummer.',
  'documentUpload.categoryLegend': 'Was möchten Sie senden?',
  'documentUpload.category.empty': 'Wählen Sie aus, was Sie senden möchten.',
  'documentUpload.category.unknown':
    'Diese Art von Dokument können wir gerade nicht annehmen. Wählen Sie eine andere aus.',
  'documentUpload.noteLabel': 'Notiz oder Aktenzeichen (freiwillig)',
  'documentUpload.noteHint': 'Zum Beispiel die Rechnungsnummer. Höchstens 200 Zeichen.',
  'documentUpload.note.tooLong': 'Die Notiz darf höchstens 200 Zeichen lang sein. Kürzen Sie sie.',
  'documentUpload.note.singleLine': 'Schreiben Sie die Notiz in eine Zeile.',
  'documentUpload.next': 'Weiter',
  'documentUpload.back': 'Zurück',
  'documentUpload.filesHeading': 'Dateien hinzufügen',
  'documentUpload.filesIntro': (types, file, total, max) =>
    `Erlaubt sind ${types}. Jede Datei darf bis zu ${file} groß sein, alle zusammen bis zu ${total}, höchstens ${files(max)}.`,
  'documentUpload.addLabel': 'Dateien auswählen',
  'documentUpload.cameraLabel': 'Foto aufnehmen',
  'documentUpload.dropHint': 'Sie können Dateien auch hierher ziehen.',
  'documentUpload.listHeading': (count) => `Ausgewählt: ${files(count)}`,
  'documentUpload.remove': (name) => `${name} entfernen`,
  'documentUpload.removeShort': 'Entfernen',
  'documentUpload.added': (count) => `${files(count)} hinzugefügt.`,
  'documentUpload.removed': (name) => `${name} entfernt.`,
  'documentUpload.send': 'Dateien senden',
  'documentUpload.file.type': (name, types) => `${name}: Die Datei muss ein ${types} sein.`,
  'documentUpload.file.tooLarge': (name, size) =>
    `${name}: Die Datei muss kleiner als ${size} sein. Verkleinern Sie sie oder teilen Sie sie auf.`,
  'documentUpload.file.empty': (name) =>
    `${name}: Die ausgewählte Datei ist leer. Wählen Sie eine andere Datei.`,
  'documentUpload.file.refused': (name) =>
    `${name}: Diese Datei wurde bei der Sicherheitsprüfung abgelehnt. Entfernen Sie sie und senden Sie das Dokument als neuen Scan oder als Foto.`,
  'documentUpload.files.empty': 'Fügen Sie mindestens eine Datei hinzu.',
  'documentUpload.files.tooMany': (max) =>
    `Sie können höchstens ${files(max)} auf einmal senden. Entfernen Sie Dateien oder senden Sie sie in mehreren Schritten.`,
  'documentUpload.files.tooLarge': (size) =>
    `Alle Dateien zusammen müssen kleiner als ${size} sein. Entfernen Sie Dateien oder senden Sie sie in mehreren Schritten.`,
  'documentUpload.uploadHeading': 'Dateien werden gesendet',
  'documentUpload.uploadBusy': 'Wird gesendet …',
  'documentUpload.total': 'Insgesamt',
  'documentUpload.progress': (percent, sent, size) => `${percent} % (${sent} von ${size})`,
  'documentUpload.fileDone': (index, count) => `Datei ${index} von ${count} hochgeladen.`,
  'documentUpload.checking': 'Alle Dateien hochgeladen. Sie werden jetzt geprüft …',
  'documentUpload.cancel': 'Senden abbrechen',
  'documentUpload.cancelled':
    'Das Senden wurde abgebrochen. Ihre Dateien sind noch ausgewählt; es wurde nichts gespeichert.',
  'documentUpload.uploadFailed': 'Die Dateien konnten nicht gesendet werden',
  'documentUpload.toList': 'Zurück zur Dateiliste',
  'documentUpload.approveAgain': 'Dateien erneut senden',
  'documentUpload.receiptBusy': 'Die Empfangsbestätigung wird geladen …',
  'documentUpload.receiptFailed': 'Die Empfangsbestätigung konnte nicht geladen werden',
  'documentUpload.receiptHeading': 'Ihre Dokumente sind eingegangen',
  'documentUpload.receiptIntro':
    'Bitte heben Sie diese Empfangsbestätigung auf. Wenn Sie Fragen haben, nennen Sie uns die Eingangsnummer.',
  'documentUpload.reference': 'Eingangsnummer',
  'documentUpload.receivedAt': 'Eingegangen am',
  'documentUpload.category': 'Art',
  'documentUpload.note': 'Notiz',
  'documentUpload.approval': 'Freigabe',
  'documentUpload.filesCaption': 'Empfangene Dateien',
  'documentUpload.fileName': 'Datei',
  'documentUpload.fileSize': 'Größe',
  'documentUpload.checksum': 'Prüfsumme (SHA-256)',
  'documentUpload.print': 'Empfangsbestätigung drucken',
  'documentUpload.more': 'Weitere Dokumente senden',
};
