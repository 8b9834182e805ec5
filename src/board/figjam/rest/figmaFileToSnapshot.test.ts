import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFigmaFile } from './figmaFileToSnapshot.ts';

const fixture = (name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../../test/fixtures/figjam/${name}`, import.meta.url), 'utf8'),
  );

function read(json: unknown) {
  const parsed = parseFigmaFile(json);
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}

describe('parseFigmaFile', () => {
  it('gives a section child the section as its frame and a shape its fill as #rrggbb', () => {
    const { snapshot } = read(fixture('hand-made-map.json'));
    const header = snapshot.items.find((item) => item.id === '2:10');
    expect(header).toMatchObject({
      kind: 'shape',
      parentId: '1:1',
      frameId: '1:1',
      fill: '#ffffff',
    });
    expect(snapshot.items.some((item) => item.id === '4:1')).toBe(false);
  });

  it('refuses a Figma design file with one line', () => {
    const parsed = parseFigmaFile(fixture('design-file.json'));
    expect(parsed.ok || parsed.error.message).toMatchInlineSnapshot(
      `"This is a Figma "figma" file; only FigJam files (editorType "figjam") are read"`,
    );
  });

  it('names the place a malformed response is wrong', () => {
    const json = {
      editorType: 'figjam',
      document: {
        id: '0:0',
        type: 'DOCUMENT',
        children: [
          {
            id: '0:1',
            type: 'CANVAS',
            children: [
              {
                id: '1:1',
                type: 'STICKY',
                absoluteBoundingBox: { x: 0, y: 'top', width: 1, height: 1 },
              },
            ],
          },
        ],
      },
    };
    const parsed = parseFigmaFile(json);
    expect(parsed.ok || parsed.error.message).toMatchInlineSnapshot(
      `"Not a Figma file: At document.children.0.children.0.absoluteBoundingBox.y: Invalid input: expected number, received string"`,
    );
  });

  it('refuses JSON without a document', () => {
    const parsed = parseFigmaFile({ editorType: 'figjam' });
    expect(parsed.ok || parsed.error.message).toMatchInlineSnapshot(
      `"Not a Figma file: At document: Invalid input: expected object, received undefined"`,
    );
  });

  it('reads the record the app keeps in shared plugin data', () => {
    const json = {
      editorType: 'figjam',
      document: {
        id: '0:0',
        type: 'DOCUMENT',
        children: [
          {
            id: '1:1',
            type: 'SECTION',
            name: 'Map',
            absoluteBoundingBox: { x: 0, y: 0, width: 10, height: 10 },
            sharedPluginData: { journeymapper: { mapRecord: 'not json' } },
          },
        ],
      },
    };
    expect(read(json).warnings).toEqual([
      "The app's record on node 1:1 is not JSON; it is ignored",
    ]);
  });
});
