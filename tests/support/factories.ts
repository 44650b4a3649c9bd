// Small builders for test data, through the data layer (never raw Prisma in tests of it).
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { createBatch, enrollStudent } from "@/lib/db/queries/batches";
import { createTopic } from "@/lib/db/queries/topics";
import { createUser } from "@/lib/db/queries/users";
import type { Role } from "@/lib/domain";

// One real hash for every factory user: bcrypt is deliberately slow.
let cachedHash: Promise<string> | null = null;
export const FACTORY_PASSWORD = "correct horse battery";

export async function makeUser(role: Role = "STUDENT", overrides: { email?: string; name?: string } = {}) {
  cachedHash ??= hashPassword(FACTORY_PASSWORD);
  return createUser({
    name: overrides.name ?? `${role.toLowerCase()} ${randomBytes(3).toString("hex")}`,
    email: overrides.email ?? `${randomBytes(5).toString("hex")}@example.test`,
    passwordHash: await cachedHash,
    role,
  });
}

export async function makeBatchWithTopic() {
  const instructor = await makeUser("INSTRUCTOR");
  const batch = await createBatch(instructor.id, "Test class");
  const topic = await createTopic(batch.id, { name: "Topic A", unlocked: true });
  const student = await makeUser("STUDENT");
  await enrollStudent(batch.id, student.id);
  return { instructor, batch, topic, student };
}

/** What Auth.js's auth() returns for a freshly issued cookie of this user (for mocked sessions). */
export function sessionFor(user: { id: string; role: Role }, sessionVersion = 0) {
  return { user: { id: user.id, role: user.role, sessionVersion } };
}
