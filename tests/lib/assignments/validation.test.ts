import { describe, expect, it } from "vitest";
import { assignmentMessages, createAssignmentSchema, dateRefusal, isLate, startRefusal, updateAssignmentSchema } from "@/lib/assignments/validation";
import { dateToLocalInput, localInputToDate } from "@/lib/assignments/time";

const NOW = new Date("2026-11-26T12:00:00Z");
const topicForm = (fields: Record<string, string> = {}) => ({
  batchId: "b1",
  kind: "TOPIC",
  topicId: "t1",
  title: "",
  instructions: "",
  opensAt: "2026-11-26T09:00",
  dueAt: "2026-11-30T17:00",
  timeZone: "UTC",
  maxAttempts: "",
  ...fields,
});
const parseCreate = (fields: Record<string, string> = {}) => createAssignmentSchema(() => NOW).safeParse(topicForm(fields));
const firstIssue = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) => ({
  message: r.error?.issues[0]?.message,
  field: r.error?.issues[0]?.path.join("."),
});

describe("assignment dates: typed in the instructor's time zone", () => {
  it("reads a datetime-local value in the browser's zone, daylight saving included", () => {
    expect(localInputToDate("2026-12-01T17:00", "UTC")?.toISOString()).toBe("2026-12-01T17:00:00.000Z");
    expect(localInputToDate("2026-12-01T17:00", "America/New_York")?.toISOString()).toBe("2026-12-01T22:00:00.000Z"); // EST, -5
    expect(localInputToDate("2026-07-01T17:00", "America/New_York")?.toISOString()).toBe("2026-07-01T21:00:00.000Z"); // EDT, -4
    expect(localInputToDate("2026-12-01T09:30", "Asia/Kolkata")?.toISOString()).toBe("2026-12-01T04:00:00.000Z");
    // A time skipped by the spring-forward change reads as the hour after.
    expect(localInputToDate("2026-03-29T02:30", "Europe/Paris")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("refuses what is not a real date", () => {
    for (const bad of ["", "tomorrow", "2026-02-30T10:00", "2026-12-01T25:00", "2026-12-01"]) expect(localInputToDate(bad, "UTC"), bad).toBeNull();
  });

  it("shows a stored instant back in the same zone, for the edit form", () => {
    const due = localInputToDate("2026-12-01T17:00", "Europe/Paris")!;
    expect(dateToLocalInput(due, "Europe/Paris")).toBe("2026-12-01T17:00");
    expect(dateToLocalInput(due, "UTC")).toBe("2026-12-01T16:00");
  });

  it("stores the form's dates as the instants the instructor meant", () => {
    const parsed = parseCreate({ timeZone: "Europe/Paris" });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.dueAt.toISOString()).toBe("2026-11-30T16:00:00.000Z");
  });

  it("reads the dates as UTC when the browser sent no (or an unknown) zone", () => {
    expect(parseCreate({ timeZone: "" }).data?.dueAt.toISOString()).toBe("2026-11-30T17:00:00.000Z");
    expect(parseCreate({ timeZone: "Mars/Olympus" }).data?.dueAt.toISOString()).toBe("2026-11-30T17:00:00.000Z");
  });
});

describe("assignment form rules", () => {
  it("wants the due date after the opening date", () => {
    expect(firstIssue(parseCreate({ dueAt: "2026-11-26T09:00" }))).toEqual({ message: assignmentMessages.dueBeforeOpens, field: "dueAt" });
    expect(firstIssue(parseCreate({ dueAt: "2026-11-26T08:00" }))).toEqual({ message: assignmentMessages.dueBeforeOpens, field: "dueAt" });
  });

  it("refuses a new assignment that is already due, but an edit may keep a past due date", () => {
    expect(firstIssue(parseCreate({ opensAt: "2026-11-20T09:00", dueAt: "2026-11-26T11:59" }))).toEqual({ message: assignmentMessages.dueInPast, field: "dueAt" });
    const edit = updateAssignmentSchema(() => NOW).safeParse({ ...topicForm({ opensAt: "2026-11-20T09:00", dueAt: "2026-11-26T11:59" }), assignmentId: "a1" });
    expect(edit.success).toBe(true);
  });

  it("catches a typo in the year", () => {
    expect(firstIssue(parseCreate({ dueAt: "2028-11-30T17:00" })).message).toBe(assignmentMessages.tooLong);
  });

  it("says which date is missing or unreadable", () => {
    expect(firstIssue(parseCreate({ opensAt: "" }))).toEqual({ message: assignmentMessages.opensAt, field: "opensAt" });
    expect(firstIssue(parseCreate({ dueAt: "31/11/2026" }))).toEqual({ message: assignmentMessages.dueAt, field: "dueAt" });
  });

  it("takes 1 to 20 attempts, or none for unlimited", () => {
    expect(parseCreate({ maxAttempts: "" }).data?.maxAttempts).toBeNull();
    expect(parseCreate({ maxAttempts: "1" }).data?.maxAttempts).toBe(1);
    expect(parseCreate({ maxAttempts: " 20 " }).data?.maxAttempts).toBe(20);
    for (const bad of ["0", "21", "2.5", "-1", "two", "1e1"])
      expect(firstIssue(parseCreate({ maxAttempts: bad })), bad).toEqual({ message: assignmentMessages.attempts, field: "maxAttempts" });
  });

  it("wants a topic for a topic assignment, and a valid job-practice setup for job practice", () => {
    expect(firstIssue(parseCreate({ topicId: "" }))).toEqual({ message: assignmentMessages.topic, field: "topicId" });
    const job = (f: Record<string, string>) =>
      createAssignmentSchema(() => NOW).safeParse(topicForm({ kind: "JOB", topicId: "", role: "Data analyst", seniority: "JUNIOR", focus: "MIXED", questionCount: "5", ...f }));
    const ok = job({});
    expect(ok.success).toBe(true);
    expect(ok.data).toMatchObject({ kind: "JOB", setup: { role: "Data analyst", seniority: "JUNIOR", focus: "MIXED", questionCount: 5, language: "en" } });
    expect(firstIssue(job({ questionCount: "50" })).field).toBe("questionCount");
    expect(firstIssue(job({ role: "" })).field).toBe("role");
  });

  it("keeps titles and instructions within their limits", () => {
    expect(firstIssue(parseCreate({ title: "x".repeat(121) })).message).toBe(assignmentMessages.title);
    expect(firstIssue(parseCreate({ instructions: "x".repeat(2001) })).message).toBe(assignmentMessages.instructions);
  });

  it("dateRefusal is the check the browser runs too", () => {
    expect(dateRefusal(null, NOW, { now: NOW, creating: true })?.field).toBe("opensAt");
    expect(dateRefusal(NOW, new Date(NOW.getTime() + 60_000), { now: NOW, creating: true })).toBeNull();
  });
});

describe("starting an attempt", () => {
  const open = { archivedAt: null, opensAt: new Date("2026-11-25T00:00:00Z"), maxAttempts: 2, topic: { archivedAt: null } };

  it("is refused when withdrawn, not open yet, out of attempts, or its topic was removed", () => {
    expect(startRefusal(open, 0, NOW)).toBeNull();
    expect(startRefusal(open, 1, NOW)).toBeNull();
    expect(startRefusal(open, 2, NOW)).toBe(assignmentMessages.noAttemptsLeft);
    expect(startRefusal({ ...open, maxAttempts: null }, 50, NOW)).toBeNull();
    expect(startRefusal({ ...open, archivedAt: NOW }, 0, NOW)).toBe(assignmentMessages.archived);
    expect(startRefusal({ ...open, topic: { archivedAt: NOW } }, 0, NOW)).toBe(assignmentMessages.topicArchived);
    expect(startRefusal({ ...open, opensAt: new Date(NOW.getTime() + 1) }, 0, NOW)).toBe(assignmentMessages.notOpenYet);
    expect(startRefusal({ ...open, opensAt: NOW }, 0, NOW)).toBeNull(); // open from its opening instant
  });

  it("is late only when started after the due date (at the due date itself it is on time)", () => {
    expect(isLate(NOW, new Date(NOW.getTime() - 1))).toBe(false);
    expect(isLate(NOW, NOW)).toBe(false);
    expect(isLate(NOW, new Date(NOW.getTime() + 1))).toBe(true);
  });
});
