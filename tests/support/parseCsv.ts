/**
 * A strict RFC 4180 reader for the tests: every field must be quoted (as the writer promises),
 * records end in CRLF, and anything else is an error rather than a guess.
 */
export function parseQuotedCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '"') throw new Error(`unquoted field at offset ${i}`);
    i += 1;
    let field = '';
    for (;;) {
      if (i >= text.length) throw new Error('unterminated quoted field');
      if (text[i] === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        i += 1;
        break;
      }
      field += text[i];
      i += 1;
    }
    row.push(field);
    if (text[i] === ',') {
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else {
      throw new Error(`expected , or CRLF after a field at offset ${i}, found ${JSON.stringify(text.slice(i, i + 5))}`);
    }
  }
  if (row.length > 0) throw new Error('last record has no CRLF');
  return rows;
}
