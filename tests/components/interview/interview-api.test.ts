// The browser's reader of the answer stream: keep-alive comments are skipped, and a reset
// event starts the shown text over, so a retried model call never shows its text twice.
import { afterEach, describe, expect, it, vi } from "vitest";
import { postAnswer } from "@/components/interview/interview-api";

afterEach(() => vi.unstubAllGlobals());

function streamOf(blocks: string[]): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const b of blocks) controller.enqueue(encoder.encode(b));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { "content-type": "text/event-stream" } });
}

describe("postAnswer", () => {
  it("shows the whole reply so far, starting over after a reset", async () => {
    const view = { sessionId: "s", status: "IN_PROGRESS" };
    vi.stubGlobal("fetch", async () =>
      streamOf([
        ": connected\n\n",
        'event: token\ndata: {"text":"So, to get "}\n\n',
        "event: reset\ndata: {}\n\n",
        ": keep-alive\n\n",
        'event: token\ndata: {"text":"So, to get "}\n\nevent: token\ndata: {"text":"started?"}\n\n',
        `event: result\ndata: ${JSON.stringify(view)}\n\n`,
      ]),
    );
    const shown: string[] = [];
    const result = await postAnswer("s", 0, { text: "An answer." }, (text) => shown.push(text));
    expect(result).toEqual(view);
    expect(shown).toEqual(["So, to get ", "", "So, to get ", "So, to get started?"]);
  });
});
