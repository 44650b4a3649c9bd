import { describe, expect, it, vi } from "vitest";
import { AppError, toAppError } from "@/lib/errors";

describe("AppError", () => {
  it("maps the code's type to an HTTP status and a safe JSON body", async () => {
    const cases: [ConstructorParameters<typeof AppError>[0], number][] = [
      ["bad_request:api", 400],
      ["unauthorized:session", 401],
      ["forbidden:batch", 403],
      ["not_found:interview", 404],
      ["conflict:turn", 409],
      ["payload_too_large:csv", 413],
      ["unsupported_media_type:api", 415],
      ["rate_limit:auth", 429],
      ["unavailable:model", 503],
    ];
    for (const [code, status] of cases) {
      const res = new AppError(code).toResponse();
      expect(res.status).toBe(status);
      const body = (await res.json()) as { code: string; message: string };
      expect(body.code).toBe(code);
      expect(body.message.length).toBeGreaterThan(10);
    }
  });

  it("hides unexpected errors behind a generic internal error and logs them", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const e = toAppError(new Error('relation "User" does not exist at /srv/app.js:12'), "database");
    expect(e.status).toBe(500);
    expect(e.message).not.toMatch(/relation|app\.js/);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
