// Token counting with a real BPE tokenizer (cl100k, shipped inside js-tiktoken: nothing
// is downloaded). Used to keep every model prompt within the budget.
import { Tiktoken } from "js-tiktoken/lite";
import cl100k from "js-tiktoken/ranks/cl100k_base";

let encoder: Tiktoken | null = null;
const enc = () => (encoder ??= new Tiktoken(cl100k));

export const PROMPT_TOKEN_BUDGET = 700;

// Every prompt is counted to fit the budget, and most of its parts (instructions, the question,
// its reference answer and key points) recur on every turn: their counts are kept.
const counted = new Map<string, number>();
const MAX_COUNTED = 5_000;

/** A cl100k token is at least one byte, so a text's UTF-8 length bounds its count from above. */
const fitsInBytes = (text: string, maxTokens: number) => text.length <= maxTokens && Buffer.byteLength(text, "utf8") <= maxTokens;

export function countTokens(text: string): number {
  const known = counted.get(text);
  if (known !== undefined) return known;
  const n = enc().encode(text).length;
  if (counted.size >= MAX_COUNTED) counted.delete(counted.keys().next().value!);
  counted.set(text, n);
  return n;
}

/** Counts a chat prompt the way OpenAI bills it: content plus ~4 tokens of framing per message. */
export function countMessageTokens(messages: { content: string }[]): number {
  return messages.reduce((sum, m) => sum + countTokens(m.content) + 4, 2);
}

/** Keeps the first `maxTokens` tokens of `text`, marking the cut so the model knows. */
export function clipToTokens(text: string, maxTokens: number): string {
  if (fitsInBytes(text, maxTokens)) return text;
  const tokens = enc().encode(text);
  if (tokens.length <= maxTokens) return text;
  return `${enc().decode(tokens.slice(0, Math.max(0, maxTokens - 3)))} […]`;
}

/**
 * Keeps the beginning and the end of `text` within `maxTokens` (a long answer's conclusion is
 * often where its key point is), marking the cut in the middle.
 */
export function clipMiddleToTokens(text: string, maxTokens: number): { text: string; shortened: boolean } {
  if (fitsInBytes(text, maxTokens)) return { text, shortened: false };
  const tokens = enc().encode(text);
  if (tokens.length <= maxTokens) return { text, shortened: false };
  const room = Math.max(2, maxTokens - 3);
  const head = Math.ceil(room * 0.6);
  return { text: `${enc().decode(tokens.slice(0, head))} […] ${enc().decode(tokens.slice(tokens.length - (room - head)))}`, shortened: true };
}
