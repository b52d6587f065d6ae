/**
 * Regrouping values that reached the text out of order.
 *
 * Table 四 is three groups of five cells, each group's last cell the sum of the other four.
 * A multi-row header can scramble the reading order of its values (`pdftotext` without
 * `-layout` gave `72 64 178 37 | 12 1 1 6 | 351 | 13 4 8 1 26 | 20` for
 * 复议 72 64 178 37 351 · 直诉 13 4 8 1 26 · 复议后 12 1 1 6 20). When the values taken in
 * order do not balance, this looks for the ways to deal them into groups that do:
 *
 * - values with no label between them (a *run*) are neighbouring cells of one group, unless
 *   that group is complete, in which case the rest of the run opens or continues another;
 * - within a group, values keep their reading order (cells left to right);
 * - a complete group must satisfy its identity.
 *
 * Only a unique grouping is used. The groups are then matched to the template's rows in
 * the order their last cells (the totals) appear in the text: that order survives every
 * reading order seen, row-major text and scrambled headers alike.
 */

/** Search steps allowed; beyond them the grouping is not attempted. */
const BUDGET = 100_000

/**
 * Deal `count` values into `groups` groups of `size`. `breaks[i]` is true when a label
 * stands between value `i - 1` and value `i`. `balances(indexes)` checks a complete group;
 * `valueOf(index)` gives a value, so that groupings which differ only by swapping equal
 * values count as one. Returns the groups (value indexes, in template order), or `null`
 * when no grouping, or more than one giving different numbers, exists.
 */
export function regroup(
  count: number,
  breaks: readonly boolean[],
  groups: number,
  size: number,
  balances: (indexes: readonly number[]) => boolean,
  valueOf: (index: number) => number | null,
): number[][] | null {
  if (count !== groups * size) return null
  const deal = new Deal(count, breaks, groups, size, balances, valueOf)
  dealFrom(deal, 0, -1)
  if (deal.aborted || deal.found.size !== 1) return null
  const [only] = deal.found.values()
  return only as number[][]
}

/** The state of one {@link regroup}, walked by a module-level function (see `SplitWalk` in `split.ts`). */
class Deal {
  /** The groups so far, as value indexes. */
  readonly dealt: number[][] = []
  /** The groupings found, by the numbers they give. */
  readonly found = new Map<string, number[][]>()
  steps = 0
  aborted = false

  constructor(
    readonly count: number,
    readonly breaks: readonly boolean[],
    readonly groups: number,
    readonly size: number,
    readonly balances: (indexes: readonly number[]) => boolean,
    readonly valueOf: (index: number) => number | null,
  ) {}
}

/** Deal value `value` and those after it; `current` is the group the run in progress feeds, or -1 at a run's start. */
function dealFrom(deal: Deal, value: number, current: number): void {
  if (deal.aborted || deal.found.size > 1) return
  if (++deal.steps > BUDGET) {
    deal.aborted = true
    return
  }
  const { dealt, size } = deal
  if (value === deal.count) {
    // Keyed by the numbers each row would get: the groups in order of their totals.
    const ordered = dealt.map((group) => [...group]).sort((a, b) => (a[size - 1] as number) - (b[size - 1] as number))
    deal.found.set(ordered.map((group) => group.map(deal.valueOf).join(',')).join('|'), ordered)
    return
  }
  const continuing = current >= 0 && !deal.breaks[value] && (dealt[current] as number[]).length < size
  const choices = continuing ? [current] : openGroups(dealt, size, deal.groups)
  for (const target of choices) {
    if (target === dealt.length) dealt.push([])
    const group = dealt[target] as number[]
    group.push(value)
    if (group.length < size || deal.balances(group)) dealFrom(deal, value + 1, target)
    group.pop()
    if (group.length === 0 && target === dealt.length - 1) dealt.pop()
    if (deal.aborted) return
  }
}

/** Groups a new run may feed: those not yet full, and one new group while allowed. */
function openGroups(dealt: readonly number[][], size: number, groups: number): number[] {
  const open: number[] = []
  dealt.forEach((group, index) => {
    if (group.length < size) open.push(index)
  })
  if (dealt.length < groups) open.push(dealt.length)
  return open
}
