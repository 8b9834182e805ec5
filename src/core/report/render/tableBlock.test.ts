import { describe, expect, it } from 'vitest';
import { tableBlock } from './tableBlock.ts';

const left = (title: string) => ({ title, align: 'left' as const });
const right = (title: string) => ({ title, align: 'right' as const });

describe('tableBlock', () => {
  it('drops a column that is empty, zero or a dash in every row', () => {
    expect(
      tableBlock(
        [left('Stage'), right('Votes'), right('Spread'), left('Tag'), right('Notes')],
        [
          ['Awareness', '0', '0.0', '', '2'],
          ['Purchase', '0', '—', ' ', '0'],
        ],
      ),
    ).toEqual({
      kind: 'table',
      columns: [left('Stage'), right('Notes')],
      rows: [
        ['Awareness', '2'],
        ['Purchase', '0'],
      ],
    });
  });

  it('keeps the first column, which names the row, even when it says nothing', () => {
    const table = tableBlock([left('Lane'), right('Use')], [['', '1']]);
    expect(table).toEqual({
      kind: 'table',
      columns: [left('Lane'), right('Use')],
      rows: [['', '1']],
    });
  });

  it('keeps every column of a table with no rows', () => {
    const table = tableBlock([left('Stage'), right('Votes')], []);
    expect(table).toEqual({ kind: 'table', columns: [left('Stage'), right('Votes')], rows: [] });
  });
});
