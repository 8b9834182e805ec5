import { constants } from 'node:buffer';
import { readFile, writeFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { inspectFile } from '../cli/inspectFile.ts';
import { runCli } from '../cli/runCli.ts';

// A reader that stops early (`| head`) closes the pipe; that is not a failure of the command.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path),
  inspectFile,
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  maxStringLength: constants.MAX_STRING_LENGTH,
  env: process.env,
  fetch: globalThis.fetch,
  sleep: (ms) => delay(ms),
  now: () => Date.now(),
});
