import type { CSSProperties, KeyboardEvent } from 'react';
import { useEffect, useRef } from 'react';
import type { BoardView } from './BoardView.ts';
import { editOutcome } from './editOutcome.ts';
import { paperRect } from './drawStickyNote.ts';
import { textColorOn } from '../core/model/noteInk.ts';
import { noteFill } from './noteColors.ts';
import { htmlToEditableText } from '../core/text/htmlToLines.ts';
import { typedTextToHtml } from '../core/text/textToHtml.ts';
import { DEFAULT_NOTE_SIZE } from '../core/model/noteSize.ts';
import type { BoardItem } from './SandboxEmulator.ts';

type Props = {
  view: BoardView;
  id: string;
  /** The note was added for this edit, so dropping the edit removes it. */
  isNew: boolean;
  onClose(): void;
};

function currentText(item: BoardItem): string {
  if (item.type === 'card') return htmlToEditableText(item.title);
  if (item.type === 'frame') return item.title;
  return htmlToEditableText(item.content);
}

function editorStyle(item: BoardItem, view: BoardView): CSSProperties | undefined {
  const rect = view.screenRectOf(item.id);
  if (!rect) return undefined;
  const scale = view.camera().scale;
  const box = item.type === 'sticky_note' ? paperRect(rect) : rect;
  const base = { left: box.x, top: box.y, width: box.width, height: Math.max(box.height, 28) };
  if (item.type === 'sticky_note') {
    const fill = noteFill(item.style.fillColor);
    const fontSize = Math.min(48, Math.max(12, (22 * box.width) / DEFAULT_NOTE_SIZE.width));
    return {
      ...base,
      background: fill,
      color: textColorOn(fill),
      fontSize,
      textAlign: item.style.textAlign ?? 'center',
      padding: (14 * box.width) / DEFAULT_NOTE_SIZE.width,
    };
  }
  const fontSize = 'style' in item && 'fontSize' in item.style ? item.style.fontSize : 14;
  return {
    ...base,
    background: '#ffffff',
    color: '#1a1a1a',
    fontSize: Math.max(11, fontSize * scale),
    textAlign: 'left',
    padding: 8 * scale,
  };
}

/**
 * Edits an item's text in place. Ctrl/⌘+Enter or leaving the field keeps the text; Escape
 * drops it (`editOutcome`). The text is stored as escaped paragraphs, never as markup.
 */
export function TextEditor({ view, id, isNew, onClose }: Props) {
  const field = useRef<HTMLTextAreaElement>(null);
  const closed = useRef(false);
  const item = view.currentScene().byId.get(id)?.item;
  const initial = item ? currentText(item) : '';

  useEffect(() => {
    const element = field.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);
  useEffect(() => {
    if (!item) onClose();
  }, [item, onClose]);

  const finish = (how: 'commit' | 'cancel') => {
    if (closed.current) return;
    closed.current = true;
    const text = field.current?.value ?? initial;
    const outcome = editOutcome({ finish: how, isNew, initial, text });
    if (view.currentScene().byId.has(id)) {
      if (outcome.kind === 'save')
        view.emulator.user.editContent(id, typedTextToHtml(outcome.text));
      else if (outcome.kind === 'remove') view.emulator.user.deleteItems([id]);
    }
    onClose();
    view.canvas.focus({ preventScroll: true });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      finish('cancel');
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      finish('commit');
    }
  };
  const style = item ? editorStyle(item, view) : undefined;
  if (!item || !style) return null;
  return (
    <textarea
      ref={field}
      className="sb-editor"
      data-testid="sandbox-editor"
      aria-label="Text of the item (Ctrl+Enter to finish, Escape to cancel)"
      defaultValue={initial}
      style={style}
      onKeyDown={onKeyDown}
      onBlur={() => finish('commit')}
    />
  );
}
