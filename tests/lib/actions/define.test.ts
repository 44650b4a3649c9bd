// The action wrappers: parse → session and role → ownership → change → audit → revalidate, one
// result type, Next's redirect passed through, and a refusal thrown (with its status) when the
// action is used as a plain <form action>.
import { redirect } from "next/navigation";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { instructorAction, publicAction, studentAction } from "@/lib/actions/define";
import { done, refused } from "@/lib/actions/result";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { PEER_HEADER } from "@/lib/net/peer-header";
import { makeUser, sessionFor } from "../../support/factories";

const state = vi.hoisted(() => ({ session: null as null | { user: { id: string; role: string; sessionVersion: number } }, revalidated: [] as unknown[][] }));
vi.mock("@/lib/auth", () => ({ auth: async () => state.session }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ [PEER_HEADER]: "10.1.2.3" }) }));
vi.mock("next/cache", () => ({ revalidatePath: (...args: unknown[]) => state.revalidated.push(args) }));

const form = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) f.append(k, one);
  return f;
};

const schema = z.object({ name: z.string().trim().min(1, "Enter a name."), count: z.coerce.number().int().max(5, "At most 5.") });

describe("instructorAction", () => {
  beforeEach(() => {
    state.session = null;
    state.revalidated = [];
  });

  it("parses before anything else: the first issue's message and field, every field's messages, the echoed fields", async () => {
    const fn = vi.fn();
    const action = instructorAction(schema, fn, { echo: ["name"] });
    expect(await action(null, form({ name: " ", count: "9" }))).toEqual({
      ok: false,
      message: "Enter a name.",
      field: "name",
      fieldErrors: { name: ["Enter a name."], count: ["At most 5."] },
      values: { name: " " },
    });
    expect(fn).not.toHaveBeenCalled();
  });

  it("runs the change as the signed-in instructor: audit with actor and address, then the listed and the discovered paths are revalidated", async () => {
    const instructor = await makeUser("INSTRUCTOR");
    state.session = sessionFor(instructor);
    const action = instructorAction(
      schema,
      async ({ input, user, audit, revalidate }) => {
        await audit({ action: "test.change", targetType: "thing", targetId: `t-${input.count}` });
        revalidate("/found-later", "layout");
        return done(`Saved ${input.name} for ${user.name}.`);
      },
      { revalidate: ({ count }) => ["/static", [`/computed/${count}`, "layout"]] },
    );
    expect(await action(null, form({ name: " Ada ", count: "3" }))).toEqual({ ok: true, message: `Saved Ada for ${instructor.name}.` });
    const db = await getDb();
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "test.change", targetId: "t-3" } })).toMatchObject({ actorId: instructor.id, ip: "10.1.2.3", batchId: null });
    expect(state.revalidated).toEqual([["/static"], ["/computed/3", "layout"], ["/found-later", "layout"]]);
  });

  it("refuses other callers before ownership or the change; as a plain form action the refusal is thrown with its status", async () => {
    const owns = vi.fn(async () => undefined);
    const fn = vi.fn(async () => undefined);
    const action = instructorAction(schema, fn, { owns, revalidate: ["/x"] });
    const fields = form({ name: "A", count: "1" });
    expect(await action(null, fields)).toEqual({ ok: false, message: "You need to log in to do that." });
    await expect(action(fields)).rejects.toMatchObject({ status: 401 });
    state.session = sessionFor(await makeUser("STUDENT"));
    expect(await action(null, fields)).toEqual({ ok: false, message: "Only instructors can do that." });
    await expect(action(fields)).rejects.toMatchObject({ status: 403 });
    expect(owns).not.toHaveBeenCalled();
    expect(fn).not.toHaveBeenCalled();
    expect(state.revalidated).toEqual([]);
  });

  it("checks ownership before the change: not the caller's is a 404 and nothing runs", async () => {
    state.session = sessionFor(await makeUser("INSTRUCTOR"));
    const fn = vi.fn(async () => undefined);
    const action = instructorAction(schema, fn, {
      owns: async () => {
        throw new AppError("not_found:batch", "We could not find that class.");
      },
    });
    expect(await action(null, form({ name: "A", count: "1" }))).toEqual({ ok: false, message: "We could not find that class." });
    await expect(action(form({ name: "A", count: "1" }))).rejects.toMatchObject({ status: 404 });
    expect(fn).not.toHaveBeenCalled();
  });

  it("answers an unexpected error with a safe message (no stack), revalidates nothing, and lets redirect() through", async () => {
    state.session = sessionFor(await makeUser("INSTRUCTOR"));
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = instructorAction(
      schema,
      async () => {
        throw new Error("connection reset at db.ts:42");
      },
      { surface: "batch", revalidate: ["/x"] },
    );
    const result = await broken(null, form({ name: "A", count: "1" }));
    expect(result).toEqual({ ok: false, message: "Something went wrong on our side. Try again; your input was kept." });
    expect(JSON.stringify(result)).not.toContain("db.ts");
    expect(state.revalidated).toEqual([]);
    spy.mockRestore();
    const moving = instructorAction(schema, async () => redirect("/somewhere"));
    await expect(moving(null, form({ name: "A", count: "1" }))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });

  it("a returned refusal is a form's message, and thrown (400) from a plain form action", async () => {
    state.session = sessionFor(await makeUser("INSTRUCTOR"));
    const action = instructorAction(schema, async () => refused("Not today.", "name"), { echo: ["name"] });
    expect(await action(null, form({ name: "A", count: "1" }))).toEqual({ ok: false, message: "Not today.", field: "name", values: { name: "A" } });
    await expect(action(form({ name: "A", count: "1" }))).rejects.toMatchObject({ status: 400, message: "Not today." });
  });

  it("reads several values of one field with a custom reader", async () => {
    state.session = sessionFor(await makeUser("INSTRUCTOR"));
    const action = instructorAction(z.object({ tags: z.array(z.string()).max(3) }), async ({ input }) => done(input.tags.join("+")), {
      read: (f) => ({ tags: f.getAll("tags") }),
    });
    expect(await action(null, form({ tags: ["a", "b"] }))).toEqual({ ok: true, message: "a+b" });
  });
});

describe("studentAction and publicAction", () => {
  beforeEach(() => {
    state.session = null;
  });

  it("studentAction admits students only", async () => {
    const action = studentAction(z.object({}), async ({ user }) => done(user.role));
    state.session = sessionFor(await makeUser("INSTRUCTOR"));
    expect(await action(null, form({}))).toEqual({ ok: false, message: "Only students can do that." });
    state.session = sessionFor(await makeUser("STUDENT"));
    expect(await action(null, form({}))).toEqual({ ok: true, message: "STUDENT" });
  });

  it("publicAction needs no session and audits with the actor it names", async () => {
    const actor = await makeUser("STUDENT");
    const action = publicAction(z.object({}), async ({ audit }) => {
      await audit({ actorId: actor.id, action: "test.public", targetType: "user", targetId: actor.id });
    });
    expect(await action(null, form({}))).toEqual({ ok: true });
    await expect(action(form({}))).resolves.toBeUndefined();
    const db = await getDb();
    expect(await db.auditLog.count({ where: { action: "test.public", actorId: actor.id, ip: "10.1.2.3" } })).toBe(2);
  });
});
