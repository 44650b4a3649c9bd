// sendEmail through a real SMTP conversation with a local sink: what each message says and
// links to, and that a broken or missing mail server is an outcome, never an exception.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { passwordReset, reportReady, staffInvitation, studentInvitation, weeklyDigest } from "@/lib/email/messages";
import { emailEnabled, sendEmail } from "@/lib/email/send";
import { resetEnvCache } from "@/lib/env";
import { TEST_APP_URL, smtpSinkForFile } from "../../support/email-env";
import { linkIn } from "../../support/smtp-sink";

const sink = smtpSinkForFile();

beforeEach(() => sink.clear());
afterEach(() => {
  sink.refuse = false;
  vi.restoreAllMocks();
});

describe("sendEmail", () => {
  it("delivers text and HTML to the recipient, from MAIL_FROM", async () => {
    process.env.MAIL_FROM = "Practice <practice@school.example>";
    resetEnvCache();
    const outcome = await sendEmail(passwordReset({ to: "ana@example.com", name: "Ana", resetUrl: "/reset-password?token=abc123", expiresInMinutes: 60 }));
    expect(outcome).toBe("sent");
    const mail = await sink.waitFor((m) => m.to.includes("ana@example.com"));
    expect(mail.from).toBe("practice@school.example");
    expect(mail.subject).toBe("Reset your Interview practice password");
    expect(mail.text).toContain("Hi Ana,");
    expect(mail.text).toContain("for 60 minutes");
    expect(linkIn(mail.text, TEST_APP_URL)).toBe(`${TEST_APP_URL}/reset-password?token=abc123`);
    expect(mail.html).toContain(`href="${TEST_APP_URL}/reset-password?token=abc123"`);
    // Essential mail: no settings link.
    expect(mail.text).not.toContain("/account#email");
    delete process.env.MAIL_FROM;
    resetEnvCache();
  });

  it("is off without SMTP_URL, and off (with a warning) when APP_URL is missing", async () => {
    const url = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    resetEnvCache();
    expect(emailEnabled()).toBe(false);
    expect(await sendEmail(reportReady({ to: "x@example.com", name: "X", title: "T", score: 50, reportUrl: "/report/1" }))).toBe("off");
    process.env.SMTP_URL = url;
    delete process.env.APP_URL;
    resetEnvCache();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(emailEnabled()).toBe(false);
    expect(await sendEmail(reportReady({ to: "x@example.com", name: "X", title: "T", score: 50, reportUrl: "/report/1" }))).toBe("off");
    process.env.APP_URL = TEST_APP_URL;
    resetEnvCache();
    expect(emailEnabled()).toBe(true);
    expect(sink.messages).toHaveLength(0);
    void warn;
  });

  it("answers failed, without throwing or logging the SMTP password, when the server refuses or is unreachable", async () => {
    const logged: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args.join(" ")));
    sink.refuse = true;
    expect(await sendEmail(reportReady({ to: "x@example.com", name: "X", title: "T", score: null, reportUrl: "/report/1" }))).toBe("failed");
    const url = process.env.SMTP_URL;
    process.env.SMTP_URL = "smtp://mailer:s3cret-pass@127.0.0.1:1"; // nothing listens on port 1
    resetEnvCache();
    expect(await sendEmail(reportReady({ to: "x@example.com", name: "X", title: "T", score: null, reportUrl: "/report/1" }))).toBe("failed");
    process.env.SMTP_URL = url;
    resetEnvCache();
    expect(logged.length).toBe(2);
    expect(logged.join("\n")).not.toContain("s3cret-pass");
  });
});

describe("the messages", () => {
  it("report ready: the score, an absolute link to the report and the e-mail settings link", async () => {
    await sendEmail(reportReady({ to: "bo@example.com", name: "Bo", title: "SQL basics", score: 72.4, reportUrl: "/report/s1" }));
    const mail = await sink.waitFor((m) => m.to.includes("bo@example.com"));
    expect(mail.subject).toBe("Your report is ready: SQL basics");
    expect(mail.text).toContain("You scored 72 out of 100.");
    expect(linkIn(mail.text, TEST_APP_URL)).toBe(`${TEST_APP_URL}/report/s1`);
    expect(mail.text).toContain(`${TEST_APP_URL}/account#email`);
    expect(mail.html).toContain(`href="${TEST_APP_URL}/account#email"`);
  });

  it("student invitation: the class code (grouped as shown in the app) and absolute links to sign up and join", async () => {
    await sendEmail(studentInvitation({ to: "cy@example.com", className: "Data <Science>", inviterName: "Prof Ada", classCode: "ABCDEFGHJK" }));
    const mail = await sink.waitFor((m) => m.to.includes("cy@example.com"));
    expect(mail.subject).toBe("Join Data <Science> on Interview practice");
    expect(mail.text).toContain("Your class code is ABCDE-FGHJK.");
    expect(mail.text).toContain(`${TEST_APP_URL}/signup`);
    expect(mail.text).toContain(`${TEST_APP_URL}/student?code=ABCDEFGHJK`);
    expect(mail.html).toContain("Data &lt;Science&gt;"); // escaped in HTML
    expect(mail.html).not.toContain("<Science>");
  });

  it("staff invitation: who added them, to which class, with an absolute class link", async () => {
    await sendEmail(staffInvitation({ to: "ta@example.com", className: "Algorithms", inviterName: "Prof Ada", classUrl: "/instructor/batches/b1" }));
    const mail = await sink.waitFor((m) => m.to.includes("ta@example.com"));
    expect(mail.subject).toBe("You can now help teach Algorithms");
    expect(mail.text).toContain('Prof Ada added you as an assistant instructor of the class "Algorithms".');
    expect(linkIn(mail.text, TEST_APP_URL)).toBe(`${TEST_APP_URL}/instructor/batches/b1`);
  });

  it("weekly digest: per class, who is at risk and who has not completed an overdue assignment; a settings link", async () => {
    await sendEmail(
      weeklyDigest({
        to: "prof@example.com",
        name: "Ada",
        classes: [
          {
            name: "Class A",
            url: "/instructor/batches/a",
            atRisk: [{ name: "Dee", reason: "inactive" }],
            overdue: [{ title: "Week 1", dueAt: new Date("2026-11-20T12:00:00Z"), notCompleted: ["Eve", "Fay"] }],
          },
          { name: "Class B", url: "/instructor/batches/b", atRisk: [], overdue: [] },
        ],
      }),
    );
    const mail = await sink.waitFor((m) => m.to.includes("prof@example.com"));
    expect(mail.subject).toBe("Your weekly class digest");
    expect(mail.text).toContain("Students who may need help (1): Dee (inactive)");
    expect(mail.text).toContain("Week 1, due 2026-11-20: not completed by 2 (Eve, Fay)");
    expect(mail.text).toContain("No student is flagged as needing help this week.");
    expect(mail.text).toContain(`${TEST_APP_URL}/instructor/batches/a`);
    expect(mail.text).toContain(`${TEST_APP_URL}/instructor/batches/b`);
    expect(mail.text).toContain(`${TEST_APP_URL}/account#email`);
  });
});
