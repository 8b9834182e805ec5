import { htmlToEditableText } from '../core/text/htmlToLines.ts';
import type { BoardView } from './BoardView.ts';
import type { SandboxEmulator } from './SandboxEmulator.ts';

type Props = { emulator: SandboxEmulator; view: Pick<BoardView, 'currentScene' | 'screenRectOf'> };

function noteText(view: Props['view'], id: string): string {
  const item = view.currentScene().byId.get(id)?.item;
  const content = item && 'content' in item ? item.content : '';
  return htmlToEditableText(content).trim() || 'this note';
}

/** While a vote is open, each voted note's count at its top-right corner, with − to take one back. */
export function VoteBadges({ emulator, view }: Props) {
  const session = emulator.voting;
  if (!session) return null;
  return (
    <>
      {Object.entries(session.votes).map(([id, count]) => {
        const rect = view.screenRectOf(id);
        if (!rect) return null;
        const text = noteText(view, id);
        return (
          <span
            key={id}
            className="sb-vote-badge"
            data-testid={`sandbox-votes-${id}`}
            style={{ left: rect.x + rect.width, top: rect.y }}
          >
            <span aria-label={`${count} ${count === 1 ? 'vote' : 'votes'} on “${text}”`}>
              {count}
            </span>
            <button
              type="button"
              className="sb-vote-remove"
              aria-label={`Take back a vote on “${text}”`}
              title="Take back a vote"
              onClick={() => emulator.user.unvote(id)}
            >
              −
            </button>
          </span>
        );
      })}
    </>
  );
}
