// A scripted fake chat model: each call's reply is decided by a function of the prompt,
// so tests can make the "model" grade, stall, fail with HTTP 500 or return broken JSON.
// It records every prompt for token-budget checks. No network, ever.
import { SimpleChatModel } from "@langchain/core/language_models/chat_models";
import type { BaseMessage } from "@langchain/core/messages";

export type PromptKind = "plan" | "phrase" | "evaluate" | "counter" | "summarize" | "report" | "repair";
export type Reply = string | { error: number } | { delayMs: number; reply?: string };
export type Script = (call: { kind: PromptKind; system: string; user: string; n: number }) => Reply;

const text = (m: BaseMessage) => (typeof m.content === "string" ? m.content : JSON.stringify(m.content));

/** Which prompt this is, from its system text and last message (shared with the fake HTTP endpoint). */
export function kindOfText(system: string, last: string): PromptKind {
  if (last.includes("Your previous reply was not valid")) return "repair";
  if (system.startsWith("You plan a realistic job interview")) return "plan";
  if (system.startsWith("You grade")) return "evaluate";
  if (system.includes("Rephrase the next interview question")) return "phrase";
  if (system.includes("probing follow-up")) return "counter";
  if (system.includes("running summary")) return "summarize";
  return "report";
}

export function kindOf(messages: BaseMessage[]): PromptKind {
  return kindOfText(text(messages[0]!), text(messages[messages.length - 1]!));
}

export class ScriptedChatModel extends SimpleChatModel {
  readonly calls: { kind: PromptKind; messages: { content: string }[] }[] = [];

  constructor(private readonly script: Script) {
    super({ maxRetries: 0 }); // like the app's ChatOpenAI: retries are ours (lib/llm/call.ts)
  }

  _llmType() {
    return "scripted-fake";
  }

  async _call(messages: BaseMessage[], options: this["ParsedCallOptions"]): Promise<string> {
    const kind = kindOf(messages);
    this.calls.push({ kind, messages: messages.map((m) => ({ content: text(m) })) });
    const reply = this.script({ kind, system: text(messages[0]!), user: text(messages[messages.length - 1]!), n: this.calls.filter((c) => c.kind === kind).length });
    if (typeof reply === "string") return reply;
    if ("error" in reply) throw Object.assign(new Error(`fake HTTP ${reply.error}`), { status: reply.error });
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(resolve, reply.delayMs);
      options.signal?.addEventListener("abort", () => {
        clearTimeout(t);
        reject(new Error("aborted"));
      });
    });
    return reply.reply ?? "";
  }
}

export function evaluationJson(
  verdict: "strong" | "shallow" | "wrong",
  overall = verdict === "strong" ? 88 : verdict === "shallow" ? 55 : 15,
  options: { star?: boolean } = {},
): string {
  return JSON.stringify({
    verdict,
    scores: { relevance: overall, accuracy: overall, depth: overall, clarity: overall, overall },
    feedback: `Model feedback: ${verdict}.`,
    covered: verdict === "wrong" ? [] : [{ point: "the main idea", quote: "main idea" }],
    missed: verdict === "strong" ? [] : ["the second key point"],
    ...(options.star ? { star: { present: ["situation", "task", "action"], missing: ["result"], nudge: "Say what the result was, with a number." } } : {}),
  });
}

/** Whether a grading prompt is for a behavioural question (its kind asks for the STAR fields). */
export const gradesBehaviour = (system: string) => system.includes('"star":');

/** A valid job-practice plan with `concept` and `behavioural` questions spread over the difficulties. */
export function planJson(concept: number, behavioural: number): string {
  const levels = ["EASY", "MEDIUM", "HARD"] as const;
  const question = (kind: string, i: number) => ({
    text: `Generated ${kind.toLowerCase()} question number ${i + 1} for this role?`,
    kind,
    difficulty: levels[i % 3],
    referenceAnswer: `A strong answer to generated question ${i + 1} explains the idea, gives an example and names a trade-off.`,
    keyPoints: ["explains the idea", "gives an example", "names a trade-off"],
  });
  return JSON.stringify({
    questions: [...Array.from({ length: concept }, (_, i) => question("CONCEPT", i)), ...Array.from({ length: behavioural }, (_, i) => question("BEHAVIOURAL", concept + i))],
  });
}
