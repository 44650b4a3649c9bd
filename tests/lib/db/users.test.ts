import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createUser, findUserById, findUserForLogin } from "@/lib/db/queries/users";
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
});
