import { configure } from '@testing-library/dom';
import { afterEach, beforeEach } from 'vitest';
import { failOnStrayConsoleOutput, recordConsole } from './consoleOutput.ts';

/**
 * `findBy…` and `waitFor` wait for the thing itself; the bound is only there so a broken test
 * ends. On two loaded cores the Report tab's lazy chunk alone can take seconds to transform, so
 * the bound is far above anything a working test needs.
 */
configure({ asyncUtilTimeout: 30_000 });

let restoreConsole = () => {};

beforeEach(() => {
  restoreConsole = recordConsole();
});

afterEach(() => {
  try {
    failOnStrayConsoleOutput();
  } finally {
    restoreConsole();
  }
});
