// Runs once per Node.js server process (instrumentation.ts), before any request is handled.
// Two things only the socket layer can do under `next start`:
//  1. record the real TCP peer address in PEER_HEADER — Next only fills X-Forwarded-For when
//     the client did not send one, so that header alone cannot tell a client from a proxy;
//  2. give every response baseline security headers, including the ones Next writes before any
//     of our code runs (404s for unknown files, 400/500 for URLs it cannot decode).
// Headers a route, next.config or proxy.ts set themselves win: baseline fills only gaps.
import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import { PEER_HEADER } from "./peer-header";

const INSTALLED = Symbol.for("interview-practice.socket-stamp");

type Baseline = Record<string, string>;

export function stampRequest(req: IncomingMessage, res: ServerResponse, baseline: Baseline): void {
  // Always overwritten: a client-sent header of this name never survives.
  req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "";
  const writeHead = res.writeHead;
  // res.end() without writeHead goes through writeHead too (Node's implicit header), so this
  // sees every response, whoever writes it.
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    if (!this.headersSent) {
      for (const [name, value] of Object.entries(baseline)) if (!this.hasHeader(name)) this.setHeader(name, value);
    }
    return writeHead.apply(this, args);
  } as ServerResponse["writeHead"];
}

export function installSocketStamp(baseline: Baseline): void {
  const proto = Server.prototype as Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") stampRequest(args[0] as IncomingMessage, args[1] as ServerResponse, baseline);
    return emit.apply(this, [event, ...args] as Parameters<Server["emit"]>);
  } as Server["emit"];
}
