// A local OpenAI-compatible endpoint for tests: POST /v1/chat/completions, plain or streamed
// (SSE chunks and [DONE], as OpenAI sends them). Each request's reply is scripted: text
// (optionally slow or streamed in pieces), an HTTP error with headers (429 + Retry-After),
// a connection dropped mid-stream, or no answer at all. Loopback only; every request is kept.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { kindOfText, type PromptKind } from "./scripted-model";

export type FakeRequest = {
  kind: PromptKind;
  /** 1-based count of requests of this kind so far. */
  n: number;
  body: { model: string; messages: { role: string; content: string }[]; stream?: boolean; response_format?: { type: string }; max_tokens?: number };
};

export type FakeReply =
  | { text: string; delayMs?: number /** streamed replies: split into this many chunks */; chunks?: number; chunkDelayMs?: number }
  | { status: number; headers?: Record<string, string>; message?: string }
  | { hang: true }
  | { dropAfter: string };

export class FakeOpenAI {
  readonly requests: FakeRequest[] = [];
  private server: Server | null = null;
  private readonly open = new Set<ServerResponse>();

  constructor(public script: (request: FakeRequest) => FakeReply) {}

  get baseURL(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/v1`;
  }

  count(kind: PromptKind): number {
    return this.requests.filter((r) => r.kind === kind).length;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return this;
  }

  async stop(): Promise<void> {
    for (const res of this.open) res.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    this.open.add(res);
    res.on("close", () => this.open.delete(res));
    let raw = "";
    for await (const chunk of req) raw += chunk;
    if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "not found" } }));
      return;
    }
    const body = JSON.parse(raw) as FakeRequest["body"];
    const messages = body.messages.map((m) => ({ role: m.role, content: typeof m.content === "string" ? m.content : JSON.stringify(m.content) }));
    const kind = kindOfText(messages[0]?.content ?? "", messages[messages.length - 1]?.content ?? "");
    const request: FakeRequest = { kind, n: this.count(kind) + 1, body };
    this.requests.push(request);
    const reply = this.script(request);
    if ("hang" in reply) return; // never answers; the client's timeout has to deal with it
    if ("status" in reply) {
      res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
      res.end(JSON.stringify({ error: { message: reply.message ?? `fake error ${reply.status}`, type: "fake", code: null } }));
      return;
    }
    const base = { id: `chatcmpl-${this.requests.length}`, created: Math.floor(Date.now() / 1000), model: body.model };
    if ("dropAfter" in reply) {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(
        `data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta: { role: "assistant", content: reply.dropAfter }, finish_reason: null }] })}\n\n`,
      );
      setTimeout(() => res.destroy(), 50);
      return;
    }
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (res.destroyed) return;
    if (!body.stream) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          ...base,
          object: "chat.completion",
          choices: [{ index: 0, message: { role: "assistant", content: reply.text }, finish_reason: "stop", logprobs: null }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
      return;
    }
    res.writeHead(200, { "content-type": "text/event-stream" });
    const pieces = splitInto(reply.text, reply.chunks ?? 3);
    for (const piece of pieces) {
      res.write(`data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`);
      if (reply.chunkDelayMs) await new Promise((r) => setTimeout(r, reply.chunkDelayMs));
    }
    res.write(`data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n`);
    res.end("data: [DONE]\n\n");
  }
}

function splitInto(text: string, n: number): string[] {
  const size = Math.max(1, Math.ceil(text.length / n));
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}
