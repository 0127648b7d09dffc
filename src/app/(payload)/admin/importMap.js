import { PasswordField as PasswordField_3817bf644402e67bfe6577f60ef982de } from '@payloadcms/ui'
import { PesosCell as PesosCell_80e13c99c88f6439b199e4d071881fd6 } from '../../../../src/components/PesosCell'
import { SignActButton as SignActButton_90229a9d3f59204a9fc534ad799c6b4b } from '../../../../src/components/acts/SignActButton'
import { RequestFollowUp as RequestFollowUp_c555667b6917197871ed06e31c2996cf } from '../../../../src/components/requests/RequestFollowUp'
import { GenerateActField as GenerateActField_fbac80abbc90ea2ec807cbfcb20ad6fe } from '../../../../src/components/acts/GenerateActField'
import { WorklistNavLink as WorklistNavLink_70815ca9939c279309c2d7247b2fadae } from '../../../../src/components/worklist/WorklistNavLink'
import { ArrearsDashboard as ArrearsDashboard_965b5a056f441b4b8c823e3906027d00 } from '../../../../src/components/arrears/ArrearsDashboard'
import { ArrearsNavLink as ArrearsNavLink_51bfa9884ab8c52363777c9297a12611 } from '../../../../src/components/arrears/ArrearsNavLink'
import { ArrearsView as ArrearsView_b5e5b4901c2a531f3e5cc59f513278f4 } from '../../../../src/components/arrears/ArrearsView'
import { WorklistView as WorklistView_ac4c2f4a3a9d944f959bc58a178b7960 } from '../../../../src/components/worklist/WorklistView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/ui#PasswordField": PasswordField_3817bf644402e67bfe6577f60ef982de,
  "/src/components/PesosCell#PesosCell": PesosCell_80e13c99c88f6439b199e4d071881fd6,
  "/src/components/acts/SignActButton#SignActButton": SignActButton_90229a9d3f59204a9fc534ad799c6b4b,
  "/src/components/requests/RequestFollowUp#RequestFollowUp": RequestFollowUp_c555667b6917197871ed06e31c2996cf,
  "/src/components/acts/GenerateActField#GenerateActField": GenerateActField_fbac80abbc90ea2ec807cbfcb20ad6fe,
  "/src/components/worklist/WorklistNavLink#WorklistNavLink": WorklistNavLink_70815ca9939c279309c2d7247b2fadae,
  "/src/components/arrears/ArrearsDashboard#ArrearsDashboard": ArrearsDashboard_965b5a056f441b4b8c823e3906027d00,
  "/src/components/arrears/ArrearsNavLink#ArrearsNavLink": ArrearsNavLink_51bfa9884ab8c52363777c9297a12611,
  "/src/components/arrears/ArrearsView#ArrearsView": ArrearsView_b5e5b4901c2a531f3e5cc59f513278f4,
  "/src/components/worklist/WorklistView#WorklistView": WorklistView_ac4c2f4a3a9d944f959bc58a178b7960,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
