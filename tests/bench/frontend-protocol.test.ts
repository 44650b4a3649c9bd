// The frontend-protocol reader sees message headers however the bytes are split into chunks.
import { describe, expect, it } from "vitest";
import { FrontendReader } from "../../bench/support/frontend-protocol";

const untyped = (code: number, body = Buffer.alloc(0)) => {
  const b = Buffer.alloc(8);
  b.writeInt32BE(8 + body.length, 0);
  b.writeInt32BE(code, 4);
  return Buffer.concat([b, body]);
};
const typed = (type: string, body: Buffer) => {
  const b = Buffer.alloc(5);
  b.write(type, 0, "latin1");
  b.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([b, body]);
};

describe("FrontendReader", () => {
  const stream = Buffer.concat([
    untyped(80877103), // SSLRequest
    untyped(196608, Buffer.from("user\0postgres\0\0")),
    typed("p", Buffer.from("secret\0")),
    typed("Q", Buffer.from("SELECT 1\0")),
    typed("P", Buffer.alloc(40, 1)),
    typed("B", Buffer.alloc(12)),
    typed("E", Buffer.alloc(5)),
    typed("S", Buffer.alloc(0)),
  ]);
  const expected = ["startup", "startup", "p", "Q", "P", "B", "E", "S"];

  it("reads the messages from one chunk", () => {
    const seen: string[] = [];
    new FrontendReader().feed(stream, (m) => seen.push(m.type));
    expect(seen).toEqual(expected);
  });

  it("reads the same messages fed one byte at a time", () => {
    const seen: string[] = [];
    const reader = new FrontendReader();
    for (let i = 0; i < stream.length; i++) reader.feed(stream.subarray(i, i + 1), (m) => seen.push(m.type));
    expect(seen).toEqual(expected);
  });
});
