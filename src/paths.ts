/**
 * Reading and writing the model by flat key (`applications.newRequests.person`).
 */

/** The value at `key` in `object`, or `undefined` when any step is missing. */
export function getPath(object: unknown, key: string): unknown {
  let current: unknown = object
  for (const part of keySegments(key)) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[part]
  }
  return current
}

const segments = new Map<string, readonly string[]>()

/** `key` split at its dots, cached: the same keys are written for every report. */
export function keySegments(key: string): readonly string[] {
  let parts = segments.get(key)
  if (parts === undefined) {
    parts = key.split('.')
    segments.set(key, parts)
  }
  return parts
}

/** Set `key` in `object`, creating the objects on the way. */
export function setPath(object: Record<string, unknown>, key: string, value: unknown): void {
  const parts = keySegments(key)
  let current = object
  for (let index = 0; index < parts.length - 1; index++) {
    const part = parts[index] as string
    let next = current[part]
    if (next === null || typeof next !== 'object') {
      next = {}
      current[part] = next
    }
    current = next as Record<string, unknown>
  }
  current[parts[parts.length - 1] as string] = value
}
