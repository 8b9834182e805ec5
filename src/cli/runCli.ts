import { reportOfSnapshot } from '../app/readReport.ts';
import { RestApiError } from '../board/http/RestApiError.ts';
import { withoutSecrets } from '../board/http/withoutSecrets.ts';
import { catalog } from '../core/catalog/catalog.ts';
import type { JourneyMap } from '../core/model/journey.schema.ts';
import type { ReportFormat } from '../core/report/render/reportFormats.ts';
import type { Report } from '../core/report/Report.ts';
import { InputError, UsageError } from './CliError.ts';
import type { CliIo } from './CliIo.ts';
import { listTemplates } from './listTemplates.ts';
import { FIGMA_TOKEN_VARIABLE, loadBoard, TOKEN_VARIABLE } from './loadBoard.ts';
import { parseCliArgs, type CliCommand } from './parseCliArgs.ts';
import { USAGE } from './usage.ts';

const NAME = 'journey-mapper';

/**
 * The `journey-mapper` command (DESIGN §3.2). Resolves to the exit status: 0 done, 1 bad input
 * (one line on stderr), 2 bad usage (one line and the usage text). Only the report goes to
 * stdout; a stack trace goes to stderr with `--debug` alone.
 */
export async function runCli(argv: readonly string[], given: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  const io = withoutToken(given);
  try {
    const command = parseCliArgs(argv);
    switch (command.command) {
      case 'help':
        io.stdout(USAGE);
        return 0;
      case 'templates':
        io.stdout(listTemplates(catalog));
        return 0;
      case 'report':
        await report(command, io);
        return 0;
    }
  } catch (error) {
    return fail(error, io, debug);
  }
}

async function report(command: Extract<CliCommand, { command: 'report' }>, io: CliIo) {
  if (command.out !== undefined && command.source.kind === 'file')
    await refuseOutOntoInput(command.source.path, command.out, io);
  const { snapshot, warnings } = await loadBoard(command.source, io);
  const { reading, report } = reportOfSnapshot(snapshot, {
    warnings,
    choice: command.map === undefined ? undefined : { idOrTitle: command.map },
    now: new Date(io.now()).toISOString(),
  });
  if (command.map !== undefined && !reading.selectionApplied)
    throw new InputError(noSuchMap(command.map, reading.maps));
  const parts = (await renderer(command.format))(report);
  if (command.out === undefined) {
    for (const part of parts) io.stdout(part);
    return;
  }
  try {
    await io.writeFile(command.out, [...parts].join(''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(`Cannot write ${command.out}: ${reason}`, { cause: error });
  }
}

/** Before anything is read or written, so the board file is never overwritten by its report. */
async function refuseOutOntoInput(input: string, out: string, io: CliIo): Promise<void> {
  const [read, written] = await Promise.all([io.inspectFile(input), io.inspectFile(out)]);
  const sameFile =
    read.realPath === written.realPath ||
    (read.exists && written.exists && read.identity === written.identity);
  if (sameFile)
    throw new UsageError(
      `--out ${out} is the board file ${input}; write the report to another file`,
    );
}

/**
 * The renderer of `format`, loaded only when that format is asked for. Its text comes in parts
 * that end in a line break (a map at a time in JSON), so no part splits a token being scrubbed.
 */
async function renderer(format: ReportFormat): Promise<(report: Report) => Iterable<string>> {
  switch (format) {
    case 'json':
      return (await import('../core/report/render/renderJson.ts')).renderJsonParts;
    case 'md': {
      const { renderMarkdown } = await import('../core/report/render/renderMarkdown.ts');
      return (report) => [renderMarkdown(report)];
    }
    case 'html': {
      const { renderHtml } = await import('../core/report/render/renderHtml.ts');
      return (report) => [renderHtml(report)];
    }
    case 'csv': {
      const { renderCsv } = await import('../core/report/render/renderCsv.ts');
      return (report) => [renderCsv(report)];
    }
    case 'mermaid': {
      const { renderMermaid } = await import('../core/report/render/renderMermaid.ts');
      return (report) => [renderMermaid(report)];
    }
  }
}

function noSuchMap(wanted: string, maps: readonly JourneyMap[]): string {
  const names = maps.map((map) => map.title.trim() || map.id);
  const known =
    names.length > 0 ? `maps on the board: ${names.join(', ')}` : 'the board has no maps';
  return `No map with id or title "${wanted}"; ${known}`;
}

function fail(error: unknown, io: CliIo, debug: boolean): number {
  const trace = debug ? stackOf(error) : '';
  if (error instanceof UsageError) {
    io.stderr(`${NAME}: ${error.message}\n${trace}\n${USAGE}`);
    return 2;
  }
  if (error instanceof InputError || error instanceof RestApiError) {
    io.stderr(`${NAME}: ${oneLine(error.message)}\n${trace}`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  const hint = debug ? '' : ' (run again with --debug to see where)';
  io.stderr(`${NAME}: unexpected error: ${oneLine(message)}${hint}\n${trace}`);
  return 1;
}

/**
 * `io` that writes nothing holding an access token, Miro's or Figma's: a last defence behind
 * the REST readers, which neither send a refused token nor pass on server text that holds it.
 */
function withoutToken(io: CliIo): CliIo {
  // Each whole value, and each line of it in case only a part is quoted somewhere.
  const secrets = [TOKEN_VARIABLE, FIGMA_TOKEN_VARIABLE].flatMap((variable) => {
    const value = io.env[variable] ?? '';
    return [value, value.trim(), ...value.split(/[\r\n]+/).map((line) => line.trim())];
  });
  if (secrets.every((secret) => secret === '')) return io;
  const clean = (text: string) => withoutSecrets(text, secrets);
  return {
    ...io,
    stdout: (text) => io.stdout(clean(text)),
    stderr: (text) => io.stderr(clean(text)),
    writeFile: (path, text) => io.writeFile(path, clean(text)),
  };
}

function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** The stack of `error` and of each of its causes. */
function stackOf(error: unknown): string {
  const lines: string[] = [];
  for (let current: unknown = error; current !== undefined;) {
    lines.push(current instanceof Error ? (current.stack ?? current.message) : String(current));
    current = current instanceof Error ? current.cause : undefined;
    if (current !== undefined) lines.push('Caused by:');
  }
  return `${lines.join('\n')}\n`;
}
