// Class codes cannot be guessed: joins are limited per student and per address (counted before
// the code is looked up), and codes are long.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createBatch } from "@/lib/db/queries/batches";
import { CLASS_CODE_ALPHABET, CLASS_CODE_LENGTH } from "@/lib/domain";
import { PEER_HEADER } from "@/lib/net/peer-header";
import { JOIN_PER_IP, JOIN_PER_STUDENT } from "@/lib/rate-limits";
import { makeUser, sessionFor } from "../../support/factories";

const session = vi.hoisted(() => ({ current: null as null | ReturnType<typeof sessionFor>, peer: "10.20.0.1" }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ [PEER_HEADER]: session.peer, "x-forwarded-for": `${Math.random()}` }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { joinBatchAction } = await import("@/app/(student)/student/actions");

const join = (code: string) => {
  const form = new FormData();
  form.set("code", code);
  return joinBatchAction({}, form);
};

async function signIn() {
  const student = await makeUser("STUDENT");
  session.current = sessionFor(student);
  return student;
}

describe("joining a class", () => {
  beforeEach(() => {
    session.peer = `10.20.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  });

  it(`stops a student after ${JOIN_PER_STUDENT.max} tries, before looking the code up — the right code included`, async () => {
    const instructor = await makeUser("INSTRUCTOR");
    const batch = await createBatch(instructor.id, "Guarded class");
    await signIn();
    for (let i = 0; i < JOIN_PER_STUDENT.max; i++) expect((await join(`WRONG${i}`)).message).toMatch(/No class has that code/);
    expect(await join(batch.classCode)).toMatchObject({ ok: false, message: JOIN_PER_STUDENT.message });
    // Another student on another network is unaffected.
    session.peer = "10.21.0.1";
    await signIn();
    expect(await join(batch.classCode)).toMatchObject({ ok: true });
  });

  it(`stops an address after ${JOIN_PER_IP.max} wrong codes from any number of accounts, but not a class joining from it`, async () => {
    const instructor = await makeUser("INSTRUCTOR");
    const batch = await createBatch(instructor.id, "NAT class");
    // A whole class behind one school address joins: successes do not count.
    for (let i = 0; i < 12; i++) {
      await signIn();
      expect(await join(batch.classCode)).toMatchObject({ ok: true });
    }
    let wrong = 0;
    while (wrong < JOIN_PER_IP.max) {
      await signIn();
      for (let i = 0; i < JOIN_PER_STUDENT.max && wrong < JOIN_PER_IP.max; i++, wrong++) await join(`NOPE${wrong}`);
    }
    await signIn();
    expect(await join(batch.classCode)).toMatchObject({ ok: false, message: JOIN_PER_IP.message });
  });

  it("gets codes long enough that guessing within the limits is hopeless", () => {
    const codes = CLASS_CODE_ALPHABET.length ** CLASS_CODE_LENGTH;
    expect(codes).toBeGreaterThan(5e14);
    // At the per-address limit, a year of guessing against 10,000 classes finds one with p < 1e-4.
    const guessesPerYear = (JOIN_PER_IP.max * (365 * 24 * 60 * 60 * 1000)) / JOIN_PER_IP.windowMs;
    expect((guessesPerYear * 10_000) / codes).toBeLessThan(1e-4);
  });
});
