/**
 * CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, a field quoted when it
 * holds a comma, a quotation mark, CR or LF (its quotation marks doubled). A field that a spreadsheet
 * would run as a formula (it starts with = + - @, a tab or CR, and is not a number) is neutralized as
 * OWASP recommends: a single quote in front, and quoted. Quoting alone is not enough: a spreadsheet
 * unquotes "=HYPERLINK(...)" and runs it.
 */

/** One record, without its line end. */
export function csvRecord(fields: ReadonlyArray<string | number | null>): string {
  return fields.map(csvField).join(',');
}

export const CRLF = '\r\n';

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  const formula = /^[=+\-@\t\r]/.test(s) && !/^[-+]?\d+(?:\.\d+)?$/.test(s);
  const safe = formula ? `'${s}` : s;
  return /[",\r\n]/.test(safe) || formula ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Parses RFC 4180 CSV into records of fields (the reader the tests check the writer with). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      [record, field] = [[], ''];
      i++;
    } else field += c;
  }
  if (field !== '' || record.length) record.push(field), records.push(record);
  return records;
}
