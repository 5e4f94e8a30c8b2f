// Writing to stdout as a stream: waits when the reader is slower (backpressure), batches small
// writes, and stops quietly when the reader goes away (`verso check ... | head`).
import type { Writable } from 'node:stream';

export type OutStream = Pick<Writable, 'write' | 'once' | 'on' | 'off'> & { isTTY?: boolean; columns?: number };

const BATCH = 64 * 1024;

export class Output {
  private buffer = '';
  /** True once the reader has gone away: stop producing. */
  closed = false;
  private failure: Error | null = null;
  private readonly onError = (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') this.closed = true;
    else this.failure = err;
  };

  constructor(private readonly stream: OutStream) {
    stream.on('error', this.onError);
  }

  /** Queues text; flushes when the batch is full. */
  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.closed || this.buffer === '') {
      this.buffer = '';
      return;
    }
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          resolve();
        };
        this.stream.once('drain', done);
        this.stream.once('error', done);
      });
    }
    if (this.failure) throw this.failure;
  }

  /** Flushes what is queued. The error listener stays, so a late EPIPE is never an uncaught error. */
  async end(): Promise<void> {
    await this.flush();
  }
}
