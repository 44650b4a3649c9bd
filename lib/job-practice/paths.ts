// Where job practice's pages live (used by pages, components and the round source alike).
export const PRACTICE_PATH = "/practice";
export const DOCUMENTS_PATH = "/practice/documents";
export const NEW_LOOP_PATH = "/practice/loops/new";
export const loopPath = (loopId: string) => `/practice/loops/${loopId}`;
