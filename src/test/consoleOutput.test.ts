/* eslint-disable no-console -- these tests are about what reaches the console */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failOnStrayConsoleOutput, recordConsole, takeConsoleOutput } from './consoleOutput.ts';

/** The setup file records the console around every test; these tests look at that recording. */
describe('console output in a test', () => {
  afterEach(() => {
    takeConsoleOutput();
  });

  it('fails the test that printed, naming what it printed', () => {
    console.warn('stray', 42);
    expect(() => failOnStrayConsoleOutput()).toThrow(
      'The test printed to the console:\nconsole.warn: stray 42',
    );
  });

  it('lets a test take the output it meant to make, which then no longer counts', () => {
    console.error('expected');
    expect(takeConsoleOutput()).toEqual([{ method: 'error', text: 'expected' }]);
    expect(() => failOnStrayConsoleOutput()).not.toThrow();
  });

  it('puts the console back when asked', () => {
    expect(vi.isMockFunction(console.info)).toBe(true);
    const restore = recordConsole();
    restore();
    expect(vi.isMockFunction(console.info)).toBe(false);
  });
});
