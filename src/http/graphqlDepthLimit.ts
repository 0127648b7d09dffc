import { createRequire } from 'module'

import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql'

/**
 * Nesting of a GraphQL query allowed: `Policies { docs { holder { assignedFirm { branch { name } } } } }`
 * is 6 levels: three relationships below a document, or two inside an array or group
 * (REST populates two: `maxDepth: 2`).
 */
export const MAX_GRAPHQL_DEPTH = 6

const depthOf = (
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number => {
  if (!set) return 0
  let deepest = 0
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection (__schema, __type) is as deep as the type system, not the data.
      if (selection.name.value.startsWith('__')) continue
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen))
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen))
    } else {
      const name = selection.name.value
      const fragment = fragments[name]
      if (!fragment || seen.has(name)) continue
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, name])))
    }
  }
  return deepest
}

// graphql ships CommonJS and ES module builds; the HTTP layer (graphql-http, CommonJS) recognises
// only errors of its own build, so the error is made with the class of the build validating the query.
const commonJsGraphql = createRequire(import.meta.url)('graphql') as typeof import('graphql')
const errorClassFor = (context: ValidationContext): typeof GraphQLError =>
  context instanceof commonJsGraphql.ValidationContext ? commonJsGraphql.GraphQLError : GraphQLError

/** A GraphQL validation rule: queries nested deeper than MAX_GRAPHQL_DEPTH are refused before running. */
export const graphqlDepthLimit = (context: ValidationContext): ASTVisitor => {
  const document = context.getDocument()
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  )
  return {
    OperationDefinition(operation) {
      const depth = depthOf(operation.selectionSet, fragments, new Set())
      if (depth > MAX_GRAPHQL_DEPTH) {
        context.reportError(
          new (errorClassFor(context))(
            `La consulta tiene ${depth} niveles de anidamiento; el máximo es ${MAX_GRAPHQL_DEPTH}.`,
            { nodes: [operation] },
          ),
        )
      }
    },
  }
}
