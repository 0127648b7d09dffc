import { PesosCell as PesosCell_80e13c99c88f6439b199e4d071881fd6 } from '../../../../src/components/PesosCell'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/components/PesosCell#PesosCell": PesosCell_80e13c99c88f6439b199e4d071881fd6,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
