import type { Endpoint } from 'payload'

/**
 * Payload's `POST /api/users/first-register` lets anyone create the first administrator of an
 * empty database. The first administrator comes from `npm run create-admin` instead; this
 * endpoint, declared before Payload's own, answers 403 always.
 */
export const refuseFirstRegister: Endpoint = {
  path: '/first-register',
  method: 'post',
  handler: () =>
    Response.json(
      {
        errors: [
          {
            message:
              'SEC-ADM: El registro del primer usuario está deshabilitado. El administrador se crea con «npm run create-admin».',
            data: { rule: 'SEC-ADM' },
          },
        ],
      },
      { status: 403 },
    ),
}
