import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FileFacts } from './CliIo.ts';

/** `path` as the file system has it; a path that cannot be looked at reads as no file. */
export async function inspectFile(path: string): Promise<FileFacts> {
  try {
    const [real, facts] = await Promise.all([realpath(path), stat(path, { bigint: true })]);
    return {
      exists: true,
      realPath: real,
      identity: `${facts.dev}:${facts.ino}`,
      bytes: Number(facts.size),
    };
  } catch {
    return { exists: false, realPath: resolve(path) };
  }
}
