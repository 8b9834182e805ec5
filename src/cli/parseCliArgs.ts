import { parseArgs } from 'node:util';
import { z } from 'zod';
import { REPORT_FORMATS, type ReportFormat } from '../core/report/render/reportFormats.ts';
import { figmaFileKeyProblem } from '../board/figjam/rest/readFigmaFile.ts';
import { boardIdProblem } from '../board/rest/boardIdProblem.ts';
import { DEFAULT_DEADLINE_MS, DEFAULT_TIMEOUT_MS } from '../board/http/RequestBudget.ts';
import { UsageError } from './CliError.ts';

/** `timeoutMs` bounds each request to Miro or Figma, `deadlineMs` the whole read. */
export type ReportSource =
  | { kind: 'file'; path: string }
  | { kind: 'board'; boardId: string; timeoutMs: number; deadlineMs: number }
  | { kind: 'figma'; fileKey: string; timeoutMs: number; deadlineMs: number };

export type CliCommand =
  | { command: 'help' }
  | { command: 'templates' }
  | {
      command: 'report';
      source: ReportSource;
      format: ReportFormat;
      map: string | undefined;
      out: string | undefined;
    };

const OPTIONS = {
  format: { type: 'string' },
  map: { type: 'string' },
  out: { type: 'string' },
  board: { type: 'string' },
  'figma-file': { type: 'string' },
  timeout: { type: 'string' },
  deadline: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const nonEmpty = (option: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `--${option} needs a value` });

const Format = z.enum(REPORT_FORMATS, {
  error: (issue) =>
    `--format ${JSON.stringify(String(issue.input))} is not a format; the formats are ${REPORT_FORMATS.join(', ')}`,
});

/**
 * A board id such as `uXjVKv9mR3Q=`, or the board's URL `https://miro.com/app/board/<id>/`;
 * percent-escapes decoded, so that the id goes into the request path encoded once.
 */
const BoardId = nonEmpty('board')
  .transform((value) => /miro\.com\/app\/board\/([^/?#\s]+)/.exec(value)?.[1] ?? value)
  .superRefine((id, context) => {
    const problem = boardIdProblem(id);
    if (problem !== undefined)
      context.addIssue({
        code: 'custom',
        message: `--board ${JSON.stringify(id)} is not a board id (${problem}); expected one such as uXjVKv9mR3Q= or the board's URL`,
      });
  })
  .transform((id) => decodeURIComponent(id));

/**
 * A Figma file key such as `Ab3dEf6hIj`, or the file's URL `https://www.figma.com/board/<key>/…`
 * (also `/file/<key>/`); letters and digits only, so it goes into the request path as it is.
 */
const FigmaFileKey = nonEmpty('figma-file')
  .transform((value) => /figma\.com\/(?:board|file)\/([^/?#\s]+)/.exec(value)?.[1] ?? value)
  .superRefine((key, context) => {
    const problem = figmaFileKeyProblem(key);
    if (problem !== undefined)
      context.addIssue({
        code: 'custom',
        message: `--figma-file ${JSON.stringify(key)} is not a file key (${problem}); expected one such as Ab3dEf6hIj or the file's URL`,
      });
  });

/** Seconds as a flag gives them, in milliseconds: a positive number up to a day. */
const Seconds = (option: string) =>
  z
    .string()
    .trim()
    .superRefine((text, context) => {
      const value = Number(text);
      if (text === '' || !Number.isFinite(value) || value <= 0 || value > 86_400)
        context.addIssue({
          code: 'custom',
          message: `--${option} ${JSON.stringify(text)} is not a number of seconds; give one above 0 and up to 86400, such as 30 or 0.5`,
        });
    })
    .transform((text) => Math.round(Number(text) * 1000));

const ReportValues = z.strictObject({
  format: Format.default('json'),
  map: nonEmpty('map').optional(),
  out: nonEmpty('out').optional(),
  board: BoardId.optional(),
  'figma-file': FigmaFileKey.optional(),
  timeout: Seconds('timeout').optional(),
  deadline: Seconds('deadline').optional(),
  debug: z.boolean().optional(),
});

const TemplatesValues = z.strictObject(
  { debug: z.boolean().optional() },
  { error: (issue) => `${optionNames(issue)} applies to report only` },
);

/**
 * The command the arguments ask for. Throws `UsageError` with one line saying what is wrong;
 * `--help` anywhere asks for help.
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const { values, positionals } = parseRaw(argv);
  if (values.help) return { command: 'help' };
  const [command, ...rest] = positionals;
  const options = Object.fromEntries(Object.entries(values).filter(([key]) => key !== 'help'));
  switch (command) {
    case undefined:
      throw new UsageError('No command given');
    case 'templates':
      if (rest.length > 0) throw new UsageError(`templates takes no arguments; got "${rest[0]}"`);
      checked(TemplatesValues, options);
      return { command: 'templates' };
    case 'report':
      return reportCommand(rest, checked(ReportValues, options));
    default:
      throw new UsageError(`Unknown command "${command}"; the commands are report and templates`);
  }
}

function reportCommand(
  positionals: readonly string[],
  values: z.output<typeof ReportValues>,
): CliCommand {
  const [path, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`report takes one board file; got also "${extra[0]}"`);
  const figmaFile = values['figma-file'];
  const given = [path, values.board, figmaFile].filter((value) => value !== undefined);
  if (given.length > 1)
    throw new UsageError(
      'Give report one of a board file, --board <board id> or --figma-file <file key>',
    );
  if (given.length === 0)
    throw new UsageError(
      'report needs a board file, --board <board id> or --figma-file <file key>',
    );
  if (path !== undefined && path.trim() === '')
    throw new UsageError('The board file name is empty');
  const liveOnly = (['timeout', 'deadline'] as const).find((key) => values[key] !== undefined);
  if (path !== undefined && liveOnly !== undefined)
    throw new UsageError(`--${liveOnly} applies to --board and --figma-file only`);
  const limits = {
    timeoutMs: values.timeout ?? DEFAULT_TIMEOUT_MS,
    deadlineMs: values.deadline ?? DEFAULT_DEADLINE_MS,
  };
  return {
    command: 'report',
    source:
      path !== undefined
        ? { kind: 'file', path }
        : figmaFile !== undefined
          ? { kind: 'figma', fileKey: figmaFile, ...limits }
          : { kind: 'board', boardId: values.board ?? '', ...limits },
    format: values.format,
    map: values.map,
    out: values.out,
  };
}

function parseRaw(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Node's message goes on to explain `--`; its first sentence says what is wrong.
    throw new UsageError(message.split(/\.\s/)[0] ?? message, { cause: error });
  }
}

function checked<S extends z.ZodType>(schema: S, values: unknown): z.output<S> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  throw new UsageError(result.error.issues[0]?.message ?? 'Bad arguments');
}

function optionNames(issue: z.core.$ZodRawIssue): string {
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  return keys.map((key) => `--${key}`).join(', ') || 'This option';
}
