// How to ask an OpenAI-compatible endpoint for JSON. `json_schema` constrains the reply to
// our schema where supported (OpenAI, vLLM, llama.cpp, Ollama); `json_object` only promises
// JSON; `prompt` relies on the instructions alone. LLM_JSON_MODE picks one; "auto" starts
// at json_schema and steps down, once per process, when the endpoint rejects it.
import { z } from "zod";

export const JSON_MODES = ["json_schema", "json_object", "prompt"] as const;
export type JsonMode = (typeof JSON_MODES)[number];
export type JsonModeState = { mode: JsonMode /** set by configuration: never step down */; fixed: boolean };

export function jsonModeState(setting: JsonMode | "auto"): JsonModeState {
  return setting === "auto" ? { mode: "json_schema", fixed: false } : { mode: setting, fixed: true };
}

/** Steps down to the next mode; false when there is nothing lower (or the mode is fixed). */
export function downgradeJsonMode(state: JsonModeState): boolean {
  const next = JSON_MODES[JSON_MODES.indexOf(state.mode) + 1];
  if (state.fixed || !next) return false;
  console.warn(`[model] the endpoint rejected response_format ${state.mode}; using ${next} from now on`);
  state.mode = next;
  return true;
}

const schemas = new WeakMap<z.ZodType, unknown>();

function jsonSchemaOf(schema: z.ZodType): unknown {
  let json = schemas.get(schema);
  if (!json) {
    json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
    schemas.set(schema, json);
  }
  return json;
}

export function responseFormatFor(state: JsonModeState, name: string, schema: z.ZodType): Record<string, unknown> | undefined {
  if (state.mode === "json_object") return { type: "json_object" };
  if (state.mode === "json_schema") return { type: "json_schema", json_schema: { name, schema: jsonSchemaOf(schema), strict: false } };
  return undefined;
}
