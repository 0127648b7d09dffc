import { describe, expect, it } from 'vitest'

import { parseReadReplicaUrls } from '@/db/readReplicas'

describe('parseReadReplicaUrls (DATABASE_READ_URLS → db-postgres readReplicas)', () => {
  it('no replicas when unset, empty or only commas: every query goes to DATABASE_URL', () => {
    expect(parseReadReplicaUrls(undefined)).toBeUndefined()
    expect(parseReadReplicaUrls('')).toBeUndefined()
    expect(parseReadReplicaUrls(' , ,')).toBeUndefined()
  })

  it('one URL or a comma list, trimmed, in order', () => {
    expect(parseReadReplicaUrls('postgres://app:s@replica-1:5432/cobranzas')).toEqual(['postgres://app:s@replica-1:5432/cobranzas'])
    expect(parseReadReplicaUrls(' postgres://a@r1/db , postgresql://a@r2/db?sslmode=require,')).toEqual(['postgres://a@r1/db', 'postgresql://a@r2/db?sslmode=require'])
  })

  it('refuses what is not a postgres URL, without echoing its password', () => {
    expect(() => parseReadReplicaUrls('postgres://a@r1/db,mysql://a@r2/db')).toThrow(/DATABASE_READ_URLS .*protocolo mysql:/)
    let message = ''
    try {
      parseReadReplicaUrls('//usuario:clave-secreta@replica sin esquema')
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/DATABASE_READ_URLS debe ser una lista/)
    expect(message).not.toContain('clave-secreta')
  })
})
