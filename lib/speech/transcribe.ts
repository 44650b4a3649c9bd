import "server-only";
// Speech to text through an OpenAI-compatible POST /audio/transcriptions (multipart: the file and
// the model). Word timestamps are asked for (verbose_json + timestamp_granularities[]=word), and
// an endpoint that refuses that form (some local servers) is asked once more for plain json. One
// deadline covers both tries. Neither the audio nor its text is ever logged.
import { z } from "zod";
import type { SpeechEndpoint } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { TimedWord } from "./delivery";
import { speechMessages } from "./limits";

export type Transcript = { text: string; words: TimedWord[] | null; durationSeconds: number | null };
export type Recording = { bytes: Uint8Array<ArrayBuffer>; mimeType: string; fileName: string };

const reply = z.object({
  text: z.string(),
  duration: z.number().nonnegative().optional(),
  words: z.array(z.object({ word: z.string(), start: z.number(), end: z.number() })).optional(),
});

const EXTENSIONS: Record<string, string> = { "audio/webm": "webm", "audio/ogg": "ogg", "audio/mp4": "m4a", "audio/mpeg": "mp3", "audio/wav": "wav", "audio/x-wav": "wav" };
export const extensionFor = (mimeType: string) => EXTENSIONS[mimeType.split(";")[0]!.trim()] ?? "webm";

function form(recording: Recording, model: string, detailed: boolean): FormData {
  const body = new FormData();
  body.set("file", new Blob([recording.bytes], { type: recording.mimeType }), recording.fileName);
  body.set("model", model);
  body.set("response_format", detailed ? "verbose_json" : "json");
  if (detailed) body.append("timestamp_granularities[]", "word");
  return body;
}

async function post(endpoint: SpeechEndpoint, body: FormData, signal: AbortSignal): Promise<Response> {
  try {
    return await fetch(`${endpoint.baseUrl}/audio/transcriptions`, {
      method: "POST",
      headers: endpoint.apiKey ? { authorization: `Bearer ${endpoint.apiKey}` } : {},
      body,
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw new AppError("unavailable:speech", speechMessages.timeout, { cause: error });
    throw new AppError("unavailable:speech", speechMessages.down, { cause: error });
  }
}

function refusal(status: number): AppError {
  if (status === 413) return new AppError("payload_too_large:speech", speechMessages.tooLarge);
  if (status === 415) return new AppError("unsupported_media_type:speech", speechMessages.unsupported);
  if (status >= 500 || status === 429 || status === 401 || status === 403 || status === 404) return new AppError("unavailable:speech", speechMessages.down);
  return new AppError("bad_request:speech", speechMessages.refused);
}

/** The recording's text, with word timings when the endpoint gives them. */
export async function transcribe(recording: Recording, endpoint: SpeechEndpoint): Promise<Transcript> {
  if (recording.bytes.byteLength === 0) throw new AppError("bad_request:speech", speechMessages.empty);
  const signal = AbortSignal.timeout(endpoint.timeoutMs);
  let response = await post(endpoint, form(recording, endpoint.model, true), signal);
  // 400/422: the endpoint does not take the detailed form; plain json still gives the text.
  if (response.status === 400 || response.status === 422) {
    await response.body?.cancel();
    response = await post(endpoint, form(recording, endpoint.model, false), signal);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw refusal(response.status);
  }
  let parsed: z.infer<typeof reply>;
  try {
    parsed = reply.parse(await response.json());
  } catch (error) {
    if (signal.aborted) throw new AppError("unavailable:speech", speechMessages.timeout, { cause: error });
    throw new AppError("unavailable:speech", speechMessages.down, { cause: error });
  }
  const words = parsed.words?.length ? parsed.words.map((w) => ({ word: w.word.trim(), start: w.start, end: w.end })) : null;
  return { text: parsed.text.trim(), words, durationSeconds: parsed.duration ?? (words ? words[words.length - 1]!.end : null) };
}
