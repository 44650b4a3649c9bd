// An incremental reader of the PostgreSQL frontend protocol (client → server bytes), for
// counting what a client sends without buffering whole messages: the first packet(s) of a
// connection have no type byte (SSLRequest, GSSENCRequest, StartupMessage: int32 length +
// int32 code), every later message is 1 type byte + int32 length (which counts itself).
// Only message headers are looked at; bodies are skipped as they stream past.

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

export type FrontendMessage = { type: string } | { type: "startup"; code: number };

export class FrontendReader {
  private startupPhase = true;
  private header = Buffer.alloc(8);
  private headerBytes = 0;
  private skip = 0;

  /** Feeds one chunk; calls onMessage once per message whose header completed in it. */
  feed(chunk: Buffer, onMessage: (message: FrontendMessage) => void): void {
    let pos = 0;
    while (pos < chunk.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - pos);
        this.skip -= n;
        pos += n;
        continue;
      }
      const need = this.startupPhase ? 8 : 5;
      const n = Math.min(need - this.headerBytes, chunk.length - pos);
      chunk.copy(this.header, this.headerBytes, pos, pos + n);
      this.headerBytes += n;
      pos += n;
      if (this.headerBytes < need) break;
      this.headerBytes = 0;
      if (this.startupPhase) {
        const length = this.header.readInt32BE(0);
        const code = this.header.readInt32BE(4);
        this.skip = Math.max(0, length - 8);
        // After an SSL/GSS request the client sends another untyped packet (we never
        // negotiate encryption on loopback, so it is the StartupMessage in clear).
        if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) this.startupPhase = false;
        onMessage({ type: "startup", code });
      } else {
        const type = String.fromCharCode(this.header[0]!);
        this.skip = Math.max(0, this.header.readInt32BE(1) - 4);
        onMessage({ type });
      }
    }
  }
}
