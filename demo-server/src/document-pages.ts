import { html } from './html.js';
import { texts, type Lang } from './i18n.js';
import { formatTime } from './email.js';
import { layout } from './pages.js';

/** One submission as the back office sees it on `/demo/inbox`. */
export interface InboxSubmission {
  reference: string;
  /** ISO 8601. */
  receivedAt: string;
  /** The member's name, as the insurer knows them. */
  member: string;
  /** The category's label in each language (or its id, for a category no longer configured). */
  category: { de: string; en: string };
  note?: string | undefined;
  files: { name: string; type: string; size: number; sha256: string }[];
  /** The approval the submission was accepted with, for categories that need one. */
  approvalId?: string | undefined;
}

/** Bytes in SI units, as the protocol's limits are (10 MB = 10,000,000 bytes): "812 kB", "1,4 MB". */
export function formatBytes(bytes: number, lang: Lang): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: digits }).format(
      value,
    );
  if (bytes < 1000) return `${number(bytes, 0)} B`;
  if (bytes < 1_000_000) return `${number(bytes / 1000, 0)} kB`;
  return `${number(bytes / 1_000_000, 1)} MB`;
}

/** The short name of a stored type, as the file list shows it. */
const typeNames: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

/**
 * The members' page for submissions (`/konto/dokumente`): `<pk-document-upload>`, and where to
 * add a passkey when the member has none (applications are approved with one).
 */
export function documentsPage(lang: Lang, hasPasskey: boolean): string {
  const t = texts[lang];
  return layout({
    lang,
    title: t.documentsTitle,
    path: '/konto/dokumente',
    signedIn: true,
    elements: ['pk-document-upload'],
    body: html`<div class="wrap documents">
  <p class="back"><a href="/konto">${t.backToOverview}</a></p>
  <h1>${t.documentsPageHeading}</h1>
  <p class="lead">${t.documentsIntro}</p>
  <section class="card documents-card" aria-label="${t.documentsCardLabel}">
    <pk-document-upload api="/portal"></pk-document-upload>
  </section>
  ${hasPasskey ? '' : html`<p class="muted">${t.documentsPasskeyNeeded} <a href="/konto#passkeys">${t.passkeyNeededLink}</a></p>`}
</div>`,
  });
}

/**
 * The back office's inbox (`/demo/inbox`), a demo-only page: every submission, newest first, with
 * its files' sizes and SHA-256 as the receipt names them, each file a download (never shown
 * inline: a member's upload is not the insurer's page).
 */
export function inboxPage(lang: Lang, submissions: readonly InboxSubmission[]): string {
  const t = texts[lang];
  const newestFirst = [...submissions].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  return layout({
    lang,
    title: t.inboxTitle,
    path: '/demo/inbox',
    body: html`<div class="wrap inbox">
  <p class="demo-badge">${t.inboxBadge}</p>
  <h1>${t.inboxHeading}</h1>
  <p class="lead">${t.inboxIntro}</p>
  ${
    newestFirst.length === 0
      ? html`<p class="card">${t.inboxEmpty}</p>`
      : html`<ol class="submissions">${newestFirst.map(
          (submission) => html`<li class="card submission" data-reference="${submission.reference}">
  <h2 id="sub-${submission.reference}">${submission.reference}</h2>
  <dl class="submission-fields">
    <div><dt>${t.inboxReceived}</dt><dd><time datetime="${submission.receivedAt}">${formatTime(submission.receivedAt, lang)}</time></dd></div>
    <div><dt>${t.inboxMember}</dt><dd>${submission.member}</dd></div>
    <div><dt>${t.inboxCategory}</dt><dd>${submission.category[lang]}</dd></div>
    ${submission.note ? html`<div><dt>${t.inboxNote}</dt><dd>${submission.note}</dd></div>` : ''}
    <div><dt>${t.inboxApproval}</dt><dd data-approval="${submission.approvalId ?? ''}">${
      submission.approvalId ? t.inboxApproved(submission.approvalId) : t.inboxNoApproval
    }</dd></div>
  </dl>
  <table class="files">
    <caption>${t.inboxFiles}</caption>
    <thead><tr><th scope="col">${t.inboxFileName}</th><th scope="col">${t.inboxFileType}</th><th scope="col">${t.inboxFileSize}</th><th scope="col">${t.inboxFileHash}</th></tr></thead>
    <tbody>${submission.files.map(
      (file, index) => html`<tr data-file="${index}">
      <th scope="row"><a href="/demo/inbox/${encodeURIComponent(submission.reference)}/${index}" aria-label="${t.inboxDownload(file.name)}">${file.name}</a></th>
      <td data-label="${t.inboxFileType}">${typeNames[file.type] ?? file.type}</td>
      <td data-label="${t.inboxFileSize}" data-size="${file.size}">${formatBytes(file.size, lang)}</td>
      <td data-label="${t.inboxFileHash}"><code class="sha256">${file.sha256}</code></td>
    </tr>`,
    )}</tbody>
  </table>
</li>`,
        )}</ol>`
  }
</div>`,
  });
}

/**
 * `Content-Disposition` for a download (RFC 6266): the name percent-encoded as UTF-8 in
 * `filename*` (RFC 8187, formerly 5987), and an ASCII `filename` for clients that do not read
 * it, without quotes, backslashes or percent signs that some would misread.
 */
export function contentDisposition(name: string): string {
  const fallback =
    name
      .replace(/[äöüÄÖÜß]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' })[c]!)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]|["\\%/]/g, '_')
      .trim() || 'download';
  // attr-char (RFC 8187 3.2.1) leaves out ' ( ) * that encodeURIComponent keeps.
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
