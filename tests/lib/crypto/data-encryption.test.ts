// Personal documents at rest: AES-256-GCM round trip, a fresh IV per value, bound to owner and
// field, tamper-evident; without DATA_ENCRYPTION_KEY nothing is stored, with a clear message.
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { canEncrypt, decryptBytes, decryptText, encryptBytes, encryptText } from "@/lib/crypto/data-encryption";
import { resetEnvCache } from "@/lib/env";
import { AppError } from "@/lib/errors";

const saved = process.env.DATA_ENCRYPTION_KEY;
const useKey = (key: string | undefined) => {
  if (key === undefined) delete process.env.DATA_ENCRYPTION_KEY;
  else process.env.DATA_ENCRYPTION_KEY = key;
  resetEnvCache();
};
afterEach(() => useKey(saved));

describe("data encryption", () => {
  it("round-trips text (any Unicode), with a fresh IV each time and nothing readable in the stored value", () => {
    useKey(randomBytes(32).toString("base64"));
    const resume = "Zoë Example — Kafka at Acme, 2021–2024 ✓\nSkills: Go";
    const a = encryptText(resume, "user:u1:resume");
    const b = encryptText(resume, "user:u1:resume");
    expect(a).not.toBe(b);
    expect(a).not.toContain("Kafka");
    expect(a.startsWith("v1.")).toBe(true);
    expect(decryptText(a, "user:u1:resume")).toBe(resume);
    expect(decryptText(encryptText("", "user:u1:jd"), "user:u1:jd")).toBe("");
  });

  it("refuses a value moved to another account or field, altered, or read with another key", () => {
    useKey(randomBytes(32).toString("base64"));
    const stored = encryptText("secret resume", "user:u1:resume");
    expect(() => decryptText(stored, "user:u2:resume")).toThrow(AppError);
    expect(() => decryptText(stored, "user:u1:job-description")).toThrow(AppError);
    const parts = stored.split(".");
    const body = Buffer.from(parts[3]!, "base64url");
    body[0] = body[0]! ^ 1;
    expect(() => decryptText([parts[0], parts[1], parts[2], body.toString("base64url")].join("."), "user:u1:resume")).toThrow(AppError);
    expect(() => decryptText("garbage", "user:u1:resume")).toThrow(/cannot be read/);
    useKey(randomBytes(32).toString("base64"));
    expect(() => decryptText(stored, "user:u1:resume")).toThrow(/key changed/);
  });

  it("without a key stores nothing and says who can fix it; a malformed key is refused at start", () => {
    useKey(undefined);
    const error = (() => {
      try {
        encryptText("x", "user:u1:resume");
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(error?.status).toBe(503);
    expect(error?.message).toMatch(/DATA_ENCRYPTION_KEY/);
    useKey("too-short");
    expect(() => encryptText("x", "user:u1:resume")).toThrow(/32 random bytes/);
  });

  it("round-trips bytes (a kept recording) bound to its session and turn, tamper-evident, and says whether it can encrypt", () => {
    useKey(randomBytes(32).toString("base64"));
    expect(canEncrypt()).toBe(true);
    const audio = new Uint8Array(randomBytes(5000));
    const where = "session:s1:turn:2:audio";
    const a = encryptBytes(audio, where);
    expect(a).not.toEqual(encryptBytes(audio, where)); // a fresh IV each time
    expect(a.byteLength).toBe(audio.byteLength + 29); // version, IV and tag: no base64
    expect(Buffer.from(a).includes(Buffer.from(audio.subarray(0, 32)))).toBe(false);
    expect(new Uint8Array(decryptBytes(a, where))).toEqual(audio);
    expect(decryptBytes(encryptBytes(new Uint8Array(0), where), where).byteLength).toBe(0);

    expect(() => decryptBytes(a, "session:s1:turn:3:audio")).toThrow(/cannot be read/);
    const altered = new Uint8Array(a);
    altered[40] = altered[40]! ^ 1;
    expect(() => decryptBytes(altered, where)).toThrow(AppError);
    expect(() => decryptBytes(new Uint8Array([1, 2, 3]), where)).toThrow(/cannot be read/);
    useKey(randomBytes(32).toString("base64"));
    expect(() => decryptBytes(a, where)).toThrow(/key changed/);
    useKey(undefined);
    expect(canEncrypt()).toBe(false);
    expect(() => encryptBytes(audio, where)).toThrow(/DATA_ENCRYPTION_KEY/);
  });
});
