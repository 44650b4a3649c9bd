// npm run admin -- <command> [--email …] [--name …] [--password …]   (see `npm run admin -- help`)
import "./load-env";
import { parseArgs } from "node:util";
import { COMMANDS, CommandError, HELP, UsageError } from "../lib/admin/commands";
import { closeDb, getOpenDb } from "../lib/db/client";

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${HELP}`);
    return 2;
  }
  const [command, ...extra] = parsed.positionals;
  if (!command || command === "help" || parsed.values.help) {
    console.log(HELP);
    return command && command !== "help" ? 2 : 0;
  }
  const run = (COMMANDS as Record<string, ((o: typeof parsed.values) => Promise<string[]>) | undefined>)[command];
  if (!run || extra.length > 0) {
    console.error(`${run ? `Unexpected argument: ${extra[0]}` : `Unknown command: ${command}`}\n\n${HELP}`);
    return 2;
  }
  try {
    const db = await getOpenDb();
    await db.migrate();
    for (const line of await run(parsed.values)) console.log(line);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\nRun \`npm run admin -- help\` for the commands and their options.`);
      return 2;
    }
    console.error(error instanceof CommandError || error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await closeDb().catch(() => {});
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { email: { type: "string" }, name: { type: "string" }, password: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
}

main(process.argv.slice(2)).then((code) => process.exit(code));
