import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { graphqlDepthLimit, MAX_GRAPHQL_DEPTH } from '@/http/graphqlDepthLimit'
import { capReadLimit, MAX_API_LIMIT } from '@/http/readLimits'

describe('capReadLimit: one API read returns at most MAX_API_LIMIT rows', () => {
  it.each([
    [{ limit: 0 }, { limit: MAX_API_LIMIT, pagination: true }],
    [{ pagination: false }, { limit: MAX_API_LIMIT, pagination: true }],
    [{ limit: 5, pagination: false }, { limit: MAX_API_LIMIT, pagination: true }],
    [{ limit: MAX_API_LIMIT + 1 }, { limit: MAX_API_LIMIT, pagination: true }],
    [{ limit: 1e9, pagination: true }, { limit: MAX_API_LIMIT, pagination: true }],
  ])('caps %j to %j', (asked, capped) => {
    expect(capReadLimit(asked)).toEqual(capped)
  })

  it.each([{}, { limit: 1 }, { limit: MAX_API_LIMIT }, { limit: 10, pagination: true }])('leaves %j alone', (asked) => {
    expect(capReadLimit(asked)).toBeNull()
  })
})

describe('graphqlDepthLimit', () => {
  const schema = buildSchema(`
    type Branch { id: Int name: String }
    type User { id: Int branch: Branch }
    type Party { id: Int assignedFirm: User }
    type Policy { id: Int holder: Party }
    type Policies { docs: [Policy] }
    type Query { Policies: Policies }
  `)
  const errorsOf = (query: string) => validate(schema, parse(query), [graphqlDepthLimit]).map((e) => e.message)

  it(`accepts ${MAX_GRAPHQL_DEPTH} levels and introspection`, () => {
    expect(errorsOf('{ Policies { docs { holder { assignedFirm { branch { name } } } } } }')).toEqual([])
    expect(errorsOf('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toEqual([])
  })

  it('counts the deepest branch (not the sum) and refuses one level more, also through fragments', () => {
    const message = `La consulta tiene 7 niveles de anidamiento; el máximo es ${MAX_GRAPHQL_DEPTH}.`
    expect(errorsOf('{ Policies { docs { holder { assignedFirm { branch { name } } } } } x: Policies { docs { id } } }')).toEqual([])
    expect(errorsOf('{ Policies { docs { ...p } } } fragment p on Policy { holder { ...h } } fragment h on Party { assignedFirm { branch { name } } }')).toEqual([])
    expect(
      errorsOf('query { a: Policies { docs { holder { ... on Party { assignedFirm { branch { name } } } } } } }'),
    ).toEqual([])
    const schemaDeeper = buildSchema(`
      type Branch { id: Int manager: User }
      type User { id: Int branch: Branch }
      type Query { user: User }
    `)
    const deep = validate(schemaDeeper, parse('{ user { branch { manager { branch { manager { branch { id } } } } } } }'), [graphqlDepthLimit])
    expect(deep.map((e) => e.message)).toEqual([message])
    const viaFragment = validate(
      schemaDeeper,
      parse('{ user { ...u } } fragment u on User { branch { manager { branch { manager { branch { id } } } } } }'),
      [graphqlDepthLimit],
    )
    expect(viaFragment.map((e) => e.message)).toEqual([message])
  })

  it('does not loop on a fragment that spreads itself', () => {
    const schemaDeeper = buildSchema('type User { id: Int friend: User } type Query { user: User }')
    const errors = validate(schemaDeeper, parse('{ user { ...f } } fragment f on User { friend { ...f } }'), [graphqlDepthLimit])
    // graphql's own NoFragmentCycles rule refuses the cycle; this rule only has to finish.
    expect(errors).toEqual([])
  })
})
