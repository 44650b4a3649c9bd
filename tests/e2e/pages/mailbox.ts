import { expect } from "@playwright/test";
import type { ReceivedMail } from "../../support/smtp-sink";

/** The e-mails the app sent, as the local SMTP sink received them (tests/e2e/fake-smtp-server.ts). */
export class Mailbox {
  private readonly url = `http://127.0.0.1:${Number(process.env.E2E_PORT || 3100) + 3000}/messages`;

  async all(): Promise<Omit<ReceivedMail, "raw">[]> {
    return (await fetch(this.url)).json();
  }

  /** The newest mail to `to` whose subject matches, waiting for it to arrive. */
  async latest(to: string, subject: RegExp): Promise<Omit<ReceivedMail, "raw">> {
    let found: Omit<ReceivedMail, "raw"> | undefined;
    await expect
      .poll(
        async () => {
          found = (await this.all()).filter((m) => m.to.includes(to.toLowerCase()) && subject.test(m.subject)).at(-1);
          return found !== undefined;
        },
        { timeout: 10_000, message: `an e-mail to ${to} with subject ${subject}` },
      )
      .toBe(true);
    return found!;
  }

  async count(to: string): Promise<number> {
    return (await this.all()).filter((m) => m.to.includes(to.toLowerCase())).length;
  }
}
