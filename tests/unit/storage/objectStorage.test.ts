import { describe, expect, it } from 'vitest'

import { parseObjectStorageEnv } from '@/storage/objectStorage'

const MINIO = {
  S3_BUCKET: 'cobranzas',
  S3_ENDPOINT: 'http://minio:9000',
  S3_REGION: 'us-east-1',
  S3_ACCESS_KEY_ID: 'cobranzas',
  S3_SECRET_ACCESS_KEY: 'secreto-largo',
  S3_FORCE_PATH_STYLE: 'true',
}

describe('parseObjectStorageEnv: uploads on local disk unless S3_BUCKET names a bucket', () => {
  it('local disk when S3_BUCKET is unset or blank, whatever else is set', () => {
    expect(parseObjectStorageEnv({})).toBeNull()
    expect(parseObjectStorageEnv({ S3_BUCKET: '  ', S3_ENDPOINT: 'http://minio:9000' })).toBeNull()
  })

  it('an S3-compatible server (MinIO): endpoint, path-style buckets and static keys', () => {
    expect(parseObjectStorageEnv(MINIO)).toEqual({
      bucket: 'cobranzas',
      client: {
        region: 'us-east-1',
        endpoint: 'http://minio:9000',
        forcePathStyle: true,
        credentials: { accessKeyId: 'cobranzas', secretAccessKey: 'secreto-largo' },
      },
    })
  })

  it('AWS S3 with the role of the machine: no endpoint, no keys, virtual-host buckets, us-east-1 by default', () => {
    expect(parseObjectStorageEnv({ S3_BUCKET: ' cobranzas-prod ' })).toEqual({ bucket: 'cobranzas-prod', client: { region: 'us-east-1', forcePathStyle: false } })
    expect(parseObjectStorageEnv({ S3_BUCKET: 'b', S3_REGION: 'sa-east-1', S3_FORCE_PATH_STYLE: 'false' })!.client).toEqual({ region: 'sa-east-1', forcePathStyle: false })
  })

  it('S3_FORCE_PATH_STYLE takes true/false/1/0 and refuses anything else', () => {
    expect(parseObjectStorageEnv({ ...MINIO, S3_FORCE_PATH_STYLE: '1' })!.client.forcePathStyle).toBe(true)
    expect(parseObjectStorageEnv({ ...MINIO, S3_FORCE_PATH_STYLE: 'TRUE' })!.client.forcePathStyle).toBe(true)
    expect(parseObjectStorageEnv({ ...MINIO, S3_FORCE_PATH_STYLE: '0' })!.client.forcePathStyle).toBe(false)
    expect(() => parseObjectStorageEnv({ ...MINIO, S3_FORCE_PATH_STYLE: 'si' })).toThrow(/S3_FORCE_PATH_STYLE debe ser true o false/)
  })

  it('a key without its secret (or the reverse) stops the start', () => {
    expect(() => parseObjectStorageEnv({ ...MINIO, S3_SECRET_ACCESS_KEY: '' })).toThrow(/S3_ACCESS_KEY_ID y S3_SECRET_ACCESS_KEY van juntas/)
    expect(() => parseObjectStorageEnv({ ...MINIO, S3_ACCESS_KEY_ID: undefined })).toThrow(/van juntas/)
  })

  it('an endpoint that is not an http(s) URL stops the start', () => {
    expect(() => parseObjectStorageEnv({ ...MINIO, S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT debe ser una URL http\(s\)/)
    expect(() => parseObjectStorageEnv({ ...MINIO, S3_ENDPOINT: 'ftp://minio' })).toThrow(/S3_ENDPOINT/)
    expect(() => parseObjectStorageEnv({ ...MINIO, S3_ENDPOINT: 'no es una url' })).toThrow(/S3_ENDPOINT/)
  })
})
