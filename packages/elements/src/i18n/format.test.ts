import { expect } from '@open-wc/testing';
import {
  formatBytes,
  formatDate,
  formatDateTime,
  formatList,
  formatTime,
  type ByteUnit,
} from './format.js';

// Portalkit writes German and English itself; each format must read exactly as the browser's own
// `Intl` formatter writes it (English as British English).
const intlLang = { de: 'de', en: 'en-GB' } as const;
const langs = ['de', 'en'] as const;

/** Every month's first and last day, near midnight in the member's time zone. */
const dates = Array.from({ length: 12 }, (_, month) => [
  new Date(2026, month, 1, 0, 0, 30),
  new Date(2027, month + 1, 0, 23, 59, 30),
  new Date(2026, month, 9, 9, 5),
]).flat();

describe('format', () => {
  it('writes dates as Intl does, in the time zone or in UTC', () => {
    for (const lang of langs) {
      for (const style of ['medium', 'long'] as const) {
        for (const date of dates) {
          const expected = new Intl.DateTimeFormat(intlLang[lang], { dateStyle: style });
          expect(formatDate(lang, date, style), `${lang} ${style} ${date}`).to.equal(
            expected.format(date),
          );
          const day = new Date(`${date.toISOString().slice(0, 10)}T00:00:00Z`);
          const utc = new Intl.DateTimeFormat(intlLang[lang], {
            dateStyle: style,
            timeZone: 'UTC',
          });
          expect(
            formatDate(lang, day, style, true),
            `${lang} ${style} UTC ${day.toISOString()}`,
          ).to.equal(utc.format(day));
        }
      }
    }
  });

  it('writes times of day and dates with times as Intl does', () => {
    for (const lang of langs) {
      for (let hour = 0; hour < 24; hour++) {
        for (const minute of [0, 5, 59]) {
          const date = new Date(2026, 11, 1, hour, minute);
          const time = new Intl.DateTimeFormat(intlLang[lang], {
            hour: 'numeric',
            minute: '2-digit',
          });
          expect(formatTime(lang, date), `${lang} ${hour}:${minute}`).to.equal(time.format(date));
        }
      }
      for (const style of ['medium', 'long'] as const) {
        for (const date of dates) {
          const expected = new Intl.DateTimeFormat(intlLang[lang], {
            dateStyle: style,
            timeStyle: 'short',
          });
          expect(formatDateTime(lang, date, style), `${lang} ${style} ${date}`).to.equal(
            expected.format(date),
          );
        }
      }
    }
  });

  it('writes lists as Intl does, with one, two and three items', () => {
    for (const lang of langs) {
      for (const items of [['PDF'], ['PDF', 'JPG'], ['PDF', 'JPG', 'PNG']]) {
        for (const [type, intlType] of [
          ['or', 'disjunction'],
          ['and', 'conjunction'],
        ] as const) {
          expect(formatList(lang, items, type), `${lang} ${type} ${items.join()}`).to.equal(
            new Intl.ListFormat(intlLang[lang], { type: intlType }).format(items),
          );
        }
      }
    }
  });

  it('writes sizes as Intl does, rounding halves as written, grouping thousands, one line', () => {
    const values = [
      0, 1, 0.05, 1.005, 1.15, 2.35, 2.45, 10, 512, 999.4, 999.5, 999.96, 1000.4, 12_345_678,
    ];
    const units: ByteUnit[] = ['byte', 'kilobyte', 'megabyte', 'gigabyte'];
    for (const lang of langs) {
      for (const unit of units) {
        for (const digits of [0, 1]) {
          for (const value of values) {
            const expected = new Intl.NumberFormat(intlLang[lang], {
              style: 'unit',
              unit,
              maximumFractionDigits: digits,
            });
            const written = formatBytes(lang, value, unit, digits);
            expect(written, `${lang} ${value} ${unit} ${digits}`).to.match(/^\S+\u00a0\S+$/);
            // Intl puts a no-break space before some units only ("1 Byte", "2 Byte").
            expect(written.replace('\u00a0', ' '), `${lang} ${value} ${unit} ${digits}`).to.equal(
              expected.format(value).replace('\u00a0', ' '),
            );
          }
        }
      }
    }
  });

  it("leaves a language a site registered to the browser's formatters", () => {
    const date = new Date(2026, 0, 1, 9, 5);
    expect(formatDate('fr', date, 'long')).to.equal('1 janvier 2026');
    const time = new Intl.DateTimeFormat('fr', { hour: 'numeric', minute: '2-digit' });
    expect(formatTime('fr', date)).to.equal(time.format(date));
    expect(formatList('fr', ['PDF', 'JPG', 'PNG'], 'or')).to.equal('PDF, JPG ou PNG');
    expect(formatBytes('fr', 2.5, 'megabyte', 1)).to.equal(
      new Intl.NumberFormat('fr', { style: 'unit', unit: 'megabyte' }).format(2.5),
    );
  });
});
