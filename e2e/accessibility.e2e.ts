import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPanel, openSandbox, browserSession } from './browser.ts';

const session = browserSession();
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

async function seriousViolations(frame: Frame): Promise<string[]> {
  await frame.evaluate(axeSource);
  const violations = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
}

describe('the panel, checked by axe-core', () => {
  it('has no serious or critical violation in the gallery', async () => {
    await openSandbox(session);
    const panel = await openPanel(session);
    expect(await seriousViolations(panel)).toEqual([]);
  });

  it('has no serious or critical violation in the customise view', async () => {
    await openSandbox(session);
    const panel = await openPanel(session);
    await panel.getByRole('button', { name: 'Customise Example: online grocery' }).click();
    expect(await seriousViolations(panel)).toEqual([]);
  });

  it('has no serious or critical violation in the Report tab, after a summary was added', async () => {
    await openSandbox(session);
    const panel = await openPanel(session);
    await panel.getByRole('button', { name: 'Insert Example: online grocery' }).click();
    await panel.getByRole('status').filter({ hasText: 'Inserted' }).waitFor();
    await panel.getByRole('tab', { name: 'Report' }).click();
    await panel.getByRole('button', { name: 'Add summary to board' }).click();
    await panel.getByRole('status').filter({ hasText: 'Added the summary' }).waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
  });

  it('has no serious or critical violation in the Workshop tab, with a timer running', async () => {
    await openSandbox(session);
    const panel = await openPanel(session);
    await panel.getByRole('button', { name: 'Insert Example: online grocery' }).click();
    await panel.getByRole('status').filter({ hasText: 'Inserted' }).waitFor();
    await panel.getByRole('tab', { name: 'Workshop' }).click();
    await panel.getByRole('region', { name: /: cells$/ }).waitFor();
    await panel.getByRole('button', { name: 'Start' }).click();
    await panel.getByRole('button', { name: 'Pause' }).waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
  });
});
