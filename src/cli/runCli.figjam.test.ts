import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryCliIo } from '../test/fixtures/memoryCliIo.ts';
import { runCli } from './runCli.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../test/fixtures/figjam/${name}`, import.meta.url), 'utf8');

async function run(argv: string[], files: Record<string, string | Uint8Array>) {
  const memory = memoryCliIo(files);
  const code = await runCli(argv, memory.io);
  return { code, stdout: memory.stdout(), stderr: memory.stderr() };
}

type Report = {
  maps: { title: string; notes: { text: string }[] }[];
  warnings: string[];
};

describe('runCli report <FigJam file>', () => {
  it("reads a FigJam file as Figma's REST API gives it and reports its map", async () => {
    const { code, stdout, stderr } = await run(['report', 'map.json'], {
      'map.json': fixture('hand-made-map.json'),
    });
    expect([code, stderr]).toEqual([0, '']);
    const report = JSON.parse(stdout) as Report;
    expect(report.maps.map((map) => map.title)).toEqual(['Online shop journey']);
    expect(report.maps[0]?.notes.map((note) => note.text)).toEqual(
      expect.arrayContaining([
        'Sees an ad on Instagram',
        'Compares prices on three sites',
        'Checkout asks for an account',
        '😀 curious',
        '😡 hidden fees',
        'Guest checkout',
      ]),
    );
  });

  it('refuses a Figma design file in one line, exit 1', async () => {
    const { code, stdout, stderr } = await run(['report', 'design.json'], {
      'design.json': fixture('design-file.json'),
    });
    expect([code, stdout, stderr]).toEqual([
      1,
      '',
      'journey-mapper: design.json: This is a Figma "figma" file; only FigJam files (editorType "figjam") are read\n',
    ]);
  });

  it('reads a FigJam file whose editorType key is spelled with an escape', async () => {
    const text = fixture('hand-made-map.json').replace('"editorType"', '"editor\\u0054ype"');
    expect(text).not.toContain('"editorType"');
    const { code, stdout, stderr } = await run(['report', 'escaped.json'], {
      'escaped.json': text,
    });
    expect([code, stderr]).toEqual([0, '']);
    expect((JSON.parse(stdout) as Report).maps.map((map) => map.title)).toEqual([
      'Online shop journey',
    ]);
  });

  it('reads a FigJam file that starts with a byte-order mark', async () => {
    const { code, stdout } = await run(['report', 'bom.json'], {
      'bom.json': `\uFEFF${fixture('hand-made-map.json')}`,
    });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Report).maps).toHaveLength(1);
  });

  it('warns of bytes that are not UTF-8 in a FigJam file and goes on', async () => {
    const text = fixture('hand-made-map.json').replace(
      '"name": "Online shop journey"',
      '"name": "Caf\u00e9"',
    );
    const bytes = new TextEncoder().encode(text);
    // é in UTF-8 is C3 A9; a lone E9 in its place is not UTF-8
    const at = bytes.findIndex((byte, index) => byte === 0xc3 && bytes[index + 1] === 0xa9);
    const latin1 = new Uint8Array([...bytes.slice(0, at), 0xe9, ...bytes.slice(at + 2)]);
    const { code, stdout, stderr } = await run(['report', 'latin1.json'], {
      'latin1.json': latin1,
    });
    expect([code, stderr]).toEqual([0, '']);
    expect((JSON.parse(stdout) as Report).warnings).toEqual([
      // {\n  "name": "Caf is 16 bytes
      'latin1.json is not valid UTF-8: 1 byte sequence read as U+FFFD, the first at byte 16',
    ]);
  });

  it('refuses a FigJam file nested a million levels deep in one line, never a stack overflow', async () => {
    const deep = `${'{"id":"1","type":"FRAME","children":['.repeat(1_000_000)}${']}'.repeat(1_000_000)}`;
    const { code, stdout, stderr } = await run(['report', 'deep.json'], {
      'deep.json': `{"editorType": "figjam", "document": ${deep}}`,
    });
    // {"editorType": "figjam", "document": is 37 characters and level 1; each node 37 characters
    // and 2 levels, so level 65 is the [ of the 32nd node: 37 + 31 × 37 + 37
    expect([code, stdout, stderr]).toEqual([
      1,
      '',
      'journey-mapper: deep.json: The file nests deeper than 64 levels at line 1 column 1221\n',
    ]);
  });

  it('still reads a Miro page that names editorType, as a Miro page', async () => {
    const { code, stdout, stderr } = await run(['report', 'page.json'], {
      'page.json': '{"data": [], "editorType": "figjam"}',
    });
    expect([code, stderr]).toEqual([0, '']);
    expect((JSON.parse(stdout) as Report).maps).toEqual([]);
  });
});
