// The mail server the app sends to during the browser tests: a real SMTP server on loopback
// (tests/support/smtp-sink.ts), started by Playwright beside the app. Specs read what arrived
// over HTTP: GET /messages (newest last), GET /health.
import { createServer } from "node:http";
import { SmtpSink } from "../support/smtp-sink";

const smtpPort = Number(process.env.E2E_SMTP_PORT);
const httpPort = Number(process.env.E2E_SMTP_HTTP_PORT);

if (smtpPort && httpPort) {
  const sink = await new SmtpSink().start(smtpPort);
  const http = createServer((req, res) => {
    if (req.url === "/messages") {
      const list = sink.messages.map(({ raw: _raw, ...m }) => m);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(list));
    } else if (req.url === "/health") res.writeHead(200).end("ok");
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => http.listen(httpPort, "127.0.0.1", resolve));
  console.log(`[fake smtp] SMTP on 127.0.0.1:${smtpPort}, messages on http://127.0.0.1:${httpPort}/messages`);
  const stop = () => void Promise.all([sink.stop(), new Promise((r) => http.close(r))]).then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
