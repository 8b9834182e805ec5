/** The command line was used wrongly: exit status 2, the message and the usage text. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The input cannot be read or reported: exit status 1 and the one-line message. */
export class InputError extends Error {
  override name = 'InputError';
}
