/**
 * A strict RFC 4180 reader for tests: fields split by commas, rows by CRLF, quoted fields may
 * hold both and `""`; anything else (a bare quote, a lone CR or LF, no final CRLF) throws.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let index = 0;
  while (index < text.length) {
    if (text[index] === '"' && field === '') {
      let close = index + 1;
      for (; ; close += 1) {
        if (close >= text.length) throw new Error(`unclosed quote at ${index}`);
        if (text[close] !== '"') field += text[close];
        else if (text[close + 1] === '"') {
          field += '"';
          close += 1;
        } else break;
      }
      index = close + 1;
      if (!(text[index] === ',' || text.startsWith('\r\n', index)))
        throw new Error(`text after a closing quote at ${index}`);
    } else if (text[index] === ',') {
      row.push(field);
      field = '';
      index += 1;
    } else if (text.startsWith('\r\n', index)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 2;
    } else {
      if (text[index] === '"' || text[index] === '\r' || text[index] === '\n')
        throw new Error(`a bare ${JSON.stringify(text[index])} at ${index}`);
      field += text[index];
      index += 1;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('the last row has no CRLF');
  return rows;
}
