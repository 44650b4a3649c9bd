// What a leaderboard shows: ranked rows as names the class's owner chose, the viewer's own row
// as "You", and a line on where the viewer stands. No server code: the cards render these.
import { initialsOf, type LeaderboardSettings } from "./settings";

export type RankedInput = { studentId: string; name: string; score: number; rank: number };
export type BoardInput = { rows: RankedInput[]; ranked: number; hidden: number; viewer: { hidden: boolean; score: number | null } | null };

export type ShownRow = { key: string; rank: number; name: string; score: number; you: boolean };
/** hidden: the viewer hid themself; unranked: no completed interview counted yet; ranked: their place. */
export type ViewerStanding = { kind: "hidden"; score: number | null } | { kind: "unranked" } | { kind: "ranked"; rank: number; of: number } | null;
export type ShownBoard = { rows: ShownRow[]; ranked: number; hidden: number; standing: ViewerStanding };

/**
 * Rows for one viewer: the student's own row reads "You" (and is flagged to highlight), every
 * other name as the settings say. `fullNames` forces full names (the instructor's view: they see
 * every name in the class's analytics anyway). Row keys are positions, not ids, so a student's
 * page carries no other student's id.
 */
export function showBoard(board: BoardInput, settings: Pick<LeaderboardSettings, "names">, viewerId: string | null, fullNames = false): ShownBoard {
  const rows = board.rows.map((r, i) => {
    const you = viewerId !== null && r.studentId === viewerId;
    const name = you ? "You" : fullNames || settings.names === "FULL_NAME" ? r.name : initialsOf(r.name);
    return { key: `row-${i}`, rank: r.rank, name, score: r.score, you };
  });
  return { rows, ranked: board.ranked, hidden: board.hidden, standing: standingOf(board, viewerId) };
}

function standingOf(board: BoardInput, viewerId: string | null): ViewerStanding {
  if (viewerId === null || !board.viewer) return null;
  if (board.viewer.hidden) return { kind: "hidden", score: board.viewer.score };
  const mine = board.rows.find((r) => r.studentId === viewerId);
  return mine ? { kind: "ranked", rank: mine.rank, of: board.ranked } : { kind: "unranked" };
}
