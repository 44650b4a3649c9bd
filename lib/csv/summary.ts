// What an import did, in words: how many questions went into which topic. One line that
// names every topic that got rows, so nobody reads "Imported 174 into X" while X got none.
export type Placement = { topic: string; added: number; created: boolean };

const questions = (n: number) => `${n.toLocaleString("en")} question${n === 1 ? "" : "s"}`;

export function importSummary(placed: Placement[]): string {
  const total = placed.reduce((sum, p) => sum + p.added, 0);
  const created = placed.filter((p) => p.created);
  const lockedNote = created.length
    ? ` New topic${created.length === 1 ? "" : "s"} (${created.map((p) => p.topic).join(", ")}) stay${created.length === 1 ? "s" : ""} locked until you unlock ${created.length === 1 ? "it" : "them"} on the Topics page.`
    : "";
  if (placed.length === 1) return `Imported ${questions(total)} into ${placed[0]!.topic}.${lockedNote}`;
  const parts = placed.map((p) => `${p.topic} ${p.added.toLocaleString("en")}`);
  return `Imported ${questions(total)} into ${placed.length} topics: ${parts.join(", ")}.${lockedNote}`;
}
