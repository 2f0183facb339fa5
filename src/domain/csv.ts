// CSV as spreadsheets read it (RFC 4180): quoted where needed, CRLF line ends.

export type CsvValue = string | number | null;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) is prefixed
 * with an apostrophe: an exported file must not execute anything when opened. Numbers stay numbers.
 */
function csvCell(value: CsvValue, delimiter: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function serializeCsv(rows: readonly (readonly CsvValue[])[], delimiter = ','): string {
  return rows.map((row) => row.map((value) => csvCell(value, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}
