// Buffered, synchronous writes to a file descriptor: the interpreter runs
// synchronously, so output must reach the fd before a blocking sleep or exit.

import { writeSync } from "node:fs";
import type { Output } from "../runtime/interpreter.js";

export class FdOutput implements Output {
  private chunks: string[] = [];
  private size = 0;
  constructor(
    private readonly fd: number,
    readonly isatty: boolean,
    /** Flush after every write (stderr, and stdout on a terminal). */
    private readonly unbuffered: boolean,
  ) {}

  write(text: string): void {
    if (text.length === 0) return;
    this.chunks.push(text);
    this.size += text.length;
    if (this.unbuffered || this.size > 1 << 16) this.flush();
  }

  flush(): void {
    if (this.chunks.length === 0) return;
    const data = Buffer.from(this.chunks.join(""), "utf8");
    this.chunks = [];
    this.size = 0;
    let off = 0;
    while (off < data.length) {
      try {
        off += writeSync(this.fd, data, off, data.length - off);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EAGAIN") continue;
        if (code === "EPIPE") return;
        throw e;
      }
    }
  }
}
