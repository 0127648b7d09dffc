import { pesosInWords } from '@/rules/acts/legalWords'
import type { ActData } from '@/acts/actData'
import type { ActDocument } from '@/acts/actDocument'
import { appealsStatement, bankAccountText, debtorIdentified, frame, heading, money, numbered, on, paragraph, short } from './common'

/**
 * R-COB-10 (001 §7.3.11–7.3.12): the payment order. Its twelve components, in order: entity and
 * executing office (letterhead, 1); city and date in words and figures (2); competence (3); the
 * titles with their finality (4, several titles of one debtor); the debtor fully identified (5);
 * the amounts in words and figures (6); the 15 business days to pay or propose exceptions (7, 8);
 * the order to notify (9); the bank account to pay into (10); the legal grounds (11); the
 * executor officer's name and signature (12, the signature block).
 */
export const paymentOrderTemplate = (data: ActData): ActDocument => {
  const capital = data.titles.reduce((sum, t) => sum + t.capital, 0)
  const interest = data.titles.reduce((sum, t) => sum + t.interest, 0)
  const total = capital + interest
  return frame(data, `Mandamiento de pago N.º ${data.paymentOrder.number ?? '(sin número)'}`, [
    paragraph(`${data.letterhead.insurerName.toUpperCase()} — FUNCIONARIO EJECUTOR, JURISDICCIÓN COACTIVA. Sucursal ${data.letterhead.branchName}.`),
    paragraph(
      `El Funcionario Ejecutor de ${data.letterhead.insurerName}, en uso de la jurisdicción coactiva que le confieren el artículo 24 de la Ley 100 de 1993, el artículo 5 de la Ley 1066 de 2006 y los artículos 823 y siguientes del Estatuto Tributario, procede a librar mandamiento de pago, previas las siguientes`,
    ),
    heading('CONSIDERACIONES'),
    ...numbered([
      `Que a cargo de ${debtorIdentified(data)} existen los siguientes títulos ejecutivos, que contienen obligaciones claras, expresas y actualmente exigibles, con constancia de ejecutoria:`,
    ]),
    {
      kind: 'table',
      columns: [
        { header: 'Título (LCD)', width: 0.2 },
        { header: 'Expedida', width: 0.13, align: 'center' },
        { header: 'En firme', width: 0.13, align: 'center' },
        { header: 'Capital', width: 0.18, align: 'right' },
        { header: 'Intereses', width: 0.18, align: 'right' },
        { header: 'Total', width: 0.18, align: 'right' },
      ],
      rows: data.titles.map((t) => [`LCD ${t.caseTitle}`, short(t.issuedOn), short(t.finalOn), money(t.capital), money(t.interest), money(t.total)]),
      total: ['TOTAL', '', '', money(capital), money(interest), money(total)],
    },
    paragraph(
      `Que la cuantía de la obligación asciende a ${pesosInWords(capital)} por capital, más ${pesosInWords(interest)} por intereses de mora causados a la fecha de corte, para un total de ${pesosInWords(total)}.`,
      2,
    ),
    heading('RESUELVE'),
    ...numbered([
      `LIBRAR mandamiento de pago a favor de ${data.letterhead.insurerName} y en contra de ${debtorIdentified(data)}, por la suma de ${pesosInWords(total)}, más los intereses de mora que se causen desde que cada obligación se hizo exigible hasta la fecha de pago, y las costas del proceso.`,
      'ORDENAR al ejecutado pagar dentro de los quince (15) días hábiles siguientes a la notificación de este mandamiento, contados a partir del día siguiente a ella, la obligación incluidos los intereses de mora (artículo 830 del Estatuto Tributario).',
      'ADVERTIR al ejecutado que dentro del mismo término de quince (15) días hábiles siguientes a su notificación personal, o en su defecto a la notificación por correo certificado, puede proponer las excepciones del artículo 831 del Estatuto Tributario.',
      `NOTIFICAR personalmente este mandamiento al ejecutado, previa citación para que comparezca dentro de los diez (10) días siguientes; si no comparece, notificarlo por correo (artículo 826 del Estatuto Tributario).`,
      `El pago se hará mediante consignación en la ${bankAccountText(data)}, entregando además la relación de trabajadores mes a mes con sus novedades.`,
    ]),
    paragraph(
      'FUNDAMENTOS LEGALES: artículo 24 de la Ley 100 de 1993, artículo 7 de la Ley 1562 de 2012, Ley 1066 de 2006, artículos 823 a 843 del Estatuto Tributario, Ley 1437 de 2011 y Resolución 2082 de 2016.',
    ),
    appealsStatement('Contra el presente mandamiento no procede recurso alguno (artículo 833-1 del Estatuto Tributario); proceden las excepciones indicadas.'),
  ])
}
