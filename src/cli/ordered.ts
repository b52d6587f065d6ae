/**
 * Run tasks concurrently, deliver their results in order.
 *
 * A reorder buffer with a bounded window: task `i` starts only once every result before
 * `i - window` has been delivered, so however many tasks there are, at most `window`
 * results wait in memory, and a slow task holds the others back instead of letting the
 * buffer grow. `deliver` may return a promise (a write waiting for the stream to drain);
 * no result is delivered before the previous delivery has finished.
 */

/** Run `run` over `items`, at most `window` ahead of the next delivery; deliver in order. */
export function runOrdered<Item, Result>(
  items: readonly Item[],
  run: (item: Item, index: number) => Promise<Result>,
  window: number,
  deliver: (result: Result, index: number) => Promise<void> | void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const ready = new Map<number, Result>()
    let next = 0
    let started = 0
    let delivering = false
    let failed = false

    const fail = (error: unknown) => {
      if (failed) return
      failed = true
      reject(error instanceof Error ? error : new Error(String(error)))
    }

    const start = () => {
      while (!failed && started < items.length && started < next + window) {
        const index = started++
        run(items[index] as Item, index).then((result) => {
          ready.set(index, result)
          void flush()
        }, fail)
      }
      if (!failed && next === items.length) resolve()
    }

    const flush = async () => {
      if (delivering) return
      delivering = true
      try {
        while (!failed && ready.has(next)) {
          const result = ready.get(next) as Result
          ready.delete(next)
          await deliver(result, next)
          next++
          start()
        }
      } catch (error) {
        fail(error)
      }
      delivering = false
    }

    start()
  })
}
