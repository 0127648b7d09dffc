/**
 * A small seeded PRNG (mulberry32) so the demo is the same on every start: only the dates
 * move, because they are computed relative to "today" in Bogotá.
 */
export type Random = {
  /** A float in [0, 1). */
  next: () => number
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number
  chance: (probability: number) => boolean
  pick: <T>(items: readonly T[]) => T
  /** Picks a value by weight: `[[value, weight], …]`. */
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T
  /** A shuffled copy (Fisher–Yates). */
  shuffle: <T>(items: readonly T[]) => T[]
  /** `length` random decimal digits (the first may be 0). */
  digits: (length: number) => string
}

const mulberry32 = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

export const createRandom = (seed: number): Random => {
  const next = mulberry32(seed)
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('No se puede elegir de una lista vacía.')
    return items[int(0, items.length - 1)]!
  }
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
      let ticket = next() * total
      for (const [value, weight] of entries) {
        ticket -= weight
        if (ticket < 0) return value
      }
      return entries[entries.length - 1]![0]
    },
    shuffle: (items) => {
      const copy = [...items]
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i)
        ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
      }
      return copy
    },
    digits: (length) => Array.from({ length }, () => String(int(0, 9))).join(''),
  }
}

/** Independent streams per concern, so adding a party does not reshuffle every policy. */
export const SEEDS = { parties: 20_260_101, policies: 20_260_202, flags: 20_260_303, certificates: 20_260_404 } as const
