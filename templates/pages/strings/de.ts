import type { PageStrings } from '../types';

export const de: PageStrings = {
  genericHeader: 'Sichere Zahlung',
  payment: {
    title: { deposit: 'Anzahlung leisten', guarantee: 'Reservierung garantieren' },
    intro: {
      deposit: 'Um Ihre Reservierung verbindlich zu bestätigen, leisten Sie bitte die folgende Anzahlung.',
      guarantee: 'Um Ihre Reservierung zu garantieren, hinterlegen Sie bitte eine Kreditkarte. Ihre Karte wird jetzt nicht belastet.',
    },
    staffIntro: {
      deposit: 'Rezeption: Geben Sie die Karte ein, die der Gast Ihnen telefonisch nennt. Die unten stehende Anzahlung wird jetzt belastet.',
      guarantee: 'Rezeption: Geben Sie die Karte ein, die der Gast Ihnen telefonisch nennt. Sie wird als Garantie hinterlegt; jetzt wird nichts belastet.',
    },
    labels: { arrival: 'Anreise', departure: 'Abreise', stay: 'Aufenthalt', guest: 'Gast' },
    amountLabel: { deposit: 'Anzahlung', guarantee: 'Garantiebetrag' },
    ofTotal: 'von insgesamt {{total}}',
    fullStay: 'Gesamtbetrag Ihres Aufenthalts',
    noChargeNow: 'Jetzt keine Belastung: Ihre Karte dient lediglich als Garantie für {{amount}}.',
    deadline: 'Bitte bis zum {{deadline}} Uhr (Ortszeit des Hotels) abschließen.',
    button: { deposit: '{{amount}} bezahlen', guarantee: 'Karte hinterlegen' },
    secure: 'Ihre Kartendaten geben Sie im nächsten Schritt auf der sicheren Seite unseres Zahlungsdienstleisters ein.',
  },
  problem: {
    expired: {
      title: 'Dieser Link ist abgelaufen',
      body: 'Die Frist für diese Zahlung ist verstrichen, daher ist dieser Link nicht mehr gültig. Wenn Sie Ihre Reservierung aufrechterhalten möchten, wenden Sie sich bitte an das Hotel: Es kann Ihnen einen neuen Link senden.',
    },
    used: {
      title: 'Dieser Link wurde bereits verwendet',
      body: 'Die Zahlung bzw. die Hinterlegung Ihrer Karte wurde über diesen Link bereits abgeschlossen. Sie müssen nichts weiter tun.',
    },
    cancelled: {
      title: 'Diese Anfrage wurde zurückgezogen',
      body: 'Das Hotel hat diese Zahlungsanfrage zurückgezogen. Über diesen Link wird keine Zahlung mehr von Ihnen verlangt.',
    },
    not_found: {
      title: 'Link nicht gefunden',
      body: 'Dieser Link ist ungültig. Bitte prüfen Sie, ob er vollständig aus der erhaltenen E-Mail kopiert wurde.',
    },
  },
  contact: {
    withEmail: 'Fragen? Schreiben Sie an {{hotelName}}: {{{emailLink}}}',
    withoutEmail: 'Bei Fragen wenden Sie sich bitte direkt an das Hotel, bei dem Sie gebucht haben.',
  },
  result: {
    succeeded: {
      title: { deposit: 'Vielen Dank, Ihre Zahlung ist eingegangen', guarantee: 'Vielen Dank, Ihre Karte wurde hinterlegt' },
      body: {
        deposit: 'Wir haben Ihre Zahlung von {{amount}} erhalten. Ihre Reservierung ist bestätigt und wir freuen uns auf Ihren Besuch.',
        guarantee: 'Ihre Karte ist als Garantie für {{amount}} hinterlegt und Ihre Reservierung ist bestätigt. Es wurde kein Betrag belastet.',
      },
    },
    failed: {
      title: { deposit: 'Die Zahlung ist nicht zustande gekommen', guarantee: 'Ihre Karte konnte nicht hinterlegt werden' },
      body: {
        deposit: 'Es wurde kein Betrag belastet. Ihre Reservierung ist noch nicht bestätigt: Sie können es mit einer anderen Karte erneut versuchen oder sich an das Hotel wenden.',
        guarantee: 'Ihre Reservierung ist noch nicht garantiert: Sie können es mit einer anderen Karte erneut versuchen oder sich an das Hotel wenden.',
      },
    },
    pending: {
      title: { deposit: 'Ihre Zahlung wird geprüft', guarantee: 'Ihre Karte wird geprüft' },
      body: {
        deposit: 'Wir warten auf die Bestätigung Ihrer Bank. Diese Seite aktualisiert sich automatisch, bitte lassen Sie sie geöffnet.',
        guarantee: 'Wir warten auf die Bestätigung Ihrer Bank. Diese Seite aktualisiert sich automatisch, bitte lassen Sie sie geöffnet.',
      },
    },
    abandoned: {
      title: { deposit: 'Zahlung nicht abgeschlossen', guarantee: 'Hinterlegung nicht abgeschlossen' },
      body: {
        deposit: 'Sie haben die Zahlungsseite vor dem Abschluss verlassen: Es wurde kein Betrag belastet und Ihre Reservierung ist noch nicht bestätigt.',
        guarantee: 'Sie haben die Zahlungsseite vor dem Abschluss verlassen: Ihre Karte wurde nicht hinterlegt und Ihre Reservierung ist noch nicht garantiert.',
      },
    },
    retryUntil: 'Sie können es bis zum {{deadline}} Uhr (Ortszeit des Hotels) erneut versuchen; danach kann Ihre Reservierung freigegeben werden.',
    retry: { failed: 'Andere Karte verwenden', abandoned: 'Erneut versuchen' },
  },
};
