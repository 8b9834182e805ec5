import { describe, expect, it } from 'vitest';
import { openEmulator } from './SandboxEmulator.ts';
import { boardFileText, readBoardFile, readBoardFileBytes } from './boardFileTransfer.ts';

describe('board files', () => {
  it('reads back the board it wrote', () => {
    const emulator = openEmulator();
    emulator.user.addStickyNote({ x: 10, y: 20, content: '<p>Hidden fees</p>', color: 'red' });
    const result = readBoardFile(boardFileText(emulator.exportState()));
    if (!result.ok) throw result.error;
    expect(result.value.items).toEqual(emulator.exportState().items);
  });

  it('passes on the values it read as defaults as warnings', () => {
    const emulator = openEmulator();
    emulator.user.addStickyNote({ x: 10, y: 20, content: '<p>Hidden fees</p>' });
    const file = JSON.parse(boardFileText(emulator.exportState())) as {
      data: { style: object }[];
    };
    Object.assign(file.data[0]?.style ?? {}, { textAlign: 'unknown' });
    const result = readBoardFile(JSON.stringify(file));
    if (!result.ok) throw result.error;
    expect(result.warnings).toEqual([
      'Item 3458764500000000001: style.textAlign "unknown" is not a value this app knows; read as "center"',
    ]);
  });

  it('pretty-prints the file', () => {
    expect(boardFileText(openEmulator().exportState())).toContain('\n  ');
  });

  it('reports a file that is not a board in one line', () => {
    const result = readBoardFile('{"data": 3}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message.includes('\n')).toBe(false);
  });

  it('reads a file that starts with a byte-order mark', () => {
    const emulator = openEmulator();
    emulator.user.addStickyNote({ x: 10, y: 20, content: '<p>Hidden fees</p>' });
    const result = readBoardFile(`\uFEFF${boardFileText(emulator.exportState())}`);
    expect(result.ok && result.value.items).toEqual(emulator.exportState().items);
  });

  it('refuses a file nested a million levels deep in one line, naming the place', () => {
    const deep = `${'{"a":'.repeat(1_000_000)}1${'}'.repeat(1_000_000)}`;
    const result = readBoardFile(
      `{\n  "data": [],\n  "journeyMapper": {"appData": {"k": ${deep}}}\n}`,
    );
    // line 3 is `  "journeyMapper": {"appData": {"k": ` (37 characters, levels 2 and 3), then {"a": per level
    expect(!result.ok && result.error.message).toBe(
      'The file nests deeper than 64 levels at line 3 column 343',
    );
  });

  it('reads bytes that are not UTF-8 with a warning first', () => {
    // {"data": [], "note": "Café"} in Latin-1: é is E9, after 25 characters
    const latin1 = new Uint8Array(
      [...'{"data": [], "note": "Caf\u00e9"}'].map((c) => c.charCodeAt(0)),
    );
    const result = readBoardFileBytes(latin1, 'board.json');
    expect(result.ok && result.warnings).toEqual([
      'board.json is not valid UTF-8: 1 byte sequence read as U+FFFD, the first at byte 25',
    ]);
  });

  it('reads UTF-8 bytes with a byte-order mark and no warning', () => {
    const emulator = openEmulator();
    emulator.user.addStickyNote({ x: 10, y: 20, content: '<p>Café</p>' });
    const text = `\uFEFF${boardFileText(emulator.exportState())}`;
    const result = readBoardFileBytes(new TextEncoder().encode(text), 'board.json');
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.value.items).toEqual(emulator.exportState().items);
  });
});
