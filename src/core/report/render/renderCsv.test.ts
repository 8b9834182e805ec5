import { describe, expect, it } from 'vitest';
import { authorCell, csvField, renderCsv, textCell } from './renderCsv.ts';
import { sampleReport } from '../../../test/sampleReport.ts';

describe('renderCsv', () => {
  it('writes a byte-order mark, a header row and one CRLF-ended row per placed note', () => {
    const csv = renderCsv(sampleReport());
    expect(
      csv.startsWith('\uFEFFmap,stage,lane,text,emotion,colour,tags,author,votes,created\r\n'),
    ).toBe(true);
    expect(csv.slice(1).split('\r\n')).toMatchInlineSnapshot(`
      [
        "map,stage,lane,text,emotion,colour,tags,author,votes,created",
        "Checkout,Awareness,Emotions,Curious 🙂,1,,,,0,",
        "Checkout,Purchase,Emotions,'-2 Angry,-2,,,,0,",
        "Checkout,Purchase,Emotions,Unsure,-1,,,,0,",
        "Checkout,Purchase,Pain points,Hidden delivery fee,,red,critical; pricing,Ana,3,2025-05-30T09:15:00.000Z",
        "Checkout,Use,Pain points,App logs me out,,,,,0,",
        "Checkout,Purchase,Opportunities,Show fees upfront,,light_green,,,0,",
        "",
      ]
    `);
  });

  it('shows an author’s name where the report has one for the id, and the id otherwise', () => {
    const report = sampleReport();
    const notes = report.maps[0]?.map.notes ?? [];
    const withIds = notes.map((n, index) =>
      index === 0
        ? { ...n, author: '3074457350987654321' }
        : index === 1
          ? { ...n, author: '42' }
          : n,
    );
    const map = report.maps[0];
    if (!map) throw new Error('the sample report has a map');
    const csv = renderCsv({
      ...report,
      maps: [{ ...map, map: { ...map.map, notes: withIds } }],
      authorNames: { '3074457350987654321': 'Ana Costa', Ana: '=Ana' },
    });
    const authors = csv
      .slice(1)
      .split('\r\n')
      .slice(1, 5)
      .map((row) => row.split(',')[7]);
    expect(authors).toEqual(['Ana Costa', 'user 42', '', "'=Ana"]);
  });
});

describe('textCell', () => {
  it('puts a quote before text a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'].map(textCell)).toEqual([
      "'=1+1",
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\t=1",
      "'\r=1",
    ]);
  });

  it('leaves other text alone', () => {
    expect(textCell(' =1')).toBe(' =1');
    expect(textCell('a=1')).toBe('a=1');
  });
});

describe('csvField', () => {
  it('quotes a field with a quote, comma, CR or LF and doubles its quotes', () => {
    expect(csvField('say "hi", then\r\nleave')).toBe('"say ""hi"", then\r\nleave"');
    expect(csvField("plain 'text'")).toBe("plain 'text'");
  });
});

describe('authorCell', () => {
  it('keeps a numeric user id from becoming a rounded number in a spreadsheet', () => {
    expect(authorCell('3074457350987654321')).toBe('user 3074457350987654321');
    expect(authorCell('Ana')).toBe('Ana');
    expect(authorCell('=cmd')).toBe("'=cmd");
    expect(authorCell(null)).toBe('');
  });

  it('writes the name the names give for an id, ignoring a blank one and inherited keys', () => {
    expect(authorCell('3074', { '3074': ' Ana Costa ' })).toBe('Ana Costa');
    expect(authorCell('3074', { '3074': '  ' })).toBe('user 3074');
    expect(authorCell('constructor', {})).toBe('constructor');
    expect(authorCell(null, { '3074': 'Ana' })).toBe('');
  });
});
