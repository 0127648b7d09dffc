import { describe, expect, it } from 'vitest'

import { claimableMessage, claimUntil, failureReason, messageIdHeader, SENDING_CLAIM_MS } from '@/rules/email/messageDelivery'

describe('R-NOT-03 delivery of one message', () => {
  it('R-NOT-03 a worker may claim a message that is not sent and not held by another worker', () => {
    const now = new Date('2026-12-01T10:00:00.000Z')
    expect(claimableMessage(7, now)).toEqual({
      and: [
        { id: { equals: 7 } },
        { status: { not_equals: 'SENT' } },
        { or: [{ sendingUntil: { exists: false } }, { sendingUntil: { less_than: '2026-12-01T10:00:00.000Z' } }] },
      ],
    })
    expect(new Date(claimUntil(now)).getTime() - now.getTime()).toBe(SENDING_CLAIM_MS)
  })

  it("R-NOT-03 the failure reason is the server's code and answer, shortened for staff", () => {
    expect(failureReason(Object.assign(new Error('Message failed'), { responseCode: 451, response: '451 Servicio no disponible temporalmente' }))).toBe(
      '451 Servicio no disponible temporalmente',
    )
    expect(failureReason(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2525'), { code: 'ESOCKET' }))).toBe('ESOCKET connect ECONNREFUSED 127.0.0.1:2525')
    expect(failureReason('x'.repeat(900))).toHaveLength(500)
  })

  it('R-NOT-03 every attempt of a message carries the same Message-ID, on the sender domain', () => {
    expect(messageIdHeader(42, 'cartera@aseguradora.local')).toBe('<correo-42@aseguradora.local>')
    expect(messageIdHeader(42, 'cartera@aseguradora.local')).toBe(messageIdHeader(42, 'cartera@aseguradora.local'))
  })
})
