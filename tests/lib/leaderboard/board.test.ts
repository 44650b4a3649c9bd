import { describe, expect, it } from "vitest";
import { showBoard } from "@/lib/leaderboard/board";

const board = {
  rows: [
    { studentId: "a", name: "Ada Lovelace", score: 90, rank: 1 },
    { studentId: "b", name: "Grace Hopper", score: 90, rank: 1 },
    { studentId: "me", name: "Robin Learner", score: 40, rank: 12 },
  ],
  ranked: 14,
  hidden: 2,
  viewer: { hidden: false, score: 40 },
};

describe("showBoard", () => {
  it("shows initials as chosen, the viewer's own row as You, and their place", () => {
    const shown = showBoard(board, { names: "INITIALS" }, "me");
    expect(shown.rows.map((r) => [r.rank, r.name, r.you])).toEqual([
      [1, "A. L.", false],
      [1, "G. H.", false],
      [12, "You", true],
    ]);
    expect(shown.standing).toEqual({ kind: "ranked", rank: 12, of: 14 });
    expect(JSON.stringify(shown)).not.toContain('"a"'); // no other student's id reaches the page
  });

  it("full names when chosen; the instructor sees full names and no standing", () => {
    expect(showBoard(board, { names: "FULL_NAME" }, "me").rows[0]!.name).toBe("Ada Lovelace");
    const instructor = showBoard(board, { names: "INITIALS" }, null, true);
    expect(instructor.rows.map((r) => r.name)).toEqual(["Ada Lovelace", "Grace Hopper", "Robin Learner"]);
    expect(instructor.standing).toBeNull();
  });

  it("a hidden viewer is told so, with their score; one without a counted interview is unranked", () => {
    expect(showBoard({ ...board, rows: board.rows.slice(0, 2), viewer: { hidden: true, score: 40 } }, { names: "INITIALS" }, "me").standing).toEqual({ kind: "hidden", score: 40 });
    expect(showBoard({ ...board, rows: board.rows.slice(0, 2), viewer: { hidden: false, score: null } }, { names: "INITIALS" }, "me").standing).toEqual({ kind: "unranked" });
  });
});
