// The one home of a resource's rules (a link or a note an instructor attaches to a topic, a
// question or one of its key points): limits, messages and the link check. The form, its server
// actions and the report's rendering all use these. No server code: client components import it.
import { z } from "zod";

export const MAX_RESOURCE_TITLE = 120;
export const MAX_RESOURCE_NOTE = 1000;
export const MAX_RESOURCE_URL = 2000;
/** Per topic, its questions' resources included: enough for a reading list, not a dumping ground. */
export const MAX_RESOURCES_PER_TOPIC = 50;

export const resourceMessages = {
  title: "Give the resource a title.",
  titleTooLong: `Keep the title under ${MAX_RESOURCE_TITLE} characters.`,
  noteTooLong: `Keep the note under ${MAX_RESOURCE_NOTE.toLocaleString("en")} characters.`,
  urlTooLong: `Keep the link under ${MAX_RESOURCE_URL.toLocaleString("en")} characters.`,
  url: "Enter a full web address starting with http:// or https:// (for example https://example.com/guide).",
  urlCredentials: "Leave the user name and password out of the link.",
  empty: "Add a link, a note, or both.",
  tooMany: `A topic can have at most ${MAX_RESOURCES_PER_TOPIC} resources (its questions' included). Delete one first.`,
  keyPoint: "That key point is not one of this question's. Pick one from the list, or attach the resource to the whole question.",
  keyPointWithoutQuestion: "A key point belongs to a question: pick the question first.",
  notFound: "We could not find that resource.",
} as const;

/** The link as it may be stored and rendered: an absolute http(s) URL without credentials, else null. */
export function safeResourceUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username || url.password) return null;
  return url.href;
}

const url = z
  .string()
  .trim()
  .max(MAX_RESOURCE_URL, resourceMessages.urlTooLong)
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const safe = safeResourceUrl(v);
    if (!safe) {
      let withCredentials = false;
      try {
        const u = new URL(v);
        withCredentials = (u.protocol === "http:" || u.protocol === "https:") && Boolean(u.username || u.password);
      } catch {}
      ctx.addIssue({ code: "custom", message: withCredentials ? resourceMessages.urlCredentials : resourceMessages.url });
      return z.NEVER;
    }
    return safe;
  });

/** The fields a resource has, as typed into the form. */
export const resourceFields = z
  .object({
    title: z.string(resourceMessages.title).trim().min(1, resourceMessages.title).max(MAX_RESOURCE_TITLE, resourceMessages.titleTooLong),
    url,
    note: z.string().trim().max(MAX_RESOURCE_NOTE, resourceMessages.noteTooLong).default(""),
  })
  .refine((r) => r.url !== null || r.note !== "", { message: resourceMessages.empty, path: ["url"] });

export type ResourceFields = z.output<typeof resourceFields>;
