import { describe, expect, it } from 'vitest';
import type { Read, UnknownValue } from './lenientFields.ts';
import { unknownValueWarnings } from './unknownValueWarnings.ts';

const CENTER: UnknownValue = { path: 'style.textAlign', value: 'unknown', readAs: 'center' };
const MAGENTA: UnknownValue = { path: 'style.fillColor', value: 'magenta', readAs: 'light_yellow' };

function record(id: string, ...unknownValues: UnknownValue[]): Read<{ id: string }> {
  return { value: { id }, unknownValues };
}

describe('unknownValueWarnings', () => {
  it('names the item, the field, the value and what it was read as', () => {
    expect(unknownValueWarnings([record('11', CENTER)], [])).toEqual([
      'Item 11: style.textAlign "unknown" is not a value this app knows; read as "center"',
    ]);
  });

  it('names a connector as a connector, after the items', () => {
    const cap = { path: 'style.endStrokeCap', value: 'unknown', readAs: 'stealth' };
    expect(unknownValueWarnings([record('11', CENTER)], [record('80', cap)])).toEqual([
      'Item 11: style.textAlign "unknown" is not a value this app knows; read as "center"',
      'Connector 80: style.endStrokeCap "unknown" is not a value this app knows; read as "stealth"',
    ]);
  });

  it('gives a warning for each of up to three records, in their order', () => {
    const records = [record('11', CENTER, MAGENTA), record('12'), record('13', CENTER)];
    expect(unknownValueWarnings(records, [])).toEqual([
      'Item 11: style.textAlign "unknown" is not a value this app knows; read as "center"',
      'Item 11: style.fillColor "magenta" is not a value this app knows; read as "light_yellow"',
      'Item 13: style.textAlign "unknown" is not a value this app knows; read as "center"',
    ]);
  });

  it('summarises a value found in more than three records, keeping one warning per value', () => {
    const records = [
      record('11', CENTER),
      record('12', CENTER),
      record('13', CENTER, MAGENTA),
      record('14', CENTER),
      record('15', CENTER),
    ];
    expect(unknownValueWarnings(records, [])).toEqual([
      'Items 11, 12, 13 and 2 more: style.textAlign "unknown" is not a value this app knows; read as "center"',
      'Item 13: style.fillColor "magenta" is not a value this app knows; read as "light_yellow"',
    ]);
  });

  it('keeps the same value read as different defaults apart', () => {
    const left = { ...CENTER, readAs: 'left' };
    const records = ['11', '12', '13', '14'].map((id) => record(id, CENTER));
    expect(unknownValueWarnings([...records, record('15', left)], [])).toEqual([
      'Items 11, 12, 13 and 1 more: style.textAlign "unknown" is not a value this app knows; read as "center"',
      'Item 15: style.textAlign "unknown" is not a value this app knows; read as "left"',
    ]);
  });

  it('cuts a long value short and keeps it on one line', () => {
    const value = `${'x'.repeat(38)}\nyyyy`; // 38 + 1 + 4 characters
    expect(unknownValueWarnings([record('11', { ...CENTER, value })], [])).toEqual([
      `Item 11: style.textAlign "${'x'.repeat(38)}\\n…" is not a value this app knows; read as "center"`,
    ]);
  });
});
