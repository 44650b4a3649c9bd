// What an action answers with besides a message, for the components that show it.
import type { CsvPreview } from "@/lib/csv/questions";
import type { ImportPlacement } from "@/lib/db/queries/instructor";

/** The CSV import: the preview (nothing written yet), or what the import wrote and where. */
export type CsvImportData = { preview?: CsvPreview; committed?: { added: number; createdTopics: string[]; placed: ImportPlacement[] } };
