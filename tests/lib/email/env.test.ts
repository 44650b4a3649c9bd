// The e-mail settings: read and checked by lib/env.ts, with messages that say what to type.
import { afterEach, describe, expect, it } from "vitest";
import { appUrl, env, resetEnvCache, smtpSettings } from "@/lib/env";

const KEYS = ["SMTP_URL", "MAIL_FROM", "APP_URL"] as const;
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));

function withEnv(values: Partial<Record<(typeof KEYS)[number], string>>) {
  for (const k of KEYS) delete process.env[k];
  Object.assign(process.env, values);
  resetEnvCache();
}

afterEach(() => {
  for (const k of KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  resetEnvCache();
});

describe("e-mail settings", () => {
  it("are off when unset (empty counts as unset)", () => {
    withEnv({ SMTP_URL: "  ", APP_URL: "" });
    expect(smtpSettings()).toBeNull();
    expect(appUrl()).toBeUndefined();
  });

  it("read SMTP_URL, MAIL_FROM and APP_URL (without its trailing slash)", () => {
    withEnv({ SMTP_URL: "smtps://u:p@mail.example.com:465", MAIL_FROM: "Practice <p@example.com>", APP_URL: "https://practice.example.com/" });
    expect(smtpSettings()).toEqual({ url: "smtps://u:p@mail.example.com:465", from: "Practice <p@example.com>" });
    expect(appUrl()).toBe("https://practice.example.com");
  });

  it("explain a mistyped value", () => {
    withEnv({ SMTP_URL: "mail.example.com:587" });
    expect(() => env()).toThrow(/SMTP_URL must look like smtp:\/\/user:password@host:587/);
    withEnv({ APP_URL: "practice.example.com" });
    expect(() => env()).toThrow(/APP_URL must start with http:\/\/ or https:\/\//);
    withEnv({ MAIL_FROM: "Practice" });
    expect(() => env()).toThrow(/MAIL_FROM must contain an e-mail address/);
  });
});
