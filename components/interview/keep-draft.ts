// Drafts live on the student's device (localStorage): a text answer's and a coding answer's alike.

/** Keeps `value` under `key`, or forgets it (null). Storage full or disabled: the draft still lives in memory. */
export function keepDraft(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    /* nothing more to do: the page keeps what was typed */
  }
}
