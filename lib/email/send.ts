import "server-only";
// Outgoing mail through nodemailer, off unless SMTP_URL (and APP_URL) are set. sendEmail never
// throws: a mail is a courtesy on top of something that already happened (a report saved, a
// reset link stored), so a broken mail server must not fail or slow what the person did.
import nodemailer, { type Transporter } from "nodemailer";
import { appUrl, smtpSettings } from "@/lib/env";

export type EmailMessage = { to: string; subject: string; text: string; html: string };
export type SendOutcome = "sent" | "off" | "failed";

let transport: { url: string; transporter: Transporter } | null = null;
let warnedNoAppUrl = false;

/**
 * E-mail is on when SMTP_URL is set and APP_URL says where links point. Links are never taken
 * from the request's Host header: anyone can forge it, and a forged host in a password-reset
 * mail would hand the victim's token to the forger.
 */
export function emailEnabled(): boolean {
  if (!smtpSettings()) return false;
  if (!appUrl()) {
    if (!warnedNoAppUrl) {
      warnedNoAppUrl = true;
      console.warn("[email] SMTP_URL is set but APP_URL is not: e-mail stays off. Set APP_URL to this install's public address (https://…).");
    }
    return false;
  }
  return true;
}

/** An absolute link on APP_URL (only called when e-mail is on). */
export function absoluteLink(pathOrUrl: string): string {
  if (/^https?:\/\//.test(pathOrUrl)) return pathOrUrl;
  return `${appUrl() ?? "http://localhost:3000"}${pathOrUrl.startsWith("/") ? "" : "/"}${pathOrUrl}`;
}

function defaultFrom(): string {
  const host = appUrl() ? new URL(appUrl()!).hostname : "localhost";
  return `Interview practice <no-reply@${host}>`;
}

function transporter(url: string): Transporter {
  if (transport?.url !== url) {
    transport?.transporter.close();
    // Short timeouts: a mail server that does not answer is given up on, not waited for.
    transport = { url, transporter: nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }) };
  }
  return transport.transporter;
}

/** Sends one message; "off" without SMTP, "failed" (logged, no secrets) when the server refused or was unreachable. */
export async function sendEmail(message: EmailMessage): Promise<SendOutcome> {
  const settings = smtpSettings();
  if (!settings || !emailEnabled()) return "off";
  try {
    await transporter(settings.url).sendMail({ from: settings.from ?? defaultFrom(), to: message.to, subject: message.subject, text: message.text, html: message.html });
    return "sent";
  } catch (error) {
    // The code and the server's reply only: the SMTP URL (with its password) and the body stay out of logs.
    const e = error as { code?: string; responseCode?: number; message?: string };
    console.error(`[email] could not send "${message.subject}": ${e.code ?? "error"}${e.responseCode ? ` ${e.responseCode}` : ""} ${redact(e.message ?? "")}`);
    return "failed";
  }
}

/** Anything that looks like credentials in a URL is hidden. */
function redact(text: string): string {
  return text.replace(/\/\/[^@\s/]+@/g, "//…@").slice(0, 300);
}

/** Sends without waiting; the outcome is logged by sendEmail. For mails that follow an action. */
export function sendInBackground(message: EmailMessage | Promise<EmailMessage | null>): void {
  void Promise.resolve(message)
    .then((m) => (m ? sendEmail(m) : "off"))
    .catch((error) => console.error("[email] could not prepare a message:", error instanceof Error ? error.message : error));
}
