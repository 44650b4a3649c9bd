// A local OpenAI-compatible speech endpoint for tests: POST /v1/audio/transcriptions (multipart,
// parsed as a real server would) and POST /v1/audio/speech (audio streamed in chunks). Each reply
// is scripted; every request is kept with the file's bytes. Loopback only.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type TranscriptionRequest = { fields: Record<string, string[]>; file: { name: string; type: string; bytes: Uint8Array } | null; authorization: string | null };
export type SpeechRequest = { body: { model: string; input: string; voice: string; response_format?: string }; authorization: string | null };

export type TranscriptionReply = { json: unknown; delayMs?: number } | { status: number } | { hang: true };
export type SpeechReply = { audio: Uint8Array; chunks?: number; contentType?: string } | { status: number };

export class FakeSpeech {
  readonly transcriptions: TranscriptionRequest[] = [];
  readonly speeches: SpeechRequest[] = [];
  private server: Server | null = null;
  private readonly open = new Set<ServerResponse>();

  constructor(
    public transcribe: (request: TranscriptionRequest) => TranscriptionReply,
    public speak: (request: SpeechRequest) => SpeechReply = () => ({ status: 404 }),
  ) {}

  get baseURL(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/v1`;
  }

  async stop(): Promise<void> {
    for (const res of this.open) res.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Extra routes, tried first (a test's control endpoints when the server runs on its own). */
  routes: ((req: IncomingMessage, raw: Buffer, res: ServerResponse) => boolean) | null = null;

  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    return this;
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    this.open.add(res);
    res.on("close", () => this.open.delete(res));
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    if (this.routes?.(req, raw, res)) return;
    const authorization = req.headers.authorization ?? null;
    if (req.method === "POST" && req.url?.endsWith("/audio/transcriptions")) {
      // The multipart body is read by the platform's own parser, as a real server would.
      const parsed = await new Request("http://fake/", { method: "POST", headers: { "content-type": req.headers["content-type"] ?? "" }, body: raw }).formData();
      const fields: Record<string, string[]> = {};
      let file: TranscriptionRequest["file"] = null;
      for (const [key, value] of parsed) {
        if (typeof value === "string") fields[key] = [...(fields[key] ?? []), value];
        else file = { name: value.name, type: value.type, bytes: new Uint8Array(await value.arrayBuffer()) };
      }
      const request = { fields, file, authorization };
      this.transcriptions.push(request);
      const reply = this.transcribe(request);
      if ("hang" in reply) return;
      if ("status" in reply)
        return void res.writeHead(reply.status, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: `fake error ${reply.status}` } }));
      if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
      if (!res.destroyed) res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(reply.json));
      return;
    }
    if (req.method === "POST" && req.url?.endsWith("/audio/speech")) {
      const request = { body: JSON.parse(raw.toString("utf8")) as SpeechRequest["body"], authorization };
      this.speeches.push(request);
      const reply = this.speak(request);
      if ("status" in reply) return void res.writeHead(reply.status, { "content-type": "application/json" }).end("{}");
      res.writeHead(200, { "content-type": reply.contentType ?? "audio/mpeg" });
      const n = reply.chunks ?? 3;
      const size = Math.ceil(reply.audio.byteLength / n);
      for (let at = 0; at < reply.audio.byteLength; at += size) {
        res.write(reply.audio.subarray(at, at + size));
        await new Promise((r) => setTimeout(r, 5));
      }
      res.end();
      return;
    }
    res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "not found" } }));
  }
}
