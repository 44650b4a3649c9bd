/** "1 topic", "3 topics": a count with its noun, so the UI never says "1 questions". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
