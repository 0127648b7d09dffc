import { describe, expect, it } from 'vitest'

import { assertAttachmentsReadable } from '@/rules/attachments'
import { assertBrokerUpdatesById } from '@/rules/requests/brokerRequestChange'
import { assertClientIdTypeGiven, assertClientOfClave } from '@/rules/requests/clientLookup'
import { violationOf } from '../helpers/violationOf'

describe('R-REQ-02 the client of a request', () => {
  it('R-REQ-02 the ID type is required, refused on its field', () => {
    expect(() => assertClientIdTypeGiven('CC')).not.toThrow()
    expect(violationOf(() => assertClientIdTypeGiven(null))).toMatchObject({ ruleId: 'R-REQ-02', status: 400, path: 'clientIdType' })
  })

  it('R-REQ-02 a client outside the clave reads DATOS NO ENCONTRADOS, on the ID number', () => {
    const input = { idType: 'CC', idNumber: '123', clave: 'K-1' }
    expect(() => assertClientOfClave({ ...input, found: true })).not.toThrow()
    expect(violationOf(() => assertClientOfClave({ ...input, found: false }))).toMatchObject({
      ruleId: 'R-REQ-02',
      status: 400,
      path: 'clientIdNumber',
      message: 'DATOS NO ENCONTRADOS: el cliente CC 123 no está asociado a la clave K-1.',
    })
  })
})

describe('R-REQ-04 attachments of a request', () => {
  it('R-REQ-04 every added document must be readable by the user', () => {
    expect(() => assertAttachmentsReadable({ added: 2, readable: 2 })).not.toThrow()
    expect(violationOf(() => assertAttachmentsReadable({ added: 2, readable: 1 }))).toMatchObject({ ruleId: 'R-REQ-04', status: 403 })
  })
})

describe('R-REQ-07 an intermediary updates by id', () => {
  it('R-REQ-07 an update without an id (by where) is refused', () => {
    expect(() => assertBrokerUpdatesById(7)).not.toThrow()
    expect(violationOf(() => assertBrokerUpdatesById(undefined))).toMatchObject({ ruleId: 'R-REQ-07', status: 403 })
  })
})
