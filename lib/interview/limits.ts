/** Long enough for a thorough spoken-style answer; anything longer is almost certainly a paste accident. */
export const MAX_ANSWER_CHARS = 10_000;
