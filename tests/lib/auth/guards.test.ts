import { beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { makeUser } from "../../support/factories";

// The guards read the session through Auth.js; tests decide what it returns.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));

const { requireInstructor, requireStudent, requireUser } = await import("@/lib/auth/guards");

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
    session.current = { user: { id: student.id } };
    await expect(requireInstructor()).rejects.toMatchObject({ code: "forbidden:session", status: 403 });
    expect(await redirectTarget(requireInstructor("redirect"))).toBe("/student");
    expect((await requireStudent()).id).toBe(student.id);

    const instructor = await makeUser("INSTRUCTOR");
    session.current = { user: { id: instructor.id } };
    expect(await redirectTarget(requireStudent("redirect"))).toBe("/instructor");
    expect((await requireInstructor()).role).toBe("INSTRUCTOR");
  });

  it("treats a token for a user who no longer exists as signed out", async () => {
    session.current = { user: { id: "deleted-user-id" } };
    await expect(requireUser()).rejects.toMatchObject({ status: 401 });
  });
});
