import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanFields, cleanText } from './cleanText';

/** What XML 1.0 allows in a document (the SVG export), by code point. */
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('cleanText', () => {
  it('turns a manual line break into a line break, drops other controls, and marks broken characters', () => {
    expect(cleanText('one\u000Btwo')).toBe('one\ntwo');
    expect(cleanText('a\u0000b\u0001c\u001Fd\u000Ce')).toBe('abcde');
    expect(cleanText('lone \uD800 high, lone \uDC00 low, end \uD83D')).toBe('lone \uFFFD high, lone \uFFFD low, end \uFFFD');
    expect(cleanText('\uFFFE\uFFFF')).toBe('\uFFFD\uFFFD');
  });

  it('keeps what can be shown: tabs, line breaks, emoji, Cyrillic, markup characters', () => {
    const text = 'tab\there\r\nнового 😀 <b>&amp;</b> \u007F\u0085\u2028\uFEFF';
    expect(cleanText(text)).toBe(text);
  });

  it('gives text that XML takes and encodeURIComponent can write, and changes nothing twice', () => {
    const units = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((codes) => String.fromCharCode(...codes));
    fc.assert(
      fc.property(fc.oneof(units, fc.string({ unit: 'binary' })), (text) => {
        const clean = cleanText(text);
        expect(clean).toMatch(XML_CHAR);
        expect(() => encodeURIComponent(clean)).not.toThrow();
        expect(cleanText(clean)).toBe(clean);
        // Never longer: the import's length limits hold after cleaning too.
        expect(clean.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });

  it('cleans the text values of a record and leaves the others', () => {
    expect(cleanFields({ text: 'a\u000Bb', order: 2, channel: null, color: 'none' })).toEqual({ text: 'a\nb', order: 2, channel: null, color: 'none' });
  });
});
