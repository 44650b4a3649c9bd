import { beforeEach, describe, expect, it, vi } from "vitest";
import { bumpSessionVersion } from "@/lib/db/queries/users";
import { AppError } from "@/lib/errors";
import { makeUser, sessionFor } from "../../support/factories";

// The guards read the session through Auth.js; tests decide what it returns.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; role?: string; sessionVersion?: number } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));

const { END_STALE_SESSION_PATH, requireInstructor, requireStudent, requireUser } = await import("@/lib/auth/guards");

/** next/navigation's redirect() throws an error whose digest carries the target. */
async function redirectTarget(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2] ?? null;
  }
}

describe("guards", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("answers 401 unauthorized:session without a session", async () => {
    await expect(requireUser()).rejects.toMatchObject({ code: "unauthorized:session", status: 401 });
    await expect(requireStudent()).rejects.toBeInstanceOf(AppError);
  });

  it("redirects pages to /login without a session", async () => {
    expect(await redirectTarget(requireInstructor("redirect"))).toBe("/login");
  });

  it("answers 403 to the wrong role and redirects pages to the user's own home", async () => {
    const student = await makeUser("STUDENT");
    session.current = sessionFor(student);
    await expect(requireInstructor()).rejects.toMatchObject({ code: "forbidden:session", status: 403 });
    expect(await redirectTarget(requireInstructor("redirect"))).toBe("/student");
    expect((await requireStudent()).id).toBe(student.id);

    const instructor = await makeUser("INSTRUCTOR");
    session.current = sessionFor(instructor);
    expect(await redirectTarget(requireStudent("redirect"))).toBe("/instructor");
    expect((await requireInstructor()).role).toBe("INSTRUCTOR");
  });

  it("treats a token for a user who no longer exists as signed out", async () => {
    session.current = sessionFor({ id: "deleted-user-id", role: "STUDENT" });
    await expect(requireUser()).rejects.toMatchObject({ status: 401 });
  });

  it("revokes a cookie once the account's session version moves on (logout anywhere, new password)", async () => {
    const student = await makeUser("STUDENT");
    session.current = sessionFor(student);
    expect((await requireStudent()).id).toBe(student.id);
    await bumpSessionVersion(student.id);
    await expect(requireStudent()).rejects.toMatchObject({ code: "unauthorized:session", message: "Your session has ended. Log in again." });
    // Pages send a stale cookie to be cleared, not to /login (which the proxy would bounce back).
    expect(await redirectTarget(requireStudent("redirect"))).toBe(END_STALE_SESSION_PATH);
    // A cookie issued after the bump works.
    session.current = sessionFor(student, 1);
    expect((await requireStudent()).id).toBe(student.id);
  });

  it("revokes a cookie whose role no longer matches the account, and one from before session versions", async () => {
    const user = await makeUser("STUDENT");
    session.current = { user: { id: user.id, role: "INSTRUCTOR", sessionVersion: 0 } };
    await expect(requireUser()).rejects.toMatchObject({ status: 401 });
    expect(await redirectTarget(requireInstructor("redirect"))).toBe(END_STALE_SESSION_PATH);
    session.current = { user: { id: user.id, role: "STUDENT", sessionVersion: -1 } };
    await expect(requireUser()).rejects.toMatchObject({ status: 401 });
  });
});
