import "server-only";
// Text to speech through an OpenAI-compatible POST /audio/speech: the interviewer's question,
// streamed back as audio as the endpoint produces it (the browser starts playing before the end).
// With no endpoint configured the browser's own speech synthesis reads questions instead.
import type { SpeechEndpoint } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { MAX_SPEECH_CHARS, speechMessages } from "./limits";

export type SpokenAudio = { body: ReadableStream<Uint8Array>; contentType: string };

export async function speak(text: string, endpoint: SpeechEndpoint & { voice: string }): Promise<SpokenAudio> {
  const input = text.trim().slice(0, MAX_SPEECH_CHARS);
  if (!input) throw new AppError("bad_request:speech", "There is nothing to read aloud.");
  let response: Response;
  try {
    response = await fetch(`${endpoint.baseUrl}/audio/speech`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(endpoint.apiKey ? { authorization: `Bearer ${endpoint.apiKey}` } : {}) },
      body: JSON.stringify({ model: endpoint.model, input, voice: endpoint.voice, response_format: "mp3" }),
      signal: AbortSignal.timeout(endpoint.timeoutMs),
    });
  } catch (error) {
    throw new AppError("unavailable:speech", speechMessages.speechDown, { cause: error });
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new AppError("unavailable:speech", speechMessages.speechDown);
  }
  return { body: response.body, contentType: response.headers.get("content-type") ?? "audio/mpeg" };
}
