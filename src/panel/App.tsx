import { useId } from 'react';
import type { Board } from '../board/port.ts';
import { catalog } from '../core/catalog/catalog.ts';
import type { Template } from '../core/model/template.schema.ts';
import { TemplatesTab } from './TemplatesTab.tsx';
import './panel.css';

type Props = {
  board: Board;
  /** The shipped catalog unless given. */
  templates?: readonly Template[];
};

export function App({ board, templates = catalog }: Props) {
  const id = useId();
  return (
    <main className="jm-app">
      <h1 className="jm-visually-hidden">Journey Mapper</h1>
      <div className="tabs">
        <div className="tabs-header-list" role="tablist" aria-label="Journey Mapper">
          <button
            type="button"
            role="tab"
            id={`${id}-templates-tab`}
            className="tab tab-active"
            aria-selected="true"
            aria-controls={`${id}-templates-panel`}
          >
            <span className="tab-text">Templates</span>
          </button>
        </div>
      </div>
      <div
        role="tabpanel"
        id={`${id}-templates-panel`}
        aria-labelledby={`${id}-templates-tab`}
        className="jm-tabpanel"
      >
        <TemplatesTab board={board} templates={templates} />
      </div>
    </main>
  );
}
