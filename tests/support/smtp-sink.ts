// A real SMTP server on loopback that keeps what it receives, for tests of the e-mails: the app
// sends through nodemailer exactly as it would to a school's mail server. Messages are decoded
// just enough to assert on (headers, the text and HTML parts, quoted-printable and base64).
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { from: string; to: string[]; subject: string; text: string; html: string; raw: string };

function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, enc: string, body: string) =>
    enc.toUpperCase() === "B" ? Buffer.from(body, "base64").toString("utf8") : Buffer.from(qp(body.replace(/_/g, " ")), "latin1").toString("utf8"),
  );
}

/** Quoted-printable to the bytes it stands for (as a latin1 string, decoded to UTF-8 by the caller). */
function qp(text: string): string {
  return text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function splitHead(part: string): { headers: Map<string, string>; body: string } {
  const at = part.search(/\r?\n\r?\n/);
  const head = at < 0 ? part : part.slice(0, at);
  const body = at < 0 ? "" : part.slice(at).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeBody(headers: Map<string, string>, body: string): string {
  const encoding = (headers.get("content-transfer-encoding") ?? "").toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") return Buffer.from(qp(body), "latin1").toString("utf8");
  return body;
}

/** The text/plain and text/html parts of a message (single part or multipart/alternative). */
function parts(raw: string): { text: string; html: string } {
  const found = { text: "", html: "" };
  const walk = (part: string) => {
    const { headers, body } = splitHead(part);
    const type = headers.get("content-type") ?? "text/plain";
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (/^multipart\//i.test(type) && boundary) {
      for (const child of body.split(`--${boundary}`).slice(1)) if (!child.startsWith("--")) walk(child.replace(/^\r?\n/, ""));
    } else if (/^text\/html/i.test(type)) found.html = decodeBody(headers, body);
    else if (/^text\/plain/i.test(type)) found.text = decodeBody(headers, body);
  };
  walk(raw);
  return found;
}

export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  /** Set to make the server refuse every message (a mail server that is down for mail). */
  refuse = false;
  private server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData: (stream, session, done) => {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (this.refuse) return done(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
        const raw = Buffer.concat(chunks).toString("latin1");
        const { headers } = splitHead(raw);
        this.messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: decodeWords(headers.get("subject") ?? ""),
          ...parts(raw),
          raw,
        });
        done();
      });
    },
  });
  port = 0;

  async start(port = 0): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, "127.0.0.1", () => resolve());
    });
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Waits until a message matches (mail often goes out just after the action answers). */
  async waitFor(match: (m: ReceivedMail) => boolean, timeoutMs = 5_000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(match);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`no matching e-mail within ${timeoutMs} ms; received: ${JSON.stringify(this.messages.map((m) => ({ to: m.to, subject: m.subject })))}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  clear(): void {
    this.messages.length = 0;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The first link in a text that starts with `prefix`. */
export function linkIn(text: string, prefix: string): string | null {
  const at = text.indexOf(prefix);
  if (at < 0) return null;
  return /^\S+/.exec(text.slice(at))![0];
}
