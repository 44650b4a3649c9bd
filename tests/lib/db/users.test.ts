import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { bumpSessionVersion, createUser, findSessionUser, findUserById, findUserForLogin } from "@/lib/db/queries/users";
import { AppError } from "@/lib/errors";

describe("users", () => {
  it("stores the email lower-cased and finds it whatever the case", async () => {
    const user = await createUser({ name: " Ada ", email: "  Ada.Lovelace@Example.COM ", passwordHash: "x", role: "STUDENT" });
    expect(user.email).toBe("ada.lovelace@example.com");
    expect(user.name).toBe("Ada");
    expect((await findUserForLogin("ADA.LOVELACE@example.com"))?.id).toBe(user.id);
    expect((await findUserById(user.id))?.role).toBe("STUDENT");
  });

  it("rejects a second account whose email differs only in case, with a conflict the user can act on", async () => {
    await createUser({ name: "Grace", email: "grace@example.com", passwordHash: "x", role: "INSTRUCTOR" });
    const attempt = createUser({ name: "Grace 2", email: "GRACE@example.com", passwordHash: "y", role: "STUDENT" });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "conflict:user", status: 409 });
  });

  it("refuses a mixed-case email even when written around the data layer", async () => {
    const db = await getDb();
    await expect(db.user.create({ data: { name: "Raw", email: "Raw@Example.com", passwordHash: "x", role: "STUDENT" } })).rejects.toThrow();
  });

  it("never returns the password hash from findUserById", async () => {
    const user = await createUser({ name: "Hash", email: "hash@example.com", passwordHash: "secret-hash", role: "STUDENT" });
    expect(JSON.stringify(await findUserById(user.id))).not.toContain("secret-hash");
  });

  it("moves the session version on logout, and on any change of password or role — even one made in SQL", async () => {
    const user = await createUser({ name: "Ver", email: "ver@example.com", passwordHash: "h1", role: "STUDENT" });
    const version = async () => (await findSessionUser(user.id))!.sessionVersion;
    expect(await version()).toBe(0);
    await bumpSessionVersion(user.id);
    expect(await version()).toBe(1);
    const db = await getDb();
    await db.$executeRaw`UPDATE "User" SET "passwordHash" = 'h2' WHERE "id" = ${user.id}`;
    expect(await version()).toBe(2);
    await db.user.update({ where: { id: user.id }, data: { role: "INSTRUCTOR" } });
    expect(await version()).toBe(3);
    await db.user.update({ where: { id: user.id }, data: { name: "Renamed" } }); // not a credential
    await db.user.update({ where: { id: user.id }, data: { passwordHash: "h2" } }); // unchanged value
    expect(await version()).toBe(3);
  });
});

describe("deleted accounts", () => {
  it("are gone for sign-in and for sessions, even if only deletedAt was set", async () => {
    const user = await createUser({ name: "Gone", email: "gone@example.com", passwordHash: "h", role: "STUDENT" });
    const db = await getDb();
    await db.user.update({ where: { id: user.id }, data: { deletedAt: new Date() } });
    expect(await findUserForLogin("gone@example.com")).toBeNull();
    expect(await findSessionUser(user.id)).toBeNull();
  });
});
