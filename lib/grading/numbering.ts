// How questions are numbered for people: main questions 1…n, a follow-up as a lettered sub-item
// of the question it follows ("2a"), so a transcript reads "1, 2, 2a, 3", never "1, 2, Follow-up, 4".

export function questionLabels(turns: { kind: "MAIN" | "FOLLOW_UP" }[]): string[] {
  let main = 0;
  let sub = 0;
  return turns.map((t) => {
    if (t.kind === "MAIN" || main === 0) {
      main++;
      sub = 0;
      return String(main);
    }
    sub++;
    return `${main}${String.fromCharCode(96 + Math.min(sub, 26))}`;
  });
}

/** "Question 2", "Follow-up 2a". */
export function questionHeading(kind: "MAIN" | "FOLLOW_UP", label: string): string {
  return kind === "FOLLOW_UP" ? `Follow-up ${label}` : `Question ${label}`;
}
