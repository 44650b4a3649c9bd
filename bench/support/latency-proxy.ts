// A loopback TCP proxy in front of PostgreSQL that adds a fixed one-way delay to every chunk
// in each direction (so one round trip costs 2·N ms more, like a database across a network)
// and counts, from the client → server stream, what the app really asks of the database:
//   statements  — simple-protocol Query ('Q') + extended-protocol Execute ('E') messages;
//   round trips — client "flights": a flight starts when the client sends a message after
//                 the server last sent data. The connection handshake (startup, SSL request,
//                 password/SASL messages) and Terminate are not counted; connections are.
// Benches diff snapshot() before and after an operation.
import { createServer, type Server, type Socket, connect } from "node:net";
import { DelayedPipe } from "./delayed-pipe";
import { FrontendReader } from "./frontend-protocol";

export type TrafficCounts = { connections: number; roundTrips: number; statements: number };
export type ProxySnapshot = TrafficCounts & { perConnection: TrafficCounts[] };

/** Messages that belong to opening or closing a connection, not to the app's queries. */
const NOT_QUERY_TRAFFIC = new Set(["startup", "p", "X"]);

export const ZERO: TrafficCounts = { connections: 0, roundTrips: 0, statements: 0 };

export function diffCounts(after: TrafficCounts, before: TrafficCounts): TrafficCounts {
  return {
    connections: after.connections - before.connections,
    roundTrips: after.roundTrips - before.roundTrips,
    statements: after.statements - before.statements,
  };
}

export class LatencyProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private readonly connections: TrafficCounts[] = [];
  private readonly pipes: DelayedPipe[] = [];
  port = 0;

  constructor(
    private readonly target: { host: string; port: number },
    readonly delayMs: number,
  ) {}

  /** Listens on 127.0.0.1 at a free port (only loopback: this is a bench tool). */
  async start(): Promise<this> {
    const server = createServer((client) => this.accept(client));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    this.server = server;
    this.port = (server.address() as { port: number }).port;
    return this;
  }

  /** A copy of a postgres:// URL with host and port replaced by the proxy's. */
  urlFor(databaseUrl: string): string {
    const url = new URL(databaseUrl);
    url.hostname = "127.0.0.1";
    url.port = String(this.port);
    return url.toString();
  }

  snapshot(): ProxySnapshot {
    const total = { ...ZERO };
    for (const c of this.connections) {
      total.roundTrips += c.roundTrips;
      total.statements += c.statements;
    }
    return { ...total, connections: this.connections.length, perConnection: this.connections.map((c) => ({ ...c })) };
  }

  /** The one-way delay really added, mean over delivered chunks (≥ delayMs: timers fire late). */
  measuredDelayMs(): number {
    let chunks = 0;
    let waited = 0;
    for (const p of this.pipes) {
      chunks += p.delivered.chunks;
      waited += p.delivered.waitedMs;
    }
    return chunks ? waited / chunks : this.delayMs;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    const counts: TrafficCounts = { connections: 1, roundTrips: 0, statements: 0 };
    this.connections.push(counts);
    const upstream = connect(this.target.port, this.target.host);
    for (const s of [client, upstream]) {
      s.setNoDelay(true);
      this.sockets.add(s);
      s.once("close", () => this.sockets.delete(s));
    }
    const toServer = new DelayedPipe(upstream, this.delayMs);
    const toClient = new DelayedPipe(client, this.delayMs);
    this.pipes.push(toServer, toClient);
    const reader = new FrontendReader();
    // True when the server spoke last (or nobody has spoken): the client's next message opens a flight.
    let clientsTurn = true;

    client.on("data", (chunk: Buffer) => {
      reader.feed(chunk, (message) => {
        if (NOT_QUERY_TRAFFIC.has(message.type)) return;
        if (message.type === "Q" || message.type === "E") counts.statements++;
        if (clientsTurn) counts.roundTrips++;
        clientsTurn = false;
      });
      clientsTurn = false;
      toServer.push(chunk);
    });
    upstream.on("data", (chunk: Buffer) => {
      clientsTurn = true;
      toClient.push(chunk);
    });
    client.on("end", () => toServer.end());
    upstream.on("end", () => toClient.end());
    const teardown = () => {
      toServer.cancel();
      toClient.cancel();
      client.destroy();
      upstream.destroy();
    };
    client.on("error", teardown);
    upstream.on("error", teardown);
  }
}
