import { lazy, Suspense, useId, useState } from 'react';
import type { Board } from '../board/port.ts';
import { catalog } from '../core/catalog/catalog.ts';
import type { Template } from '../core/model/template.schema.ts';
import { systemClock, type Clock } from './Clock.ts';
import { TabList, type TabSpec } from './TabList.tsx';
import { TemplatesTab } from './TemplatesTab.tsx';
import './panel.css';

type Props = {
  board: Board;
  /** The shipped catalog unless given. */
  templates?: readonly Template[];
  /** The system's unless given. */
  clock?: Clock;
};

type TabId = 'templates' | 'workshop' | 'report';

/** The tabs that read the board load when first opened, keeping the panel’s start small. */
const ReportTab = lazy(async () => ({ default: (await import('./ReportTab.tsx')).ReportTab }));
const WorkshopTab = lazy(async () => ({
  default: (await import('./WorkshopTab.tsx')).WorkshopTab,
}));

const TABS: readonly TabSpec<TabId>[] = [
  { id: 'templates', label: 'Templates' },
  { id: 'workshop', label: 'Workshop' },
  { id: 'report', label: 'Report' },
];

/** The panel. A tab once opened stays mounted while hidden, so its state is kept. */
export function App({ board, templates = catalog, clock = systemClock }: Props) {
  const id = useId();
  const [selected, setSelected] = useState<TabId>('templates');
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(new Set(['templates']));
  const idsOf = (tab: TabId) => ({ tab: `${id}-${tab}-tab`, panel: `${id}-${tab}-panel` });

  const select = (tab: TabId) => {
    setSelected(tab);
    setOpened((tabs) => (tabs.has(tab) ? tabs : new Set([...tabs, tab])));
  };

  return (
    <main className="jm-app">
      <h1 className="jm-visually-hidden">Journey Mapper</h1>
      <TabList
        label="Journey Mapper"
        tabs={TABS}
        selected={selected}
        onSelect={select}
        idsOf={idsOf}
      />
      <div
        role="tabpanel"
        id={idsOf('templates').panel}
        aria-labelledby={idsOf('templates').tab}
        className="jm-tabpanel"
        hidden={selected !== 'templates'}
      >
        <TemplatesTab board={board} templates={templates} />
      </div>
      <div
        role="tabpanel"
        id={idsOf('workshop').panel}
        aria-labelledby={idsOf('workshop').tab}
        className="jm-tabpanel"
        hidden={selected !== 'workshop'}
      >
        {opened.has('workshop') && (
          <Suspense fallback={<p className="p-small">Loading the workshop…</p>}>
            <WorkshopTab board={board} active={selected === 'workshop'} clock={clock} />
          </Suspense>
        )}
      </div>
      <div
        role="tabpanel"
        id={idsOf('report').panel}
        aria-labelledby={idsOf('report').tab}
        className="jm-tabpanel"
        hidden={selected !== 'report'}
      >
        {opened.has('report') && (
          <Suspense fallback={<p className="p-small">Loading the report…</p>}>
            <ReportTab board={board} active={selected === 'report'} clock={clock} />
          </Suspense>
        )}
      </div>
    </main>
  );
}
