// An owner e-mails the class code to a pasted list, and makes a one-time reset link for a student.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { consumePasswordReset } from "@/lib/db/queries/password-resets";
import { formatClassCode } from "@/lib/domain";
import { MAX_INVITES } from "@/lib/email/invitations";
import { INVITES_PER_INSTRUCTOR } from "@/lib/rate-limits";
import { TEST_APP_URL, smtpSinkForFile } from "../../support/email-env";
import { makeBatchWithTopic, makeUser, sessionFor } from "../../support/factories";

const state = vi.hoisted(() => ({ session: null as null | { user: { id: string; role: string; sessionVersion: number } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => state.session, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { inviteStudentsAction, createResetLinkAction } = await import("@/app/(instructor)/instructor/email-actions");
const sink = smtpSinkForFile();

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

beforeEach(() => sink.clear());

describe("inviting students by e-mail", () => {
  it("sends each address once the class code and links, and says how many went", async () => {
    const ctx = await makeBatchWithTopic();
    state.session = sessionFor(ctx.instructor);
    const result = await inviteStudentsAction({}, form({ batchId: ctx.batch.id, addresses: "ana@example.com\n\nBo@Example.com, cy@example.com\nana@example.com" }));
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining("Sent 3 invitations. 1 repeated address was sent once (line 4).") });
    for (const to of ["ana@example.com", "bo@example.com", "cy@example.com"]) {
      const mail = await sink.waitFor((m) => m.to.includes(to));
      expect(mail.subject).toBe(`Join ${ctx.batch.name} on Interview practice`);
      expect(mail.text).toContain(`Your class code is ${formatClassCode(ctx.batch.classCode)}.`);
      expect(mail.text).toContain(`${TEST_APP_URL}/signup`);
    }
    expect(sink.messages).toHaveLength(3);
    const db = await getDb();
    expect(await db.auditLog.findFirst({ where: { action: "email.invite_students", batchId: ctx.batch.id } })).toMatchObject({ metadata: { sent: 3, failed: 0 } });
  });

  it("refuses a list with addresses that are not addresses, naming their lines, and sends nothing", async () => {
    const ctx = await makeBatchWithTopic();
    state.session = sessionFor(ctx.instructor);
    const result = await inviteStudentsAction({}, form({ batchId: ctx.batch.id, addresses: "ok@example.com\nnot an address\nalso@bad\n" }));
    expect(result).toMatchObject({ ok: false, field: "addresses", message: expect.stringMatching(/line 2 .*line 3 .*nothing was sent/) });
    const tooMany = Array.from({ length: MAX_INVITES + 1 }, (_, i) => `s${i}@example.com`).join("\n");
    expect(await inviteStudentsAction({}, form({ batchId: ctx.batch.id, addresses: tooMany }))).toMatchObject({
      ok: false,
      message: expect.stringContaining(`at most ${MAX_INVITES}`),
    });
    expect(await inviteStudentsAction({}, form({ batchId: ctx.batch.id, addresses: "  \n " }))).toMatchObject({ ok: false });
    await new Promise((r) => setTimeout(r, 100));
    expect(sink.messages).toHaveLength(0);
  });

  it(`is limited to ${INVITES_PER_INSTRUCTOR.max} lists an hour per instructor`, async () => {
    const ctx = await makeBatchWithTopic();
    state.session = sessionFor(ctx.instructor);
    for (let i = 0; i < INVITES_PER_INSTRUCTOR.max; i++)
      expect(await inviteStudentsAction({}, form({ batchId: ctx.batch.id, addresses: `r${i}@example.com` }))).toMatchObject({ ok: true });
    expect(await inviteStudentsAction({}, form({ batchId: ctx.batch.id, addresses: "one-more@example.com" }))).toMatchObject({
      ok: false,
      message: INVITES_PER_INSTRUCTOR.message,
    });
  });

  it("is the owner's: another instructor, or an assistant, cannot send for the class", async () => {
    const ctx = await makeBatchWithTopic();
    const other = await makeUser("INSTRUCTOR");
    state.session = sessionFor(other);
    expect(await inviteStudentsAction({}, form({ batchId: ctx.batch.id, addresses: "x@example.com" }))).toMatchObject({ ok: false });
    const db = await getDb();
    await db.batchStaff.create({ data: { batchId: ctx.batch.id, userId: other.id, addedById: ctx.instructor.id } });
    expect(await inviteStudentsAction({}, form({ batchId: ctx.batch.id, addresses: "x@example.com" }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("Only the class owner"),
    });
    expect(sink.messages).toHaveLength(0);
  });
});

describe("an instructor's reset link for a student", () => {
  it("makes a 24-hour single-use link for a student of the class, audited; not for anyone else", async () => {
    const ctx = await makeBatchWithTopic();
    state.session = sessionFor(ctx.instructor);
    const result = await createResetLinkAction({}, form({ batchId: ctx.batch.id, studentId: ctx.student.id }));
    expect(result).toMatchObject({ ok: true, data: { link: expect.stringMatching(new RegExp(`^${TEST_APP_URL}/reset-password\\?token=`)) } });
    const data = (result as { data: { link: string; expiresAt: string } }).data;
    expect(new Date(data.expiresAt).getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);
    const token = new URL(data.link).searchParams.get("token")!;
    expect(await consumePasswordReset(token, "new-hash")).toEqual({ userId: ctx.student.id });
    const db = await getDb();
    expect(await db.auditLog.count({ where: { action: "auth.password_reset.request", targetId: ctx.student.id, actorId: ctx.instructor.id, batchId: ctx.batch.id } })).toBe(1);

    // Not for someone outside the class (here: another instructor's student), nor by another instructor.
    const outsider = await makeBatchWithTopic();
    expect(await createResetLinkAction({}, form({ batchId: ctx.batch.id, studentId: outsider.student.id }))).toMatchObject({ ok: false });
    state.session = sessionFor(outsider.instructor);
    expect(await createResetLinkAction({}, form({ batchId: ctx.batch.id, studentId: ctx.student.id }))).toMatchObject({ ok: false });
  });
});
