import { mkdirSync } from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, inject, onTestFailed } from 'vitest';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:|about:)/;

export type Session = {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  /** Every URL the pages requested that is not on this machine. */
  outside: string[];
  /** Uncaught errors in any page or frame. */
  pageErrors: string[];
};

/**
 * One Chromium for the file and a fresh context (empty local storage) per test; a screenshot
 * of the page lands in test-results/ when a test fails.
 */
export function browserSession(viewport = { width: 1400, height: 900 }): Session {
  let browser: Browser;
  const session = { outside: [], pageErrors: [] } as unknown as Session;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async (context) => {
    session.baseUrl = inject('baseUrl');
    session.outside = [];
    session.pageErrors = [];
    session.context = await browser.newContext({ viewport, acceptDownloads: true });
    // Waits are for the thing itself; this bound only ends a broken test on a loaded machine.
    session.context.setDefaultTimeout(90_000);
    session.context.on('request', (request) => {
      if (!LOCAL.test(request.url())) session.outside.push(request.url());
    });
    session.page = await session.context.newPage();
    session.page.on('pageerror', (error) => session.pageErrors.push(error.message));
    onTestFailed(async () => {
      mkdirSync('test-results', { recursive: true });
      const name = context.task.name.replace(/[^\w-]+/g, '-').slice(0, 80);
      await session.page.screenshot({ path: `test-results/${name}.png` }).catch(() => {});
    });
  });
  afterEach(async () => {
    await session.context?.close();
  });
  return session;
}

/** Opens the sandbox board and waits until it has drawn. */
export async function openSandbox(session: Session): Promise<void> {
  await session.page.goto(`${session.baseUrl}/sandbox.html`);
  await session.page.getByTestId('sandbox-canvas').waitFor();
  await session.page.waitForFunction(() => window.journeyMapperSandbox?.miro !== undefined);
}

/** Clicks the app's icon in the sandbox toolbar and returns the panel's frame once it shows. */
export async function openPanel(session: Session): Promise<Frame> {
  await session.page.getByTestId('sandbox-app-icon').click();
  const handle = await session.page.getByTestId('sandbox-panel-frame').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('the panel frame did not open');
  await frame.getByRole('tab', { name: 'Templates' }).waitFor();
  return frame;
}

/** Resolves once the page has painted twice more: what a screenshot taken now would show is drawn. */
export async function afterNextPaint(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

/**
 * Fits the whole board in view, as a person presses 0 to see all of a map the app landed on the
 * corner of, and resolves once the view has moved and been drawn.
 */
export async function showWholeBoard(session: Session): Promise<void> {
  const viewport = () => JSON.stringify(window.journeyMapperSandbox?.miro.viewport ?? null);
  const before = await session.page.evaluate(viewport);
  await session.page.getByTestId('sandbox-canvas').focus();
  await session.page.keyboard.press('0');
  await session.page.waitForFunction(
    (previous) => JSON.stringify(window.journeyMapperSandbox?.miro.viewport ?? null) !== previous,
    before,
  );
  await afterNextPaint(session.page);
}
