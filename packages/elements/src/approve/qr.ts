import type { ApprovalHandoff } from '@portalkit/protocol';
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/** The light border a QR code needs around it to be read (ISO/IEC 18004: 4 modules). */
const quietZone = 4;

/**
 * A QR code drawn from the server's modules (`1` dark, row by row) as an SVG of rects, one per
 * run of dark modules in a row; no QR library reaches the browser. Dark on light whatever the
 * theme, with its accessible name saying what it opens.
 */
export function qrCode({ size, modules }: ApprovalHandoff['qr'], label: string): TemplateResult {
  const total = size + 2 * quietZone;
  const runs: SVGTemplateResult[] = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (modules[y * size + x] !== '1') continue;
      let end = x;
      while (end < size && modules[y * size + end] === '1') end++;
      runs.push(svg`<rect x=${x + quietZone} y=${y + quietZone} width=${end - x} height="1" />`);
      x = end;
    }
  }
  return html`<svg
    part="qr"
    role="img"
    aria-label=${label}
    viewBox="0 0 ${total} ${total}"
    shape-rendering="crispEdges"
  >
    <rect width=${total} height=${total} fill="#fff" />
    <g fill="#000">${runs}</g>
  </svg>`;
}
