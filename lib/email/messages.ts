// The e-mails the app sends, as plain text plus a simple HTML version, in our own words. Every
// link is absolute on APP_URL (absoluteLink); mails a person can turn off end with a link to
// their e-mail settings. Builders are pure: they format, sendEmail() sends.
import { formatClassCode } from "@/lib/domain";
import { absoluteLink, type EmailMessage } from "./send";

const SETTINGS_PATH = "/account#email";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

type Block = { p: string } | { link: { label: string; href: string } } | { list: string[] } | { h: string };

/** One message from blocks, so the text and HTML versions always say the same thing. */
function compose(to: string, subject: string, blocks: Block[], settings: boolean): EmailMessage {
  const all: Block[] = settings
    ? [...blocks, { p: "You can choose which e-mails you get in your e-mail settings:" }, { link: { label: "E-mail settings", href: absoluteLink(SETTINGS_PATH) } }]
    : blocks;
  const text = all
    .map((b) => ("p" in b ? b.p : "h" in b ? `== ${b.h} ==` : "link" in b ? `${b.link.label}: ${b.link.href}` : b.list.map((i) => `  - ${i}`).join("\n")))
    .join("\n\n");
  const html = all
    .map((b) => {
      if ("p" in b) return `<p>${escapeHtml(b.p)}</p>`;
      if ("h" in b) return `<h2 style="font-size:16px;margin:20px 0 8px">${escapeHtml(b.h)}</h2>`;
      if ("link" in b) return `<p><a href="${escapeHtml(b.link.href)}">${escapeHtml(b.link.label)}</a></p>`;
      return `<ul>${b.list.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`;
    })
    .join("\n");
  return {
    to,
    subject,
    text: `${text}\n\n— Interview practice\n`,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;font-size:15px;line-height:1.5;color:#111;max-width:560px">\n${html}\n<p style="color:#666">— Interview practice</p></body></html>`,
  };
}

/** To an instructor an owner added as a co-instructor (assistant) of a class. */
export function staffInvitation(input: { to: string; className: string; inviterName: string; classUrl: string }): EmailMessage {
  return compose(
    input.to,
    `You can now help teach ${input.className}`,
    [
      { p: `${input.inviterName} added you as an assistant instructor of the class "${input.className}".` },
      {
        p: "As an assistant you can see the class's dashboard, students and transcripts, review answers and override grades. The owner keeps the class settings, topics and questions.",
      },
      { link: { label: "Open the class", href: absoluteLink(input.classUrl) } },
    ],
    false,
  );
}

/** To someone an instructor invited to join a class: the code, and where to type it. */
export function studentInvitation(input: { to: string; className: string; inviterName: string; classCode: string }): EmailMessage {
  const code = formatClassCode(input.classCode);
  return compose(
    input.to,
    `Join ${input.className} on Interview practice`,
    [
      { p: `${input.inviterName} invites you to practise job interviews with the class "${input.className}".` },
      { p: `Your class code is ${code}. Create an account (or log in), then type the code under "Join a class".` },
      { link: { label: "Create an account", href: absoluteLink("/signup") } },
      { link: { label: "Join the class (already have an account)", href: absoluteLink(`/student?code=${encodeURIComponent(input.classCode)}`) } },
      { p: "If you were not expecting this, you can ignore this e-mail: nothing happens unless you join." },
    ],
    false,
  );
}

/** To a student when an interview's report has been saved. */
export function reportReady(input: { to: string; name: string; title: string; score: number | null; reportUrl: string }): EmailMessage {
  const score = input.score === null ? "" : ` You scored ${Math.round(input.score)} out of 100.`;
  return compose(
    input.to,
    `Your report is ready: ${input.title}`,
    [
      { p: `Hi ${input.name},` },
      { p: `The report for your interview "${input.title}" is ready.${score} It shows what went well, what was missed and what to practise next.` },
      { link: { label: "Read your report", href: absoluteLink(input.reportUrl) } },
    ],
    true,
  );
}

export type DigestClass = {
  name: string;
  url: string;
  atRisk: { name: string; reason: string }[];
  overdue: { title: string; dueAt: Date; notCompleted: string[] }[];
};

const MAX_NAMES = 15;
const names = (list: string[]) => (list.length > MAX_NAMES ? `${list.slice(0, MAX_NAMES).join(", ")} and ${list.length - MAX_NAMES} more` : list.join(", "));

/** To an instructor once a week: per class they teach, who may need help and what is overdue. */
export function weeklyDigest(input: { to: string; name: string; classes: DigestClass[] }): EmailMessage {
  const blocks: Block[] = [{ p: `Hi ${input.name},` }, { p: "Here is your weekly summary of the classes you teach." }];
  for (const c of input.classes) {
    blocks.push({ h: c.name });
    blocks.push(
      c.atRisk.length
        ? { p: `Students who may need help (${c.atRisk.length}): ${names(c.atRisk.map((s) => `${s.name} (${s.reason})`))}` }
        : { p: "No student is flagged as needing help this week." },
    );
    if (c.overdue.length) {
      blocks.push({
        list: c.overdue.map(
          (a) =>
            `${a.title}, due ${a.dueAt.toISOString().slice(0, 10)}: ${a.notCompleted.length ? `not completed by ${a.notCompleted.length} (${names(a.notCompleted)})` : "everyone completed it"}`,
        ),
      });
    }
    blocks.push({ link: { label: `Open ${c.name}`, href: absoluteLink(c.url) } });
  }
  return compose(input.to, "Your weekly class digest", blocks, true);
}

/** To the owner of an account who asked for a reset link (or whose instructor or administrator made one). */
export function passwordReset(input: { to: string; name: string; resetUrl: string; expiresInMinutes: number }): EmailMessage {
  return compose(
    input.to,
    "Reset your Interview practice password",
    [
      { p: `Hi ${input.name},` },
      { p: `Someone (we hope you) asked to reset the password of this account. The link works once, for ${input.expiresInMinutes} minutes.` },
      { link: { label: "Choose a new password", href: absoluteLink(input.resetUrl) } },
      { p: "If you did not ask for this, ignore this e-mail: your password stays as it is." },
    ],
    false,
  );
}
