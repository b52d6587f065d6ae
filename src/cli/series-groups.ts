/**
 * The grouping of `--series`, on the main thread: which files belong to one organ.
 */

/** Files of the first pass that have an organ: their index in the input list. */
export interface SeriesMember {
  organ: string
  index: number
}

/** The organs with two reports or more, in order of first appearance, with their members. */
export function groupSeries(members: readonly SeriesMember[]): [string, number[]][] {
  const groups = new Map<string, number[]>()
  for (const { organ, index } of members) {
    const group = groups.get(organ)
    if (group === undefined) groups.set(organ, [index])
    else group.push(index)
  }
  return [...groups].filter(([, indexes]) => indexes.length > 1)
}
