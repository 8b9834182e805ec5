import { useRef, type KeyboardEvent } from 'react';

export type TabSpec<Id extends string> = { id: Id; label: string };

type Props<Id extends string> = {
  label: string;
  tabs: readonly TabSpec<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  /** The element ids of a tab and of the panel it controls. */
  idsOf: (id: Id) => { tab: string; panel: string };
};

const STEP: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowLeft: -1 };

/** Tabs with one tab stop: arrow keys, Home and End move between tabs and select them. */
export function TabList<Id extends string>({ label, tabs, selected, onSelect, idsOf }: Props<Id>) {
  const buttons = useRef(new Map<Id, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent) => {
    const current = tabs.findIndex((tab) => tab.id === selected);
    const step = STEP[event.key];
    const index =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? tabs.length - 1
          : step === undefined
            ? null
            : (current + step + tabs.length) % tabs.length;
    const target = index === null ? undefined : tabs[index];
    if (!target) return;
    event.preventDefault();
    onSelect(target.id);
    buttons.current.get(target.id)?.focus();
  };

  return (
    <div className="tabs">
      <div className="tabs-header-list" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => {
          const active = tab.id === selected;
          const ids = idsOf(tab.id);
          return (
            <button
              key={tab.id}
              ref={(element) => {
                if (element) buttons.current.set(tab.id, element);
                else buttons.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={ids.tab}
              className={active ? 'tab tab-active' : 'tab'}
              aria-selected={active}
              aria-controls={ids.panel}
              tabIndex={active ? 0 : -1}
              onClick={() => onSelect(tab.id)}
            >
              <span className="tab-text">{tab.label}</span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
