import { PasswordField as PasswordField_3817bf644402e67bfe6577f60ef982de } from '@payloadcms/ui'
import { DocumentHeading as DocumentHeading_c3ab636beffa9b657bc6f8133d04c603 } from '../../../../src/components/DocumentHeading'
import { PesosCell as PesosCell_80e13c99c88f6439b199e4d071881fd6 } from '../../../../src/components/PesosCell'
import { PesosField as PesosField_ce397a6f6fe315d6a700dd78a4156f42 } from '../../../../src/components/PesosField'
import { SignActButton as SignActButton_90229a9d3f59204a9fc534ad799c6b4b } from '../../../../src/components/acts/SignActButton'
import { RequestFollowUp as RequestFollowUp_c555667b6917197871ed06e31c2996cf } from '../../../../src/components/requests/RequestFollowUp'
import { GenerateActField as GenerateActField_fbac80abbc90ea2ec807cbfcb20ad6fe } from '../../../../src/components/acts/GenerateActField'
import { ListDescription as ListDescription_5e0eed07cbf3eacc3aa2ebb4ae3ef01e } from '../../../../src/components/ListDescription'
import { AgreementSummaryField as AgreementSummaryField_b91bd4085f178f2b5a4e0c54e40d2485 } from '../../../../src/components/agreements/AgreementSummaryField'
import { MeasuresToLiftField as MeasuresToLiftField_7b7e856bf8627c2b8fd72cbde46c69cd } from '../../../../src/components/agreements/MeasuresToLiftField'
import { CollectionNameField as CollectionNameField_8ccfa71c7c64779b571651d870d1ca75 } from '../../../../src/components/CollectionNameField'
import { FiguresField as FiguresField_89ce5c4d97cfac62ec31adfe7cbb4f85 } from '../../../../src/components/figures/FiguresField'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ProposeBatchButton as ProposeBatchButton_9611d6759efb4bc42968a90692c5fccd } from '../../../../src/components/assignment/ProposeBatchButton'
import { ConfirmBatchButton as ConfirmBatchButton_7b32eb43df4727a8adccb15e3bb6f0f9 } from '../../../../src/components/assignment/ConfirmBatchButton'
import { ImportProgress as ImportProgress_82b45bd974245ca37873c87cbcfd99a7 } from '../../../../src/components/imports/ImportProgress'
import { Icon as Icon_80d232f81fc7d4edbff5c9aebb09376b } from '../../../../src/components/brand/Icon'
import { Logo as Logo_7a7bc1f43c8bf24ce0340f44c924908a } from '../../../../src/components/brand/Logo'
import { WorklistNavLink as WorklistNavLink_70815ca9939c279309c2d7247b2fadae } from '../../../../src/components/worklist/WorklistNavLink'
import { IndicatorsNavLink as IndicatorsNavLink_f0cf4006c34747ec42679169fea287a3 } from '../../../../src/components/indicators/IndicatorsNavLink'
import { RoleHome as RoleHome_c06f50e0866f17cf3c92e733d2de2a53 } from '../../../../src/components/home/RoleHome'
import { ArrearsDashboard as ArrearsDashboard_965b5a056f441b4b8c823e3906027d00 } from '../../../../src/components/arrears/ArrearsDashboard'
import { ArrearsNavLink as ArrearsNavLink_51bfa9884ab8c52363777c9297a12611 } from '../../../../src/components/arrears/ArrearsNavLink'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ArrearsView as ArrearsView_b5e5b4901c2a531f3e5cc59f513278f4 } from '../../../../src/components/arrears/ArrearsView'
import { WorklistView as WorklistView_ac4c2f4a3a9d944f959bc58a178b7960 } from '../../../../src/components/worklist/WorklistView'
import { IndicatorsView as IndicatorsView_46e6dba6f96c7b70bf15da584a3d8026 } from '../../../../src/components/indicators/IndicatorsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/ui#PasswordField": PasswordField_3817bf644402e67bfe6577f60ef982de,
  "/src/components/DocumentHeading#DocumentHeading": DocumentHeading_c3ab636beffa9b657bc6f8133d04c603,
  "/src/components/PesosCell#PesosCell": PesosCell_80e13c99c88f6439b199e4d071881fd6,
  "/src/components/PesosField#PesosField": PesosField_ce397a6f6fe315d6a700dd78a4156f42,
  "/src/components/acts/SignActButton#SignActButton": SignActButton_90229a9d3f59204a9fc534ad799c6b4b,
  "/src/components/requests/RequestFollowUp#RequestFollowUp": RequestFollowUp_c555667b6917197871ed06e31c2996cf,
  "/src/components/acts/GenerateActField#GenerateActField": GenerateActField_fbac80abbc90ea2ec807cbfcb20ad6fe,
  "/src/components/ListDescription#ListDescription": ListDescription_5e0eed07cbf3eacc3aa2ebb4ae3ef01e,
  "/src/components/agreements/AgreementSummaryField#AgreementSummaryField": AgreementSummaryField_b91bd4085f178f2b5a4e0c54e40d2485,
  "/src/components/agreements/MeasuresToLiftField#MeasuresToLiftField": MeasuresToLiftField_7b7e856bf8627c2b8fd72cbde46c69cd,
  "/src/components/CollectionNameField#CollectionNameField": CollectionNameField_8ccfa71c7c64779b571651d870d1ca75,
  "/src/components/figures/FiguresField#FiguresField": FiguresField_89ce5c4d97cfac62ec31adfe7cbb4f85,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/assignment/ProposeBatchButton#ProposeBatchButton": ProposeBatchButton_9611d6759efb4bc42968a90692c5fccd,
  "/src/components/assignment/ConfirmBatchButton#ConfirmBatchButton": ConfirmBatchButton_7b32eb43df4727a8adccb15e3bb6f0f9,
  "/src/components/imports/ImportProgress#ImportProgress": ImportProgress_82b45bd974245ca37873c87cbcfd99a7,
  "/src/components/brand/Icon#Icon": Icon_80d232f81fc7d4edbff5c9aebb09376b,
  "/src/components/brand/Logo#Logo": Logo_7a7bc1f43c8bf24ce0340f44c924908a,
  "/src/components/worklist/WorklistNavLink#WorklistNavLink": WorklistNavLink_70815ca9939c279309c2d7247b2fadae,
  "/src/components/indicators/IndicatorsNavLink#IndicatorsNavLink": IndicatorsNavLink_f0cf4006c34747ec42679169fea287a3,
  "/src/components/home/RoleHome#RoleHome": RoleHome_c06f50e0866f17cf3c92e733d2de2a53,
  "/src/components/arrears/ArrearsDashboard#ArrearsDashboard": ArrearsDashboard_965b5a056f441b4b8c823e3906027d00,
  "/src/components/arrears/ArrearsNavLink#ArrearsNavLink": ArrearsNavLink_51bfa9884ab8c52363777c9297a12611,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/src/components/arrears/ArrearsView#ArrearsView": ArrearsView_b5e5b4901c2a531f3e5cc59f513278f4,
  "/src/components/worklist/WorklistView#WorklistView": WorklistView_ac4c2f4a3a9d944f959bc58a178b7960,
  "/src/components/indicators/IndicatorsView#IndicatorsView": IndicatorsView_46e6dba6f96c7b70bf15da584a3d8026,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
