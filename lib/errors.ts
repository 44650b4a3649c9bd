// One typed error for the whole app. Codes read "type:surface"; the type decides the
// HTTP status, the message is safe to show to the user. Internals are logged, never sent.

export type ErrorType =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limit"
  | "unavailable"
  | "internal";

export type Surface =
  | "session"
  | "auth"
  | "user"
  | "batch"
  | "enrollment"
  | "topic"
  | "question"
  | "interview"
  | "loop"
  | "turn"
  | "csv"
  | "document"
  | "speech"
  | "code"
  | "staff"
  | "assignment"
  | "resource"
  | "leaderboard"
  | "email"
  | "account"
  | "database"
  | "model"
  | "api";

export type ErrorCode = `${ErrorType}:${Surface}`;

const statusByType: Record<ErrorType, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limit: 429,
  unavailable: 503,
  internal: 500,
};

const defaultMessageByType: Record<ErrorType, string> = {
  bad_request: "The request was not valid. Check the fields and try again.",
  unauthorized: "You need to log in to do that.",
  forbidden: "You do not have access to this.",
  not_found: "We could not find what you asked for.",
  conflict: "This changed in the meantime. Reload and try again.",
  payload_too_large: "That is too large to upload.",
  unsupported_media_type: "Send the request as JSON (Content-Type: application/json).",
  rate_limit: "Too many attempts. Wait a few minutes and try again.",
  unavailable: "The service is temporarily unavailable. Try again shortly.",
  internal: "Something went wrong on our side. Try again; your input was kept.",
};

export class AppError extends Error {
  readonly type: ErrorType;
  readonly surface: Surface;
  readonly status: number;

  constructor(code: ErrorCode, message?: string, options?: { cause?: unknown }) {
    const [type, surface] = code.split(":") as [ErrorType, Surface];
    super(message ?? defaultMessageByType[type], options);
    this.name = "AppError";
    this.type = type;
    this.surface = surface;
    this.status = statusByType[type];
  }

  get code(): ErrorCode {
    return `${this.type}:${this.surface}`;
  }

  toJSON(): { code: ErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }

  toResponse(): Response {
    return Response.json(this.toJSON(), { status: this.status });
  }
}

/** Turns anything thrown into an AppError that is safe to show; logs what is not. */
export function toAppError(error: unknown, surface: Surface = "api"): AppError {
  if (error instanceof AppError) return error;
  console.error(`[${surface}] unexpected error`, error);
  return new AppError(`internal:${surface}`);
}
