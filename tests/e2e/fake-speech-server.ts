// The transcription endpoint the app talks to during the browser tests: the real protocol
// (multipart POST /v1/audio/transcriptions) on loopback, started by Playwright beside the app.
// Specs script it over two control routes: POST /__reply queues the next replies (a transcript,
// an error status, or a hang), GET /__requests lists what the app sent (the file's type and size,
// the form fields). Without a queued reply it transcribes every recording as DEFAULT_TRANSCRIPT.
import { FakeSpeech, type TranscriptionReply } from "../support/fake-speech";

export const DEFAULT_TRANSCRIPT = "An index is a sorted copy of a column, so um a lookup can skip most rows, but every write has to update it too.";

/** Whisper's verbose_json for `text`, its words two per second starting at half a second. */
export function verboseJson(text: string) {
  const words = text.split(" ").map((word, i) => ({ word, start: 0.5 + i * 0.5, end: 0.9 + i * 0.5 }));
  return { text, duration: words.at(-1)!.end + 0.5, words };
}

const queue: TranscriptionReply[] = [];
const fake = new FakeSpeech(() => queue.shift() ?? { json: verboseJson(DEFAULT_TRANSCRIPT) });
fake.routes = (req, raw, res) => {
  if (req.url === "/__reply" && req.method === "POST") {
    queue.push(...(JSON.parse(raw.toString("utf8")) as TranscriptionReply[]));
    res.writeHead(204).end();
    return true;
  }
  if (req.url === "/__requests") {
    const seen = fake.transcriptions.map((r) => ({ fields: r.fields, file: r.file && { name: r.file.name, type: r.file.type, size: r.file.bytes.byteLength } }));
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(seen));
    return true;
  }
  if (req.url === "/health") {
    res.writeHead(200).end("ok");
    return true;
  }
  return false;
};

const port = Number(process.env.E2E_SPEECH_PORT);
if (port) {
  await fake.start(port);
  console.log(`[fake speech] listening on ${fake.baseURL}`);
  const stop = () => void fake.stop().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
