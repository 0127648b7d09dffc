import type { ActData } from '@/acts/actData'
import type { ActDocument } from '@/acts/actDocument'
import {
  appealsStatement,
  bankAccountText,
  debtorIdentified,
  frame,
  heading,
  interestByMonthTable,
  liquidationTable,
  numbered,
  on,
  paragraph,
  words,
} from './common'

/**
 * R-COB-03 (001 §7.1.3): the Certified Debt Liquidation (LCD), the enforceable title. It states the
 * real debt by period and concept, capital and moratorium interest month by month at the rate in
 * force (R-INT-01), and the total; only the appeal for reconsideration lies against it (R-COB-05).
 */
export const lcdTemplate = (data: ActData): ActDocument => {
  const lcd = data.lcd
  if (!lcd) throw new Error('La LCD necesita fecha de corte: el expediente no la tiene.')
  return frame(data, 'Liquidación Certificada de Deuda', [
    paragraph(
      `El Gerente de la Sucursal ${data.letterhead.branchName} de ${data.letterhead.insurerName}, en ejercicio de las facultades del artículo 24 de la Ley 100 de 1993, el artículo 7 de la Ley 1562 de 2012 y la Resolución 2082 de 2016, expide la presente Liquidación Certificada de Deuda a cargo de ${debtorIdentified(data)}, con fecha de corte ${on(lcd.cutOffDate)}.`,
    ),
    heading('CONSIDERANDO'),
    ...numbered([
      'Que agotadas las acciones persuasivas, el aportante no ha pagado, normalizado ni suscrito acuerdo de pago por las obligaciones que se liquidan.',
      'Que los valores corresponden a la deuda real del aportante según su estado de cuenta integral, por periodo y concepto, y los intereses de mora se liquidan mes a mes a la tasa vigente en cada periodo, sin capitalizarse.',
    ]),
    heading('LIQUIDACIÓN POR PERIODO Y CONCEPTO'),
    liquidationTable(lcd),
    heading('INTERESES DE MORA POR MES'),
    interestByMonthTable(lcd),
    heading('RESUELVE'),
    ...numbered([
      `Certificar que ${debtorIdentified(data)} adeuda a ${data.letterhead.insurerName} la suma de ${words(lcd.total)}, por concepto de capital de ${words(lcd.capital)} e intereses de mora de ${words(lcd.interest)}, liquidados al ${on(lcd.cutOffDate)}.`,
      `Ordenar el pago de dicha suma, más los intereses que se causen hasta la fecha de pago, mediante consignación en la ${bankAccountText(data)}.`,
      'Notificar personalmente la presente liquidación, previa citación al deudor (artículos 67 y 68 de la Ley 1437 de 2011); en su defecto, notificarla por aviso (artículo 69).',
    ]),
    appealsStatement(
      'Contra la presente liquidación procede únicamente el recurso de reposición ante el funcionario que la expidió, dentro de los diez (10) días hábiles siguientes a su notificación (artículos 74 y 76 de la Ley 1437 de 2011).',
    ),
  ])
}
