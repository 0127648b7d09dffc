import type { CollectionBeforeOperationHook } from 'payload'

/**
 * R-NOT-03: Payload's forgot-password keeps its own token logic, but its e-mail would go straight
 * to the mail server, unrecorded and lost if the server is down. This hook turns Payload's send off
 * (`disableEmail`) and marks the request, so queuePasswordResetMail queues the reset mail with the
 * token instead. A caller that already turned the e-mail off (a script that wants the token) gets none.
 */
export const sendPasswordResetThroughQueue: CollectionBeforeOperationHook<'users'> = ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const forgot = args as { disableEmail?: boolean }
  if (forgot.disableEmail) return args
  req.context.passwordResetMail = true
  return { ...args, disableEmail: true }
}
