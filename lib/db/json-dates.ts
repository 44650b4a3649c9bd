// Timestamp columns read through SQL JSON (to_jsonb, row_to_json) come back as text without a
// zone; the app's columns hold UTC (as Prisma writes and reads them), so they are read as UTC.
export function utcFromJson(value: unknown): Date | null {
  if (value instanceof Date) return value;
  return typeof value === "string" ? new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`) : null;
}
