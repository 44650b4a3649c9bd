// Points the app's e-mail at a local SMTP sink for one test file (and back off afterwards).
import { afterAll, beforeAll } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { SmtpSink } from "./smtp-sink";

export const TEST_APP_URL = "https://practice.example.test";

/** Starts a sink, sets SMTP_URL and APP_URL to it for the file; returns the sink. */
export function smtpSinkForFile(): SmtpSink {
  const sink = new SmtpSink();
  beforeAll(async () => {
    await sink.start();
    process.env.SMTP_URL = sink.url;
    process.env.APP_URL = TEST_APP_URL;
    resetEnvCache();
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    delete process.env.APP_URL;
    delete process.env.MAIL_FROM;
    resetEnvCache();
    await sink.stop();
  });
  return sink;
}
