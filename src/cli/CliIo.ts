/**
 * What the file system says of a path: `realPath` has symlinks followed where the file exists
 * (else it is the path made absolute); `identity` is the same for two names of one file
 * (device and inode), `bytes` its size.
 */
export type FileFacts =
  | { exists: true; realPath: string; identity: string; bytes: number }
  | { exists: false; realPath: string };

/** Everything the command touches outside itself, so tests run it in-process. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  inspectFile: (path: string) => Promise<FileFacts>;
  writeFile: (path: string, text: string) => Promise<void>;
  /** The longest string the platform holds, in UTF-16 code units (Node: `buffer.constants.MAX_STRING_LENGTH`). */
  maxStringLength: number;
  env: Readonly<Record<string, string | undefined>>;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  /** Milliseconds since the epoch. */
  now: () => number;
};
