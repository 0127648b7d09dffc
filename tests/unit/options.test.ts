import { describe, expect, it } from 'vitest'

import { CASE_EVENT_KIND, CASE_EVENT_KINDS } from '@/rules/cases/caseOptions'
import { closedList } from '@/rules/options'

describe('closed lists (src/rules/options.ts)', () => {
  it('R-COB-17 a closed list gives its stored values by key and its select options, labelled, in the order declared', () => {
    const { values, options } = closedList({ first: ['UNO', 'Primero'], second: ['DOS', 'Segundo'] })
    expect(values).toEqual({ first: 'UNO', second: 'DOS' })
    expect(options).toEqual([
      { label: 'Primero', value: 'UNO' },
      { label: 'Segundo', value: 'DOS' },
    ])
    // The case file's event kinds: every key's value is one of the options, in the same order.
    expect(CASE_EVENT_KINDS.map((o) => o.value)).toEqual(Object.values(CASE_EVENT_KIND))
  })
})
