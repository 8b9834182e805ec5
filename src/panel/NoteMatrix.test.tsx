// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { boardRect, type BoardRect } from '../core/geometry/Rect.ts';
import type { MapReport } from '../core/report/Report.ts';
import { sampleReport } from '../test/sampleReport.ts';
import { NoteMatrix } from './NoteMatrix.tsx';

afterEach(cleanup);

const FRAME = boardRect({ x: 0, y: 0, width: 100, height: 100 });

function reportOf(): MapReport {
  const report = sampleReport().maps[0];
  if (!report) throw new Error('the sample report has no map');
  return report;
}

function drawMatrix(report = reportOf(), shown: BoardRect[] = []) {
  render(
    <NoteMatrix
      title="Checkout"
      report={report}
      areas={{ frame: FRAME, cells: {}, unplaced: {} }}
      onShow={(area) => shown.push(area)}
    />,
  );
  return screen.getByRole('table', { name: 'Notes per stage and lane of Checkout' });
}

describe('NoteMatrix', () => {
  it('gives the lane names a column of their own and the stages the rest, whatever their number', () => {
    const table = drawMatrix();
    const columns = table.querySelectorAll('colgroup col');
    expect([...columns].map((col) => col.className)).toEqual(['jm-matrix-lanes', '']);
    expect(columns[1]?.getAttribute('span')).toBe('3');
  });

  it('names each stage in full, with the full name on hover', () => {
    const table = drawMatrix();
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((header) => [header.textContent, header.title])).toEqual([
      ['Awareness', 'Awareness'],
      ['Purchase', 'Purchase'],
      ['Use', 'Use'],
    ]);
  });

  it('keeps the cells’ names, which say the stage, the lane and the count', async () => {
    const shown: BoardRect[] = [];
    drawMatrix(reportOf(), shown);
    await userEvent.click(
      screen.getByRole('button', { name: 'Purchase × Pain points: 1 note — show on board' }),
    );
    expect(shown).toEqual([FRAME]);
  });

  it('puts the phases over their stages', () => {
    const report = reportOf();
    const stages = report.map.stages.map((stage, index) => ({
      ...stage,
      phase: index < 2 ? 'Before' : 'After',
    }));
    const table = drawMatrix({ ...report, map: { ...report.map, stages } });
    const phases = table.querySelectorAll('th.jm-phase');
    expect([...phases].map((phase) => [phase.textContent, phase.getAttribute('colspan')])).toEqual([
      ['Before', '2'],
      ['After', '1'],
    ]);
  });
});
