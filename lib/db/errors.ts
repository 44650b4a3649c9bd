import "server-only";
// Recognising database errors without leaking them: callers turn these into AppErrors.

export function isUniqueViolation(error: unknown, field?: string): boolean {
  const e = error as { code?: string; meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } };
  if (e?.code !== "P2002") return false;
  if (!field) return true;
  const target = e.meta?.target;
  const fields = Array.isArray(target) ? target : (e.meta?.driverAdapterError?.cause?.constraint?.fields ?? []);
  return fields.length === 0 || fields.some((f) => String(f).replace(/"/g, "") === field);
}
