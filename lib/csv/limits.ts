// Upload limits, in their own module so the browser can check a file before sending it.
export const MAX_CSV_BYTES = 2 * 1024 * 1024;

export function tooLargeMessage(bytes: number): string {
  return `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is 2 MB. Split it into smaller files.`;
}

/**
 * How long the server may spend reading one uploaded file. A normal 2 MB bank takes tens of
 * milliseconds; the cap only stops a hostile or broken file from holding the server.
 */
export const CSV_PARSE_BUDGET_MS = 2000;
