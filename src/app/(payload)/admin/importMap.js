import { PesosCell as PesosCell_80e13c99c88f6439b199e4d071881fd6 } from '../../../../src/components/PesosCell'
import { WorklistNavLink as WorklistNavLink_70815ca9939c279309c2d7247b2fadae } from '../../../../src/components/worklist/WorklistNavLink'
import { WorklistView as WorklistView_ac4c2f4a3a9d944f959bc58a178b7960 } from '../../../../src/components/worklist/WorklistView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/components/PesosCell#PesosCell": PesosCell_80e13c99c88f6439b199e4d071881fd6,
  "/src/components/worklist/WorklistNavLink#WorklistNavLink": WorklistNavLink_70815ca9939c279309c2d7247b2fadae,
  "/src/components/worklist/WorklistView#WorklistView": WorklistView_ac4c2f4a3a9d944f959bc58a178b7960,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
