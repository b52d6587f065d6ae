/**
 * The progress bar on standard error: files done out of the total, files per second, and
 * the time left. Drawn only on a terminal (and not with `--quiet`); at most ten times a
 * second, so that drawing never costs more than the work it reports.
 *
 * ```
 * [████████░░░░░░░░░░░░]  4210/10000  42%  1890 files/s  ETA 0:03
 * ```
 */

/** What a progress bar needs from a stream: the standard error of a terminal. */
export interface ProgressStream {
  write(text: string): unknown
  columns?: number
}

/** A progress bar that can step aside for other output on the same terminal. */
export interface Progress {
  /** `done` files of the total are finished. */
  update(done: number): void
  /** Remove the bar (before writing to the same terminal). */
  clear(): void
  /** Draw it again after a `clear`. */
  redraw(): void
  /** Remove it for good. */
  finish(): void
}

const BAR_WIDTH = 20
const INTERVAL_MS = 100

/** `m:ss`, or `h:mm:ss` from an hour up. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds))
  const hours = Math.floor(whole / 3600)
  const minutes = Math.floor((whole % 3600) / 60)
  const rest = String(whole % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`
}

/** The bar's line for `done` of `total` after `elapsed` seconds. */
export function progressLine(done: number, total: number, elapsed: number, label = 'files'): string {
  const share = total === 0 ? 1 : done / total
  const filled = Math.round(share * BAR_WIDTH)
  const rate = elapsed > 0 ? done / elapsed : 0
  const eta = rate > 0 ? formatDuration((total - done) / rate) : '?'
  const bar = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}]`
  return `${bar}  ${done}/${total}  ${Math.floor(share * 100)}%  ${Math.round(rate)} ${label}/s  ETA ${eta}`
}

/** A bar that draws nothing: not a terminal, or `--quiet`. */
export const silentProgress: Progress = { update() {}, clear() {}, redraw() {}, finish() {} }

/** A progress bar over `total` items on `stream`, timed by `now` (milliseconds). */
export function createProgress(stream: ProgressStream, total: number, now: () => number = () => performance.now(), label = 'files'): Progress {
  const started = now()
  let done = 0
  let drawnAt = -Infinity
  let visible = false
  let finished = false

  const draw = () => {
    drawnAt = now()
    let line = progressLine(done, total, (drawnAt - started) / 1000, label)
    // Never wrap: a wrapped bar cannot be redrawn in place. (A terminal of unknown size says 0.)
    if (stream.columns !== undefined && stream.columns > 0 && line.length >= stream.columns) line = line.slice(0, stream.columns - 1)
    stream.write(`\r${line}\u001B[K`)
    visible = true
  }
  const clear = () => {
    if (visible) stream.write('\r\u001B[K')
    visible = false
  }
  return {
    update(count) {
      done = count
      if (!finished && now() - drawnAt >= INTERVAL_MS) draw()
    },
    clear,
    redraw() {
      if (!finished) draw()
    },
    finish() {
      clear()
      finished = true
    },
  }
}
