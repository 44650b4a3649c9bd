/** "1 question", "3 questions": a count with its noun, for every count the app shows. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
