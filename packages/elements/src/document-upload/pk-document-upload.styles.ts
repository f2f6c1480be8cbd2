import { css } from 'lit';
import { tokens as t } from '../theme/tokens.js';

export const documentUploadStyles = css`
  :where(pk-document-upload) {
    display: block;
    max-width: var(--pk-document-upload-max-width, 40rem);
  }
  :where(pk-document-upload) :where([part~='heading']) {
    margin-bottom: ${t.spaceM};
  }
  /* The heading takes focus so screen readers start the new step there; it is no control. */
  :where(pk-document-upload) :where([part~='heading']:focus) {
    outline: none;
  }
  :where(pk-document-upload) :where([part~='secondary-action'], [part~='print']) {
    margin-top: ${t.spaceS};
  }
  :where(pk-document-upload) :where(fieldset) {
    min-width: 0;
    margin-inline: 0;
    padding: 0;
    border: 0;
  }
  :where(pk-document-upload) :where(fieldset:has(> [part~='error'])) {
    padding-inline-start: ${t.spaceM};
  }
  :where(pk-document-upload) :where([part~='choice']) {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: ${t.spaceS};
    align-items: start;
    margin-bottom: ${t.spaceS};
  }
  :where(pk-document-upload) :where([part~='choice'] [part~='radio']) {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.125rem 0 0;
  }
  :where(pk-document-upload) :where([part~='choice'] [part~='label']) {
    margin: 0;
    font-weight: 400;
  }
  :where(pk-document-upload) :where([part~='choice'] [part~='hint']) {
    grid-column: 2;
  }
  :where(pk-document-upload) :where([part~='dropzone']) {
    margin-bottom: ${t.spaceL};
    padding: ${t.spaceM};
    border: 2px dashed ${t.border};
    border-radius: ${t.radius};
  }
  :where(pk-document-upload) :where([part~='dropzone'][data-dragging]) {
    border-style: solid;
    border-color: ${t.primary};
    background: ${t.surfaceMuted};
  }
  :where(pk-document-upload) :where([part~='dropzone'] [part~='field']:last-child) {
    margin-bottom: 0;
  }
  :where(pk-document-upload) :where([part~='add'], [part~='camera']) {
    max-width: 100%;
    min-height: ${t.controlHeight};
    font: inherit;
  }
  :where(pk-document-upload) :where(h3) {
    margin: 0 0 ${t.spaceS};
    font-size: ${t.fontSizeM};
  }
  :where(pk-document-upload) :where([part~='file-list']) {
    margin: 0 0 ${t.spaceL};
    padding: 0;
    list-style: none;
  }
  :where(pk-document-upload) :where([part~='file-list'] > li) {
    padding-block: ${t.spaceS};
    border-bottom: 1px solid ${t.divider};
  }
  :where(pk-document-upload) :where(li[part~='file']) {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.spaceS} ${t.spaceM};
    align-items: center;
  }
  :where(pk-document-upload) :where(li[part~='file'] > div) {
    flex: 1 1 12rem;
    min-width: 0;
  }
  :where(pk-document-upload) :where([part~='thumbnail']) {
    display: grid;
    place-items: center;
    flex: none;
    width: var(--pk-document-upload-thumbnail-size, 4rem);
    height: var(--pk-document-upload-thumbnail-size, 4rem);
    border: 1px solid ${t.divider};
    border-radius: ${t.radius};
    background: ${t.surfaceMuted};
    color: ${t.textMuted};
    font-size: ${t.fontSizeS};
    font-weight: 700;
    object-fit: cover;
  }
  :where(pk-document-upload) :where([part~='file-name']) {
    display: block;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  :where(pk-document-upload) :where([part~='file-details']) {
    display: block;
    color: ${t.textMuted};
    font-size: ${t.fontSizeS};
  }
  :where(pk-document-upload) :where([part~='progress']) {
    display: block;
    width: 100%;
    height: 1rem;
    margin-block: ${t.spaceXs};
    accent-color: ${t.primary};
  }
  :where(pk-document-upload) :where([part~='total']) {
    margin-bottom: ${t.spaceL};
  }
  :where(pk-document-upload) :where([part~='details']) {
    display: grid;
    grid-template-columns: minmax(8rem, auto) 1fr;
    gap: ${t.spaceXs} ${t.spaceM};
    margin: 0 0 ${t.spaceL};
  }
  :where(pk-document-upload) :where([part~='details'] dt) {
    color: ${t.textMuted};
  }
  :where(pk-document-upload) :where([part~='details'] dd) {
    margin: 0;
    overflow-wrap: anywhere;
  }
  /*
   * Fixed columns, so the table fits a phone's width (WCAG 1.4.10): the name takes 40 %, the size
   * what it needs, the checksum, which breaks anywhere, the rest; a long name breaks where it must.
   */
  :where(pk-document-upload) :where([part~='files']) {
    width: 100%;
    margin-bottom: ${t.spaceL};
    border-collapse: collapse;
    table-layout: fixed;
  }
  :where(pk-document-upload) :where([part~='files'] th[scope='col']:first-child) {
    width: 40%;
  }
  :where(pk-document-upload) :where([part~='files'] th[scope='col']:nth-child(2)) {
    width: 5rem;
  }
  :where(pk-document-upload) :where([part~='files'] caption) {
    margin-bottom: ${t.spaceS};
    font-weight: 700;
    text-align: start;
  }
  /* Words break only where one does not fit its column (a long file name), hyphenated. */
  :where(pk-document-upload) :where([part~='files'] :is(th, td)) {
    hyphens: auto;
    padding: ${t.spaceS};
    border-bottom: 1px solid ${t.divider};
    text-align: start;
    vertical-align: top;
    overflow-wrap: break-word;
  }
  :where(pk-document-upload) :where([part~='checksum']) {
    font-family: ui-monospace, monospace;
    font-size: ${t.fontSizeS};
    word-break: break-all;
  }
  :where(pk-document-upload) :where([part~='print']) {
    width: 100%;
  }
  /* The receipt on paper: its text only, no buttons, no status, black on white. */
  @media print {
    :where(pk-document-upload) :where(button, [part~='status']) {
      display: none;
    }
    :where(pk-document-upload) :where([part~='receipt'], [part~='receipt'] *) {
      color: #000;
      background: none;
    }
  }
`;
