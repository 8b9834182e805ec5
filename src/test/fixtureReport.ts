import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import { mapsInSnapshot, type MapsOnBoard } from '../app/readMaps.ts';
import { readReport, type ReportOnBoard } from '../app/readReport.ts';
import { boardFileToState } from '../board/emulator/boardFile/boardFileToState.ts';
import { MiroEmulator } from '../board/emulator/MiroEmulator.ts';
import { MiroBoard } from '../board/miro/MiroBoard.ts';
import type { BoardFile } from '../board/rest/boardFile.schema.ts';
import { boardFileToSnapshot } from '../board/rest/boardFileToSnapshot.ts';
import { parseBoardFileText } from '../board/rest/parseBoardFile.ts';
import type { ReportJson } from '../core/report/render/reportJson.schema.ts';
import { inspectFile } from '../cli/inspectFile.ts';
import { runCli } from '../cli/runCli.ts';
import { memoryCliIo } from './fixtures/memoryCliIo.ts';

/** Hand-made boards in REST format; what a facilitator would read off each, written out. */
export const FIXTURES = 'src/test/fixtures/boards';

/** When the CLI's report is made: the clock of `memoryCliIo`. */
export const CLI_NOW = '2024-05-14T10:00:00.000Z';

export type FixtureReport = ReportJson;
export type FixtureMap = ReportJson['maps'][number];
/** A note as [stage name, lane name, emotion]. */
export type Placement = [string, string, number | null];

/** `journey-mapper report <fixture> --format json`, which must succeed without a word on stderr. */
export async function cliReportOf(name: string): Promise<FixtureReport> {
  const memory = memoryCliIo({}, { readFile: (path) => readFile(path), inspectFile });
  const code = await runCli(['report', `${FIXTURES}/${name}.json`, '--format', 'json'], memory.io);
  expect(memory.stderr()).toBe('');
  expect(code).toBe(0);
  return JSON.parse(memory.stdout()) as FixtureReport;
}

/** The CLI's report of a board that is not ambiguous: it has no warnings. */
export async function reportOf(name: string): Promise<FixtureReport> {
  const report = await cliReportOf(name);
  expect(report.warnings).toEqual([]);
  return report;
}

async function boardFileOf(name: string): Promise<{ file: BoardFile; warnings: string[] }> {
  const parsed = parseBoardFileText(await readFile(`${FIXTURES}/${name}.json`, 'utf8'));
  if (!parsed.ok) throw parsed.error;
  return { file: parsed.value, warnings: [...parsed.warnings] };
}

/** The CLI's reading of a fixture before it is rendered: with the grids the JSON leaves out. */
export async function fileReadingOf(name: string): Promise<MapsOnBoard> {
  const { file, warnings: parseWarnings } = await boardFileOf(name);
  const { snapshot, warnings } = boardFileToSnapshot(file);
  return mapsInSnapshot(snapshot, { warnings: [...parseWarnings, ...warnings] });
}

/**
 * The Report tab's report of a fixture, made at `now` (ISO): the board file loaded into the
 * emulator, the way the sandbox imports one, and read through the SDK adapter.
 */
export async function panelReportOf(name: string, now: string): Promise<ReportOnBoard> {
  const { state } = boardFileToState((await boardFileOf(name)).file);
  const board = new MiroBoard(new MiroEmulator({ state }), {
    retry: { delays: [], sleep: async () => {} },
  });
  return readReport(board, { now });
}

/** The Report tab's reading of a fixture, with the grids. */
export async function panelReadingOf(name: string): Promise<MapsOnBoard> {
  return (await panelReportOf(name, CLI_NOW)).reading;
}

export function mapTitled<M extends { title: string }>(report: { maps: M[] }, title: string): M {
  const map = report.maps.find((candidate) => candidate.title === title);
  if (!map)
    throw new Error(`no map "${title}"; maps: ${report.maps.map((m) => m.title).join(', ')}`);
  return map;
}

export const stageNames = (map: FixtureMap) => map.stages.map((stage) => stage.name);
export const lanes = (map: FixtureMap) => map.lanes.map((lane) => [lane.name, lane.kind]);

/** Stages as [name, phase], the phase null when the stage has none. */
export const stagesWithPhases = (map: FixtureMap) =>
  map.stages.map((stage) => [stage.name, stage.phase ?? null]);

/** Lanes as [name, kind, description, colour], absent fields null. */
export const laneDetails = (map: FixtureMap) =>
  map.lanes.map((lane) => [lane.name, lane.kind, lane.description ?? null, lane.color ?? null]);

/** Every placed note by id; a note placed twice would show as a duplicate key lost, so count too. */
export function placements(map: FixtureMap): Record<string, Placement> {
  const stage = new Map(map.stages.map((s) => [s.id, s.name]));
  const lane = new Map(map.lanes.map((l) => [l.id, l.name]));
  expect(new Set(map.notes.map((note) => note.id)).size).toBe(map.notes.length);
  return Object.fromEntries(
    map.notes.map((note) => [
      note.id,
      [stage.get(note.stageId) ?? '?', lane.get(note.laneId) ?? '?', note.emotion],
    ]),
  );
}

/** Unplaced notes by id, with their reasons. */
export function unplacedReasons(map: FixtureMap): Record<string, string> {
  return Object.fromEntries(map.unplaced.map((note) => [note.id, note.reason]));
}

export function allNoteIds(report: { maps: FixtureMap[] }): string[] {
  return report.maps.flatMap((map) => [...map.notes, ...map.unplaced].map((note) => note.id));
}
