// The header that carries the TCP peer's address from the socket to route handlers and server
// actions (Next.js exposes no socket to them). Set on every request by socket-stamp.ts, which
// overwrites whatever a client sent under this name, so it can be trusted.
export const PEER_HEADER = "x-interview-practice-peer";
