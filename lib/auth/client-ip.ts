// The right-most X-Forwarded-For entry is the one added by the nearest proxy (or Next.js
// itself); the left-most can be typed by anyone, so it is never used for rate limits.
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).pop();
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}
