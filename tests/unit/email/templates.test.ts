import { describe, expect, it } from 'vitest'

import { renderEmail } from '@/email/templates'
import { composeCitationMail } from '@/email/templates/citation'
import { composeDeadlineDigest } from '@/email/templates/deadlineDigest'
import { composePasswordResetMail } from '@/email/templates/passwordReset'
import { composeActivationMail } from '@/email/templates/providerActivation'
import { SAMPLE_CITATION } from './sampleCitation'

/** Each template is a pure function of its data: Spanish subject and text, and an HTML part where data never becomes markup. */

describe('R-NOT-03 e-mail templates', () => {
  it('R-NOT-03 deadline digest: overdue terms first, then the nearest, with a subject that counts them', () => {
    const digest = composeDeadlineDigest({
      recipientName: 'Ana',
      asOf: '2026-11-30',
      items: [
        { caseTitle: 'Caso B', deadlineLabel: 'Expedir la LCD (R-COB-03)', date: '2026-12-01', flag: 'POR_VENCER' },
        { caseTitle: 'Caso <A>', deadlineLabel: 'Publicar el aviso (R-COB-04)', date: '2026-11-27', flag: 'VENCIDO' },
      ],
    })
    expect(digest.subject).toBe('Vencimientos de cobro al 2026-11-30: 1 vencidos, 1 por vencer')
    expect(digest.text.split('\n').filter((l) => l.startsWith('- '))).toEqual([
      '- [VENCIDO] 2026-11-27 · Caso <A> · Publicar el aviso (R-COB-04)',
      '- [Por vencer] 2026-12-01 · Caso B · Expedir la LCD (R-COB-03)',
    ])
    expect(digest.html).toContain('Caso &#60;A&#62;')
    expect(digest.html).not.toContain('<A>')
  })

  it('R-NOT-03 provider activation: names the provider, its NIT, user and the portal address, escaped in HTML', () => {
    const mail = composeActivationMail({ businessName: 'Clínica "Sol" & Cía', nit: '900123456', email: 'p@clinica.co', portalUrl: 'https://app.test/portal/prestadores' })
    expect(mail.subject).toBe('Su cuenta del portal de pagos a prestadores está activa')
    expect(mail.text).toContain('Señores Clínica "Sol" & Cía (NIT 900123456):')
    expect(mail.text).toContain('Ingrese en https://app.test/portal/prestadores con el tipo de usuario Prestador, su NIT, su usuario (p@clinica.co)')
    expect(mail.html).toContain('Clínica &#34;Sol&#34; &#38; Cía')
    expect(mail.html).toContain('<a href="https://app.test/portal/prestadores">https://app.test/portal/prestadores</a>')
  })

  it('R-NOT-03 password reset: the link, how long it lasts, and what to do if it was not asked for', () => {
    const mail = composePasswordResetMail({ name: 'Luis <b>', resetUrl: 'https://app.test/admin/reset/abc123', validMinutes: 60 })
    expect(mail.subject).toBe('Restablezca su contraseña de Recaudo y Cartera')
    expect(mail.text.split('\n')).toEqual([
      'Hola Luis <b>,',
      '',
      'Recibimos una solicitud para restablecer la contraseña de su cuenta. Para elegir una nueva, abra este enlace:',
      'https://app.test/admin/reset/abc123',
      '',
      'El enlace vale por 60 minutos y sirve una sola vez.',
      'Si usted no lo solicitó, ignore este correo: su contraseña no cambia.',
    ])
    expect(mail.html).toContain('<p>Hola Luis &#60;b&#62;,</p>')
    expect(mail.html).toContain('<a href="https://app.test/admin/reset/abc123">')
  })

  it('R-NOT-03 citation (R-COB-04): the act, the case, the term to appear and where, escaped in HTML', () => {
    const mail = composeCitationMail({ ...SAMPLE_CITATION, debtorName: 'Transportes <Andinos> S.A.S.' })
    expect(mail.subject).toBe('Citación para notificación personal · expediente COB-2026-0007')
    expect(mail.text).toContain('Señor(a) Transportes <Andinos> S.A.S. (identificación NIT 900111222-3):')
    expect(mail.text).toContain('el acto "Liquidación certificada de deuda" del expediente COB-2026-0007, que se adjunta en PDF')
    expect(mail.text).toContain('Dispone de 5 días hábiles a partir del recibo de esta citación para comparecer en la sucursal Bogotá (Calle 72 # 10-07).')
    expect(mail.html).toContain('Transportes &#60;Andinos&#62; S.A.S.')
    expect(mail.html).not.toContain('<Andinos>')
  })

  it('R-NOT-03 renderEmail picks the template by name and gives the same message for the same data', () => {
    const data = { name: 'Ana', resetUrl: 'https://app.test/admin/reset/t', validMinutes: 30 }
    expect(renderEmail('passwordReset', data)).toEqual(composePasswordResetMail(data))
    expect(renderEmail('passwordReset', data)).toEqual(renderEmail('passwordReset', data))
  })
})
