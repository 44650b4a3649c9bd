// Browser-side calls to the interview API, including the Server-Sent Events reader.
import type { TimedWord } from "@/lib/domain";
import type { SubmittedAnswer } from "@/lib/interview/answer";
import { speechMessages } from "@/lib/speech/limits";
import type { InterviewView } from "@/lib/interview/view";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const NETWORK_MESSAGE = "We could not reach the server. Check your connection — your answer is still here — and try again.";

async function failure(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => null)) as { message?: string } | null;
  return new ApiError(res.status, body?.message ?? `The server answered ${res.status}. Try again.`);
}

export async function fetchView(sessionId: string): Promise<InterviewView> {
  const res = await fetch(`/api/interviews/${sessionId}`, { cache: "no-store" });
  if (!res.ok) throw await failure(res);
  return res.json();
}

/**
 * Posts an answer and streams the interviewer's reply; resolves with the new session view.
 * `onText` gets the whole reply so far (a `reset` event — the server retrying a model call
 * that had already streamed — starts it over, so text is never repeated).
 */
export async function postAnswer(sessionId: string, turn: number, answer: SubmittedAnswer, onText: (textSoFar: string) => void): Promise<InterviewView> {
  let res: Response;
  try {
    res = await fetch(`/api/interviews/${sessionId}/answer`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ turn, answer }),
    });
  } catch {
    throw new ApiError(0, NETWORK_MESSAGE);
  }
  if (!res.ok || !res.body) throw await failure(res);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let text = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      for (let cut = buffer.indexOf("\n\n"); cut >= 0; cut = buffer.indexOf("\n\n")) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const event = block.match(/^event: (.*)$/m)?.[1];
        if (!event) continue; // a keep-alive comment
        const data = JSON.parse(block.match(/^data: (.*)$/m)?.[1] ?? "null");
        if (event === "token" || event === "reset") {
          text = event === "token" ? text + data.text : "";
          onText(text);
        }
        if (event === "result") return data as InterviewView;
        if (event === "error") throw new ApiError(data.status ?? 500, data.message);
      }
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(0, NETWORK_MESSAGE);
  }
  throw new ApiError(0, NETWORK_MESSAGE);
}

export async function postEnd(sessionId: string): Promise<InterviewView> {
  let res: Response;
  try {
    // JSON, even with nothing to say: state-changing routes accept only application/json.
    res = await fetch(`/api/interviews/${sessionId}/end`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
  } catch {
    throw new ApiError(0, NETWORK_MESSAGE);
  }
  if (!res.ok) throw await failure(res);
  return res.json();
}

/** What the transcription route gives back for a recording. */
/** `kept`: the recording was kept for the student; `keptNote`: why not, when they asked for it. */
export type Transcription = { text: string; words: TimedWord[] | null; durationSeconds: number | null; kept?: boolean; keptNote?: string };

/** The server's own limit is 60 s; past that the request has failed whatever it says. */
const TRANSCRIBE_WAIT_MS = 65_000;

/** Sends a recording to be transcribed; the recording stays with the caller whatever happens. */
export async function postRecording(sessionId: string, audio: Blob): Promise<Transcription> {
  let res: Response;
  try {
    res = await fetch(`/api/interviews/${sessionId}/transcribe`, {
      method: "POST",
      headers: { "content-type": audio.type || "audio/webm" },
      body: audio,
      signal: AbortSignal.timeout(TRANSCRIBE_WAIT_MS),
    });
  } catch (error) {
    throw new ApiError(0, (error as Error).name === "TimeoutError" ? speechMessages.timeout : NETWORK_MESSAGE.replace("your answer", "your recording"));
  }
  if (!res.ok) throw await failure(res);
  return res.json();
}
