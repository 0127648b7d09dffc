import type { ActData } from '@/acts/actData'
import type { ActDocument } from '@/acts/actDocument'
import { debtorIdentified, frame, heading, numbered, on, paragraph, words } from './common'

/**
 * R-COB-16: the auction announcement, published in a list on a Sunday at least ten days before the
 * auction: base bid 70 % of the appraisal, deposit 40 % to bid, the balance within five days.
 */
export const auctionNoticeTemplate = (data: ActData): ActDocument =>
  frame(data, 'Aviso de remate', [
    paragraph(`Proceso de cobro coactivo contra ${debtorIdentified(data)}. Mandamiento de pago No. ${data.paymentOrder.number ?? '____'}.`),
    heading('HACE SABER'),
    ...numbered([
      `Que el ${on(data.auction.auctionOn)} se llevará a cabo en la Sucursal ${data.letterhead.branchName} (${data.letterhead.branchAddress}, ${data.letterhead.branchCity}) la diligencia de remate de los bienes embargados y secuestrados dentro del proceso.`,
      `Que los bienes fueron avaluados en ${words(data.auction.appraisal)}; será postura admisible la que cubra el setenta por ciento (70 %) del avalúo, es decir ${words(data.auction.baseBid)}.`,
      `Que para hacer postura los interesados deberán consignar previamente el cuarenta por ciento (40 %) del avalúo, es decir ${words(data.auction.deposit)}.`,
      'Que el rematante deberá consignar el saldo dentro de los cinco (5) días siguientes al remate; de lo contrario el remate quedará sin efecto y perderá la mitad de la consignación.',
      `Que el presente aviso se publica el domingo ${on(data.auction.announcedOn)}, con una antelación no inferior a diez (10) días a la fecha del remate.`,
    ]),
  ])
