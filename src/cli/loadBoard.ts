import { Buffer } from 'node:buffer';
import { z } from 'zod';
import { looksLikeFigmaFile } from '../board/figjam/rest/figmaFile.schema.ts';
import { parseFigmaFile } from '../board/figjam/rest/figmaFileToSnapshot.ts';
import { FIGMA_API_BASE, readFigmaFile } from '../board/figjam/rest/readFigmaFile.ts';
import type { BoardFile, BoardFileRead } from '../board/rest/boardFile.schema.ts';
import { boardFileToSnapshot } from '../board/rest/boardFileToSnapshot.ts';
import { decodeUtf8 } from '../board/rest/decodeUtf8.ts';
import type { SnapshotRead } from '../core/snapshot/BoardSnapshot.ts';
import type { Parsed } from '../core/validation/Parsed.ts';
import { parseJsonText } from '../core/validation/parseJsonText.ts';
import { MIRO_API_BASE } from '../board/rest/MiroRestClient.ts';
import { parseBoardFile, parseBoardFileBytes } from '../board/rest/parseBoardFile.ts';
import { readRestBoard } from '../board/rest/readRestBoard.ts';
import { InputError, UsageError } from './CliError.ts';
import type { CliIo } from './CliIo.ts';
import type { ReportSource } from './parseCliArgs.ts';

export const TOKEN_VARIABLE = 'MIRO_ACCESS_TOKEN';
/**
 * For tests only: where `--board` sends its requests instead of https://api.miro.com. Plain
 * http is accepted for this machine alone, so a token never crosses a network unencrypted.
 */
export const API_BASE_VARIABLE = 'JOURNEY_MAPPER_API_BASE';
export const FIGMA_TOKEN_VARIABLE = 'FIGMA_ACCESS_TOKEN';
/** For tests only: as `API_BASE_VARIABLE`, where `--figma-file` sends its request. */
export const FIGMA_API_BASE_VARIABLE = 'JOURNEY_MAPPER_FIGMA_API_BASE';

const ApiBase = (variable: string) =>
  z
    .url({
      protocol: /^https?$/,
      error: `${variable} must be an http(s) URL`,
    })
    .refine(
      (url) =>
        url.startsWith('https:') ||
        /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(url),
      { error: `${variable} may use plain http only for 127.0.0.1 or localhost` },
    );

/**
 * The board the report is about, from a board file (Miro's or a FigJam file as Figma's REST API
 * gives it) read and checked, or from a live board; with a warning for each value read as a
 * default.
 */
export async function loadBoard(source: ReportSource, io: CliIo): Promise<SnapshotRead> {
  if (source.kind === 'file') return loadFile(source.path, io);
  if (source.kind === 'figma') return loadFigma(source, io);
  return snapshotOfBoardFile(await loadLive(source, io));
}

function snapshotOfBoardFile(loaded: BoardFileRead): SnapshotRead {
  const { snapshot, warnings } = boardFileToSnapshot(loaded.file);
  return { snapshot, warnings: [...loaded.warnings, ...warnings] };
}

/**
 * The file at `path`, read as bytes and decoded as UTF-8 (a warning when it is not), or refused
 * before reading when its text would not fit in one string. A Miro board file is read a value at
 * a time; a file that may be a Figma file is read whole, and read as one when it looks like one.
 */
async function loadFile(path: string, io: CliIo): Promise<SnapshotRead> {
  const facts = await io.inspectFile(path);
  if (facts.exists) refuseTooLarge(path, facts.bytes, io.maxStringLength);
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw new InputError(`Cannot read ${path}: ${fileProblem(error)}`, { cause: error });
  }
  // The file may have grown since it was inspected.
  refuseTooLarge(path, bytes.length, io.maxStringLength);
  if (!mayBeFigmaFile(bytes))
    return snapshotOfBoardFile(boardFileOf(parseBoardFileBytes(bytes, path), path));
  const { text, warning } = decodeUtf8(bytes, path);
  const json = parseJsonText(text, 'The file');
  if (!json.ok) throw new InputError(`${path}: ${json.error.message}`, { cause: json.error });
  const decoded = warning === undefined ? [] : [warning];
  if (!looksLikeFigmaFile(json.value)) {
    const { file, warnings } = boardFileOf(parseBoardFile(json.value), path);
    return snapshotOfBoardFile({ file, warnings: [...decoded, ...warnings] });
  }
  const read = parseFigmaFile(json.value);
  if (!read.ok) throw new InputError(`${path}: ${read.error.message}`, { cause: read.error });
  const { snapshot, warnings } = read.value;
  return { snapshot, warnings: [...decoded, ...read.warnings, ...warnings] };
}

function boardFileOf(result: Parsed<BoardFile>, path: string): BoardFileRead {
  if (!result.ok) throw new InputError(`${path}: ${result.error.message}`, { cause: result.error });
  return { file: result.value, warnings: result.warnings };
}

const EDITOR_TYPE_KEY = Buffer.from('"editorType"');
const UNICODE_ESCAPE = Buffer.from('\\u');

/**
 * Whether the bytes can hold a Figma file: an object with an `editorType` key, which may also be
 * spelled with escapes (`"editor\u0054ype"`), so any file holding a `\u` escape counts too. A
 * cheap filter before `looksLikeFigmaFile`, so a Miro board file is not parsed whole to find out.
 */
function mayBeFigmaFile(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.includes(EDITOR_TYPE_KEY) || buffer.includes(UNICODE_ESCAPE);
}

/** A UTF-8 file's text has no more UTF-16 code units than the file has bytes, so this is safe. */
function refuseTooLarge(path: string, bytes: number, maxStringLength: number): void {
  if (bytes <= maxStringLength) return;
  const size = Math.ceil(bytes / 100_000) / 10;
  const largest = Math.floor(maxStringLength / 100_000) / 10;
  throw new InputError(
    `${path} is ${size.toFixed(1)} MB; the largest board file this reads is ${largest.toFixed(1)} MB`,
  );
}

async function loadLive(
  source: Extract<ReportSource, { kind: 'board' }>,
  io: CliIo,
): Promise<BoardFileRead> {
  return readRestBoard(source.boardId, {
    token: tokenOf(
      io,
      TOKEN_VARIABLE,
      '--board needs a Miro access token with the boards:read scope',
    ),
    baseUrl: apiBaseOf(io, API_BASE_VARIABLE, MIRO_API_BASE),
    fetch: io.fetch,
    sleep: io.sleep,
    now: io.now,
    timeoutMs: source.timeoutMs,
    deadlineMs: source.deadlineMs,
  });
}

async function loadFigma(
  source: Extract<ReportSource, { kind: 'figma' }>,
  io: CliIo,
): Promise<SnapshotRead> {
  return readFigmaFile(source.fileKey, {
    token: tokenOf(
      io,
      FIGMA_TOKEN_VARIABLE,
      '--figma-file needs a Figma personal access token with the file_content:read scope',
    ),
    baseUrl: apiBaseOf(io, FIGMA_API_BASE_VARIABLE, FIGMA_API_BASE),
    fetch: io.fetch,
    sleep: io.sleep,
    now: io.now,
    timeoutMs: source.timeoutMs,
    deadlineMs: source.deadlineMs,
  });
}

/** The token in `variable`, refused before any request when it cannot be one; `need` says why it is needed. */
function tokenOf(io: CliIo, variable: string, need: string): string {
  const token = io.env[variable]?.trim();
  if (!token) throw new InputError(`${variable} is not set: ${need}`);
  // A header value with a line break is refused by fetch with a message that quotes it.
  if (!/^[\x21-\x7e]+$/.test(token))
    throw new InputError(
      `${variable} is not a token: it holds a line break, a space or another character a token cannot have`,
    );
  return token;
}

function apiBaseOf(io: CliIo, variable: string, fallback: string): string {
  const base = io.env[variable];
  if (base === undefined || base === '') return fallback;
  const parsed = ApiBase(variable).safeParse(base);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'Bad API base');
  return parsed.data;
}

/** Node's file errors as a few words: `no such file`, `permission denied`. */
function fileProblem(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
