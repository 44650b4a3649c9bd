import { describe, expect, it } from "vitest";
import { countdownLabel, spanLabel } from "@/lib/assignments/countdown";
import { type AttemptRow, completionOf, progressOf, showsOnDashboard } from "@/lib/assignments/progress";

const at = (iso: string) => new Date(iso);
const row = (id: string, status: AttemptRow["status"], overallScore: number | null, startedAt: string, late = false): AttemptRow => ({
  id,
  status,
  overallScore,
  late,
  startedAt: at(startedAt),
});

describe("a student's progress on an assignment", () => {
  it("has not started with no sessions, or only interviews ended before any answer", () => {
    expect(progressOf([])).toMatchObject({ status: "NOT_STARTED", attempts: 0, bestScore: null, late: false, sessionId: null });
    expect(progressOf([row("s1", "ABANDONED", null, "2026-11-20T10:00:00Z")])).toMatchObject({ status: "NOT_STARTED", attempts: 0 });
  });

  it("is in progress with an open attempt (late when that attempt started late)", () => {
    const p = progressOf([row("s1", "IN_PROGRESS", null, "2026-11-20T10:00:00Z", true)]);
    expect(p).toMatchObject({ status: "IN_PROGRESS", attempts: 1, openSessionId: "s1", late: true, sessionId: "s1" });
  });

  it("is completed with the best completed score, counting every answered attempt", () => {
    const p = progressOf([
      row("s1", "COMPLETED", 61.6, "2026-11-20T10:00:00Z"),
      row("s2", "COMPLETED", 80.2, "2026-11-21T10:00:00Z"),
      row("s3", "ABANDONED", null, "2026-11-22T10:00:00Z"),
      row("s4", "IN_PROGRESS", null, "2026-11-23T10:00:00Z"),
    ]);
    expect(p).toMatchObject({ status: "COMPLETED", attempts: 3, bestScore: 80, sessionId: "s2", openSessionId: "s4", late: false });
  });

  it("is late only when no completed attempt was on time", () => {
    expect(progressOf([row("s1", "COMPLETED", 50, "2026-11-20T10:00:00Z", true)]).late).toBe(true);
    expect(progressOf([row("s1", "COMPLETED", 50, "2026-11-20T10:00:00Z", false), row("s2", "COMPLETED", 90, "2026-11-22T10:00:00Z", true)]).late).toBe(false);
  });

  it("counts the class's completion", () => {
    expect(completionOf(["COMPLETED", "IN_PROGRESS", "NOT_STARTED", "NOT_STARTED"])).toEqual({ completed: 1, inProgress: 1, notStarted: 2, total: 4, percent: 25 });
    expect(completionOf([])).toEqual({ completed: 0, inProgress: 0, notStarted: 0, total: 0, percent: 0 });
  });

  it("leaves the student's dashboard a week after its due date once done; what is not done stays", () => {
    const now = at("2026-11-26T12:00:00Z");
    const a = (dueAt: string, status: "COMPLETED" | "NOT_STARTED") => ({ dueAt: at(dueAt), progress: { status } });
    expect(showsOnDashboard(a("2026-11-27T00:00:00Z", "COMPLETED"), now)).toBe(true);
    expect(showsOnDashboard(a("2026-11-20T00:00:00Z", "COMPLETED"), now)).toBe(true); // done late, six days ago: still shown
    expect(showsOnDashboard(a("2026-11-19T11:00:00Z", "COMPLETED"), now)).toBe(false);
    expect(showsOnDashboard(a("2026-10-01T00:00:00Z", "NOT_STARTED"), now)).toBe(true);
  });
});

describe("the countdown line", () => {
  const opens = at("2026-11-20T00:00:00Z");
  const due = at("2026-11-28T15:00:00Z");
  it("counts down to the due date in the two largest units", () => {
    expect(countdownLabel(at("2026-11-26T12:00:00Z"), opens, due)).toBe("due in 2 days 3 h");
    expect(countdownLabel(at("2026-11-27T15:00:00Z"), opens, due)).toBe("due in 1 day");
    expect(countdownLabel(at("2026-11-28T11:40:00Z"), opens, due)).toBe("due in 3 h 20 min");
    expect(countdownLabel(at("2026-11-28T14:48:00Z"), opens, due)).toBe("due in 12 min");
    expect(countdownLabel(due, opens, due)).toBe("due in less than a minute");
  });
  it("says how overdue, or when it opens", () => {
    expect(countdownLabel(at("2026-11-28T20:00:00Z"), opens, due)).toBe("overdue by 5 h");
    expect(countdownLabel(at("2026-11-19T22:00:00Z"), opens, due)).toBe("opens in 2 h");
    expect(spanLabel(-5)).toBe("less than a minute");
  });
});
