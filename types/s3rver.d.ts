/** s3rver 3.x ships no types: the part of its API the tests use (a local S3 server, tests/int/multiServer.test.ts). */
declare module 's3rver' {
  type BucketConfig = { name: string; configs: (string | Buffer)[] }
  export type S3rverOptions = {
    address?: string
    port?: number
    silent?: boolean
    directory?: string
    resetOnClose?: boolean
    configureBuckets?: BucketConfig[]
  }
  export default class S3rver {
    constructor(options?: S3rverOptions)
    run(): Promise<{ address: string; family: string; port: number }>
    close(): Promise<void>
  }
}
