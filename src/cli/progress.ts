// A progress bar on stderr for --pairs, drawn only when stderr is a terminal (never in a pipe
// or a log), redrawn at most ten times a second, erased when done.

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): boolean;
}

const REDRAW_MS = 100;

export class Progress {
  private lastDraw = 0;
  private drawn = false;
  readonly enabled: boolean;

  constructor(
    private readonly stream: ProgressStream,
    /** Total bytes; 0 when unknown. */
    private readonly total: number,
    private readonly now: () => number = Date.now,
  ) {
    this.enabled = Boolean(stream.isTTY);
  }

  /** Cheap to call for every line: draws only when enough time has passed. */
  update(bytes: number, lines: number): void {
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = t;
    this.draw(bytes, lines);
  }

  private draw(bytes: number, lines: number): void {
    const count = `${lines.toLocaleString('en-US')} lines`;
    let text: string;
    if (this.total > 0) {
      const ratio = Math.min(1, bytes / this.total);
      const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - count.length - 12));
      const full = Math.round(ratio * width);
      text = `[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ${count}`;
    } else {
      text = count;
    }
    this.stream.write(`\r${text}\x1b[K`);
    this.drawn = true;
  }

  /** Erases the bar so what follows starts on a clean line. */
  done(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
