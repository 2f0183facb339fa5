// Delimited text (CSV/TSV) as spreadsheets write it: RFC 4180 quoting, fields with embedded
// delimiters, quotes and line breaks, a byte-order mark, CRLF or LF line ends, and the
// delimiter guessed from the first row (Excel writes ';' in locales with a decimal comma,
// Google Sheets and clipboards ',' or a tab).

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: readonly Delimiter[] = ['\t', ';', ','];

export type ParseDelimitedResult =
  | { ok: true; rows: string[][]; delimiter: Delimiter }
  /** A quoted field opened on this 1-based row never closes. */
  | { ok: false; unclosedQuoteRow: number };

/** Count each candidate delimiter in the first record, outside quotes; a tab wins any tie. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
  }
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d)!;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Split delimited text into rows of fields. A field is quoted when it starts with '"'; inside
 * it '""' is one quote and line breaks belong to the field. A stray quote inside an unquoted
 * field is kept as text, as spreadsheets do.
 */
export function parseDelimited(input: string, delimiter?: Delimiter): ParseDelimitedResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = delimiter ?? detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let line = 1;
  let fieldStarted = false;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && !fieldStarted && field === '') {
      // A quoted field: read to the closing quote.
      const openedOn = line;
      i++;
      let closed = false;
      let start = i;
      const parts: string[] = [];
      while (i < text.length) {
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            parts.push(text.slice(start, i + 1));
            i += 2;
            start = i;
            continue;
          }
          parts.push(text.slice(start, i));
          i++;
          closed = true;
          break;
        }
        if (c === '\n') line++;
        i++;
      }
      if (!closed) return { ok: false, unclosedQuoteRow: openedOn };
      field = parts.join('');
      fieldStarted = true;
      // Anything between the closing quote and the next delimiter is kept, like Excel does.
      continue;
    }
    if (ch === sep) {
      endField();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRow();
      line++;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i++;
  }
  if (field !== '' || fieldStarted || row.length > 0) endRow();
  return { ok: true, rows, delimiter: sep };
}

/** Spreadsheets run a cell starting with these as a formula: exported text gets a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A cell's value as typed, minus the apostrophe that kept a spreadsheet from reading it as a formula. */
export function unguardFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/;

/** One field, quoted when it holds a delimiter, a quote, a line break or edge spaces. */
export function quoteField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Rows as delimited text: CRLF line ends (RFC 4180) and a byte-order mark, so Excel reads the
 * Cyrillic of a Russian map as UTF-8 instead of guessing a legacy code page.
 */
/**
 * The separator a spreadsheet expects in this language: Excel set to Russian (decimal comma)
 * reads ';' as the column separator and would put a ','-separated row into one cell.
 */
export function delimiterFor(language: 'ru' | 'en'): Delimiter {
  return language === 'ru' ? ';' : ',';
}

export function serialiseDelimited(rows: readonly (readonly string[])[], delimiter: Delimiter = ','): string {
  return '\ufeff' + rows.map((row) => row.map(quoteField).join(delimiter)).join('\r\n') + '\r\n';
}
