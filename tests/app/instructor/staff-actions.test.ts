// Adding a co-instructor through the action: the assistant is added, audited, and e-mailed a link to the class.
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { TEST_APP_URL, smtpSinkForFile } from "../../support/email-env";
import { makeBatchWithTopic, makeUser, sessionFor } from "../../support/factories";

const state = vi.hoisted(() => ({ session: null as null | { user: { id: string; role: string; sessionVersion: number } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => state.session, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { addAssistantAction } = await import("@/app/(instructor)/instructor/staff-actions");
const sink = smtpSinkForFile();

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe("adding an assistant", () => {
  it("adds them, audits it, and e-mails them a link to the class", async () => {
    const ctx = await makeBatchWithTopic();
    const assistant = await makeUser("INSTRUCTOR", { name: "Grace Helper" });
    state.session = sessionFor(ctx.instructor);
    const result = await addAssistantAction({}, form({ batchId: ctx.batch.id, email: ` ${assistant.email.toUpperCase()} ` }));
    expect(result).toEqual({ ok: true, message: "Grace Helper is now an assistant of this class. We e-mailed them to say so." });
    const mail = await sink.waitFor((m) => m.to.includes(assistant.email));
    expect(mail.subject).toBe(`You can now help teach ${ctx.batch.name}`);
    expect(mail.text).toContain(`${ctx.instructor.name} added you as an assistant instructor`);
    expect(mail.text).toContain(`${TEST_APP_URL}/instructor/batches/${ctx.batch.id}`);
    const db = await getDb();
    expect(await db.auditLog.count({ where: { action: "staff.add", targetId: assistant.id, actorId: ctx.instructor.id, batchId: ctx.batch.id } })).toBe(1);
  });

  it("keeps the typed address and sends nothing when it cannot add it", async () => {
    const ctx = await makeBatchWithTopic();
    state.session = sessionFor(ctx.instructor);
    sink.clear();
    const result = await addAssistantAction({}, form({ batchId: ctx.batch.id, email: "not-an-instructor@example.com" }));
    expect(result).toMatchObject({ ok: false, values: { email: "not-an-instructor@example.com" } });
    expect(sink.messages).toHaveLength(0);
  });
});
