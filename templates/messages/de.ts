/**
 * German. After the greeting ("Guten Tag," or "Sehr geehrte Frau Müller,") the letter continues in
 * lower case. A time of day reads "… um 18:00 Uhr", so dates and times shown alone take "Uhr".
 * Eine Vorautorisierung: Der Gast „erteilt“ sie; der Betrag wird auf der Karte „blockiert“, nicht
 * „abgebucht“, bis das Hotel ihn ganz oder teilweise „einzieht“; der Rest wird „freigegeben“.
 * („Reservierung“ bleibt die Buchung, nie die Blockierung des Betrags.)
 * Eine Belastung der hinterlegten Karte: Das Hotel „belastet“ die Karte; verlangt es die Bank, so
 * „bestätigt“ der Gast die Zahlung auf unserer Seite; eine abgelehnte Belastung bleibt „fällig“.
 */
import type { Messages } from './en';

// Labels of the detail tables (e-mails) and of the stay on the payment page.
export const label: Messages['label'] = {
  hotel: 'Hotel',
  arrival: 'Anreise',
  departure: 'Abreise',
  lengthOfStay: 'Aufenthalt',
  guaranteedAmount: 'Garantiebetrag',
  depositDue: 'Anzahlung',
  depositPaid: 'Geleistete Anzahlung',
  amountToHold: 'Betrag der Vorautorisierung',
  amountHeld: 'Blockierter Betrag',
  totalForYourStay: 'Gesamtbetrag',
  bookingReference: 'Reservierungsnummer',
  transactionNumber: 'Transaktionsnummer',
  date: 'Datum',
  amountRefunded: 'Erstatteter Betrag',
  bookedFor: 'Gast',
  booking: 'Reservierung',
  guest: 'Gast',
  type: 'Art',
  amount: 'Betrag',
  totalForTheStay: 'Gesamtbetrag',
  stay: 'Aufenthalt',
  transaction: 'Transaktion',
  dateAndTime: 'Zeitpunkt',
  refundAmount: 'Erstattungsbetrag',
  paymentConcerned: 'Betroffene Zahlung',
  refundReference: 'Erstattungsreferenz',
  reasonGiven: 'Angegebener Grund',
  providerCode: 'Code des Zahlungsanbieters',
  providerMessage: 'Meldung des Zahlungsanbieters',
  bookingStatus: 'Status der Reservierung',
  secondPaymentAmount: 'Betrag der zweiten Zahlung',
  secondPayment: 'Zweite Zahlung',
  firstPayment: 'Erste Zahlung',
  secondPreauthorisation: 'Zweite Vorautorisierung',
  firstPreauthorisation: 'Erste Vorautorisierung',
  request: 'Anforderung',
  providerAnswer: 'Antwort des Zahlungsdienstleisters',
  optionDeadline: 'Optionsfrist',
  newOptionDeadline: 'Neue Optionsfrist',
  outcome: 'Ergebnis',
  userId: 'Benutzerkennung',
  name: 'Name',
  rights: 'Rechte',
  lockedSince: 'Gesperrt seit',
  wrongPinsCleared: 'Zurückgesetzte falsche PIN-Eingaben',
  webhookEndpoint: 'Endpunkt',
  failingSince: 'Fehlerhaft seit',
  lastResult: 'Letzte Antwort',
  optionExpiry: 'Optionsfrist',
  holdLapse: 'Voraussichtlicher Verfall',
  reason: 'Grund',
  amountToCharge: 'Zu zahlender Betrag',
  amountCharged: 'Belasteter Betrag',
  card: 'Karte',
  cardExpiry: 'Gültig bis',
  chargeId: 'Referenz der Belastung',
  linkValidUntil: 'Zahlungslink gültig bis',
  newCardBefore: 'Neue Karte angefordert bis',
};

// Why the hotel charges a card the guest registered: as a table shows it (`label`), and as a
// sentence says it to the guest (`forGuest`) and to the front desk (`forHotel`).
export const chargeReason: Messages['chargeReason'] = {
  label: {
    prepayment: 'Vorauszahlung',
    stay: 'Leistungen während des Aufenthalts',
    balance: 'Restbetrag bei Abreise',
    no_show: 'Nichterscheinen (No-Show)',
    fee: 'Gebühr',
  },
  forGuest: {
    prepayment: 'als Vorauszahlung für Ihren Aufenthalt',
    stay: 'für Leistungen während Ihres Aufenthalts',
    balance: 'für den Restbetrag Ihres Aufenthalts',
    no_show: 'für Ihr Nichterscheinen',
    fee: 'für eine Gebühr im Zusammenhang mit Ihrer Reservierung',
  },
  forHotel: {
    prepayment: 'als Vorauszahlung',
    stay: 'für Leistungen während des Aufenthalts',
    balance: 'für den Restbetrag bei Abreise',
    no_show: 'für das Nichterscheinen',
    fee: 'für eine Gebühr',
  },
};

// The guest pages (payment, a link that cannot be paid, the result): plain text with {{values}}, no markup.
export const page: Messages['page'] = {
  genericHeader: 'Sichere Zahlung',
  payment: {
    title: {
      deposit: 'Anzahlung leisten',
      guarantee: 'Reservierung garantieren',
      preauthorisation: 'Vorautorisierung erteilen',
      charge: 'Zahlung bestätigen',
    },
    intro: {
      deposit: 'Um Ihre Reservierung verbindlich zu bestätigen, leisten Sie bitte die folgende Anzahlung.',
      guarantee: 'Um Ihre Reservierung zu garantieren, hinterlegen Sie bitte eine Kreditkarte. Ihre Karte wird jetzt nicht belastet.',
      preauthorisation: 'Um Ihre Reservierung verbindlich zu bestätigen, erteilen Sie bitte die folgende Vorautorisierung. Der Betrag wird auf Ihrer Karte blockiert, aber nicht abgebucht.',
      charge: '{{hotelName}} muss die von Ihnen hinterlegte Karte mit {{amount}} belasten. Ihre Bank bittet Sie, diese Zahlung zu bestätigen.',
    },
    chargeIntro: '{{hotelName}} muss die von Ihnen hinterlegte Karte {{chargeFor}} mit {{amount}} belasten. Ihre Bank bittet Sie, diese Zahlung zu bestätigen.',
    staffIntro: {
      deposit: 'Rezeption: Geben Sie die Karte ein, die der Gast Ihnen telefonisch nennt. Die unten stehende Anzahlung wird jetzt belastet.',
      guarantee: 'Rezeption: Geben Sie die Karte ein, die der Gast Ihnen telefonisch nennt. Sie wird als Garantie hinterlegt; jetzt wird nichts belastet.',
      preauthorisation: 'Rezeption: Geben Sie die Karte ein, die der Gast Ihnen telefonisch nennt. Der unten stehende Betrag wird jetzt darauf vorautorisiert und blockiert; es wird nichts abgebucht.',
      charge: 'Rezeption: Geben Sie die Karte ein, die der Gast Ihnen telefonisch nennt. Der unten stehende Betrag wird jetzt belastet.',
    },
    ofTotal: 'von insgesamt {{total}}',
    fullStay: 'Gesamtbetrag Ihres Aufenthalts',
    noChargeNow: 'Jetzt keine Belastung: Ihre Karte dient lediglich als Garantie für {{amount}}.',
    heldNotCharged: 'Auf Ihrer Karte blockiert, nicht abgebucht: Wir können den Betrag später ganz oder teilweise abbuchen, der Rest wird freigegeben.',
    chargeNote: 'Es wird nichts abgebucht, bevor Sie die Zahlung bei Ihrer Bank bestätigt haben.',
    deadline: 'Bitte bis zum {{deadline}} Uhr (Ortszeit des Hotels) abschließen.',
    button: {
      deposit: '{{amount}} bezahlen',
      guarantee: 'Karte hinterlegen',
      preauthorisation: '{{amount}} autorisieren',
      charge: '{{amount}} bestätigen und bezahlen',
    },
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
      title: {
        deposit: 'Vielen Dank, Ihre Zahlung ist eingegangen',
        guarantee: 'Vielen Dank, Ihre Karte wurde hinterlegt',
        preauthorisation: 'Vielen Dank, die Vorautorisierung wurde erteilt',
        charge: 'Vielen Dank, Ihre Zahlung wurde bestätigt',
      },
      body: {
        deposit: 'Wir haben Ihre Zahlung von {{amount}} erhalten. Ihre Reservierung ist bestätigt und wir freuen uns auf Ihren Besuch.',
        guarantee: 'Ihre Karte ist als Garantie für {{amount}} hinterlegt und Ihre Reservierung ist bestätigt. Es wurde kein Betrag belastet.',
        preauthorisation: 'Ihre Karte ist in Höhe von {{amount}} vorautorisiert und Ihre Reservierung ist bestätigt. Der Betrag ist lediglich blockiert; es wurde nichts abgebucht.',
        charge: 'Wir haben Ihre Zahlung von {{amount}} erhalten, vielen Dank. Sie erhalten einen Beleg per E-Mail.',
      },
    },
    failed: {
      title: {
        deposit: 'Die Zahlung ist nicht zustande gekommen',
        guarantee: 'Ihre Karte konnte nicht hinterlegt werden',
        preauthorisation: 'Die Vorautorisierung ist nicht zustande gekommen',
        charge: 'Ihre Zahlung konnte nicht durchgeführt werden',
      },
      body: {
        deposit: 'Es wurde kein Betrag belastet. Ihre Reservierung ist noch nicht bestätigt: Sie können es mit einer anderen Karte erneut versuchen oder sich an das Hotel wenden.',
        guarantee: 'Ihre Reservierung ist noch nicht garantiert: Sie können es mit einer anderen Karte erneut versuchen oder sich an das Hotel wenden.',
        preauthorisation: 'Auf Ihrer Karte ist kein Betrag blockiert. Ihre Reservierung ist noch nicht bestätigt: Sie können es mit einer anderen Karte erneut versuchen oder sich an das Hotel wenden.',
        charge: 'Es wurde nichts abgebucht, und der Betrag ist weiterhin fällig: Sie können es mit einer anderen Karte erneut versuchen oder sich an das Hotel wenden.',
      },
    },
    pending: {
      title: {
        deposit: 'Ihre Zahlung wird geprüft',
        guarantee: 'Ihre Karte wird geprüft',
        preauthorisation: 'Ihre Vorautorisierung wird geprüft',
        charge: 'Ihre Zahlung wird geprüft',
      },
      body: {
        deposit: 'Wir warten auf die Bestätigung Ihrer Bank. Diese Seite aktualisiert sich automatisch, bitte lassen Sie sie geöffnet.',
        guarantee: 'Wir warten auf die Bestätigung Ihrer Bank. Diese Seite aktualisiert sich automatisch, bitte lassen Sie sie geöffnet.',
        preauthorisation: 'Wir warten auf die Bestätigung Ihrer Bank. Diese Seite aktualisiert sich automatisch, bitte lassen Sie sie geöffnet.',
        charge: 'Wir warten auf die Bestätigung Ihrer Bank. Diese Seite aktualisiert sich automatisch, bitte lassen Sie sie geöffnet.',
      },
    },
    abandoned: {
      title: {
        deposit: 'Zahlung nicht abgeschlossen',
        guarantee: 'Hinterlegung nicht abgeschlossen',
        preauthorisation: 'Vorautorisierung nicht abgeschlossen',
        charge: 'Zahlung nicht abgeschlossen',
      },
      body: {
        deposit: 'Sie haben die Zahlungsseite vor dem Abschluss verlassen: Es wurde kein Betrag belastet und Ihre Reservierung ist noch nicht bestätigt.',
        guarantee: 'Sie haben die Zahlungsseite vor dem Abschluss verlassen: Ihre Karte wurde nicht hinterlegt und Ihre Reservierung ist noch nicht garantiert.',
        preauthorisation: 'Sie haben die Zahlungsseite vor dem Abschluss verlassen: Auf Ihrer Karte ist kein Betrag blockiert und Ihre Reservierung ist noch nicht bestätigt.',
        charge: 'Sie haben die Zahlungsseite vor dem Abschluss verlassen: Es wurde nichts abgebucht, und der Betrag ist weiterhin fällig.',
      },
    },
    retryUntil: 'Sie können es bis zum {{deadline}} Uhr (Ortszeit des Hotels) erneut versuchen; danach kann Ihre Reservierung freigegeben werden.',
    retryUntilCharge: 'Sie können es bis zum {{deadline}} Uhr (Ortszeit des Hotels) erneut versuchen.',
    retry: {
      failed: 'Andere Karte verwenden',
      abandoned: 'Erneut versuchen',
    },
  },
};

/**
 * The whole catalog. `label`, `chargeReason` and `page` are declared apart, above: the guest pages
 * read only those, so their bundles leave the e-mails' sentences out.
 */
export const de: Messages = {
  // How a label reads before its value in the text part ("Hotel: …").
  format: {
    label: '{{label}}:',
  },

  label,

  // Values of the detail tables. `time`: a date and time at the hotel, as a table shows it.
  value: {
    time: '{{time}} Uhr',
    deposit: 'Anzahlung',
    cardGuarantee: 'Kartengarantie',
    preauthorisation: 'Vorautorisierung',
    charge: 'Belastung der hinterlegten Karte',
    expired: 'Abgelaufen',
    cancelled: 'Storniert',
  },

  // Sentences several e-mails share.
  email: {
    hello: 'Guten Tag,',
    questions: 'Bei Fragen erreichen Sie uns jederzeit unter {{{emailLink}}}.',
    lookForward: 'Wir freuen uns auf Ihren Besuch.',
    lookForwardSoon: 'Wir freuen uns darauf, Sie bald bei uns begrüßen zu dürfen.',
    signOff: 'Mit freundlichen Grüßen',
    buttonFallback: 'Falls die Schaltfläche nicht funktioniert, kopieren Sie bitte diesen Link in Ihren Browser:',
    bookingDetails: 'Die Details Ihrer Reservierung finden Sie jederzeit hier:',
    viewBooking: 'Reservierung öffnen',
    whatToDo: '**Was ist zu tun?**',
    footer: {
      guest: 'Gesendet von {{hotelName}} · {{hotelEmail}}. Wir fragen Sie niemals per E-Mail nach Ihren Kartendaten.',
      hotel: 'Automatische Benachrichtigung Ihres Zahlungsdienstes für Reservierungen.',
    },
    noChargeNow: '**Ihre Karte wird jetzt nicht belastet.** Sie dient lediglich als Garantie in Höhe von {{amount}} gemäß den Bedingungen Ihrer Reservierung.',
    heldNotCharged: '**Ihre Karte wird jetzt nicht belastet.** Der Betrag wird auf Ihrer Karte lediglich blockiert. Wir können ihn später ganz oder teilweise abbuchen, etwa für Ihren Aufenthalt oder Zusatzleistungen; der nicht abgebuchte Betrag wird freigegeben.',
    holdLapses: 'Wird die Vorautorisierung weder eingezogen noch freigegeben, verfällt sie voraussichtlich am **{{holdExpiresAt}} Uhr** von selbst; danach kann nichts mehr eingezogen werden.',
  },

  // guarantee-request
  guaranteeRequest: {
    subject: 'Garantie für Ihre Reservierung – {{hotelName}}',
    intro: 'vielen Dank für Ihre Reservierung, die wir derzeit als Option für Sie bereithalten. Um sie zu garantieren, hinterlegen Sie bitte eine Kreditkarte auf unserer sicheren Zahlungsseite.',
    deadline: 'Bitte hinterlegen Sie Ihre Karte bis zum **{{deadline}} Uhr** (Ortszeit des Hotels). Danach können wir Ihre Reservierung leider nicht länger für Sie freihalten.',
    button: 'Reservierung garantieren',
    openLink: 'Zur Garantie Ihrer Reservierung öffnen Sie bitte diesen Link:',
  },

  // deposit-request
  depositRequest: {
    subject: 'Anzahlung für Ihre Reservierung – {{hotelName}}',
    introPartial: 'vielen Dank für Ihre Reservierung, die wir derzeit als Option für Sie bereithalten. Um sie verbindlich zu bestätigen, bitten wir Sie um eine Anzahlung von **{{amount}}** (bei einem Gesamtbetrag von {{total}}) über unsere sichere Zahlungsseite.',
    introFull: 'vielen Dank für Ihre Reservierung, die wir derzeit als Option für Sie bereithalten. Um sie verbindlich zu bestätigen, bitten wir Sie um eine Anzahlung von **{{amount}}** (dies entspricht dem Gesamtbetrag Ihres Aufenthalts) über unsere sichere Zahlungsseite.',
    deadline: 'Bitte leisten Sie die Anzahlung bis zum **{{deadline}} Uhr** (Ortszeit des Hotels). Danach können wir Ihre Reservierung leider nicht länger für Sie freihalten.',
    button: 'Anzahlung leisten',
    openLink: 'Zur Anzahlung öffnen Sie bitte diesen Link:',
  },

  // preauthorisation-request
  preauthorisationRequest: {
    subject: 'Vorautorisierung für Ihre Reservierung – {{hotelName}}',
    introPartial: 'vielen Dank für Ihre Reservierung, die wir derzeit als Option für Sie bereithalten. Um sie verbindlich zu bestätigen, bitten wir Sie, auf unserer sicheren Zahlungsseite eine Vorautorisierung Ihrer Karte in Höhe von **{{amount}}** (bei einem Gesamtbetrag von {{total}}) zu erteilen.',
    introFull: 'vielen Dank für Ihre Reservierung, die wir derzeit als Option für Sie bereithalten. Um sie verbindlich zu bestätigen, bitten wir Sie, auf unserer sicheren Zahlungsseite eine Vorautorisierung Ihrer Karte in Höhe von **{{amount}}** (dies entspricht dem Gesamtbetrag Ihres Aufenthalts) zu erteilen.',
    deadline: 'Bitte erteilen Sie die Vorautorisierung bis zum **{{deadline}} Uhr** (Ortszeit des Hotels). Danach können wir Ihre Reservierung leider nicht länger für Sie freihalten.',
    button: 'Vorautorisierung erteilen',
    openLink: 'Zur Vorautorisierung öffnen Sie bitte diesen Link:',
  },

  // payment-reminder
  reminder: {
    subjectGuarantee: 'Erinnerung: Garantie für Ihre Reservierung – {{hotelName}}',
    subjectDeposit: 'Erinnerung: Anzahlung für Ihre Reservierung – {{hotelName}}',
    subjectPreauthorisation: 'Erinnerung: Vorautorisierung für Ihre Reservierung – {{hotelName}}',
    subjectCharge: 'Erinnerung: Bitte bestätigen Sie Ihre Zahlung – {{hotelName}}',
    introGuarantee: 'gerne erinnern wir Sie daran, dass wir Ihre Reservierung weiterhin als Option für Sie bereithalten, die Kartengarantie zur Bestätigung jedoch noch aussteht. Sie können Ihre Kreditkarte in wenigen Augenblicken auf unserer sicheren Zahlungsseite hinterlegen.',
    introDepositPartial: 'gerne erinnern wir Sie daran, dass wir Ihre Reservierung weiterhin als Option für Sie bereithalten, die Anzahlung von **{{amount}}** (bei einem Gesamtbetrag von {{total}}) zur Bestätigung jedoch noch aussteht. Sie können sie in wenigen Augenblicken über unsere sichere Zahlungsseite leisten.',
    introDepositFull: 'gerne erinnern wir Sie daran, dass wir Ihre Reservierung weiterhin als Option für Sie bereithalten, die Anzahlung von **{{amount}}** (dies entspricht dem Gesamtbetrag Ihres Aufenthalts) zur Bestätigung jedoch noch aussteht. Sie können sie in wenigen Augenblicken über unsere sichere Zahlungsseite leisten.',
    introPreauthorisationPartial: 'gerne erinnern wir Sie daran, dass wir Ihre Reservierung weiterhin als Option für Sie bereithalten, die Vorautorisierung in Höhe von **{{amount}}** (bei einem Gesamtbetrag von {{total}}) zur Bestätigung jedoch noch aussteht. Sie können sie in wenigen Augenblicken auf unserer sicheren Zahlungsseite erteilen.',
    introPreauthorisationFull: 'gerne erinnern wir Sie daran, dass wir Ihre Reservierung weiterhin als Option für Sie bereithalten, die Vorautorisierung in Höhe von **{{amount}}** (dies entspricht dem Gesamtbetrag Ihres Aufenthalts) zur Bestätigung jedoch noch aussteht. Sie können sie in wenigen Augenblicken auf unserer sicheren Zahlungsseite erteilen.',
    introCharge: 'wir möchten Sie daran erinnern, dass die Zahlung von **{{amount}}** {{chargeFor}} im Rahmen Ihrer Reservierung **{{reservationId}}** noch bestätigt werden muss. Ihre Bank bittet Sie, sie selbst zu bestätigen: Das dauert auf unserer sicheren Zahlungsseite nur wenige Augenblicke.',
    introChargeNoReason: 'wir möchten Sie daran erinnern, dass die Zahlung von **{{amount}}** im Rahmen Ihrer Reservierung **{{reservationId}}** noch bestätigt werden muss. Ihre Bank bittet Sie, sie selbst zu bestätigen: Das dauert auf unserer sicheren Zahlungsseite nur wenige Augenblicke.',
    deadline: 'Bitte erledigen Sie dies bis zum **{{deadline}} Uhr** (Ortszeit des Hotels). Danach können wir Ihre Reservierung leider nicht länger für Sie freihalten.',
    depositButton: 'Anzahlung leisten',
    alreadyGuaranteed: 'Falls Sie Ihre Karte bereits hinterlegt haben, betrachten Sie diese Nachricht bitte als gegenstandslos.',
    alreadyPaid: 'Falls Sie die Anzahlung bereits geleistet haben, betrachten Sie diese Nachricht bitte als gegenstandslos.',
    alreadyAuthorised: 'Falls Sie die Vorautorisierung bereits erteilt haben, betrachten Sie diese Nachricht bitte als gegenstandslos.',
    alreadyConfirmed: 'Falls Sie die Zahlung bereits bestätigt haben, betrachten Sie diese Nachricht bitte als gegenstandslos.',
  },

  // payment-confirmation-guest
  confirmationGuest: {
    subject: 'Ihre Reservierung ist bestätigt – {{hotelName}}',
    deposit: 'vielen Dank für Ihre Zahlung von **{{amount}}**, die wir erhalten haben. Ihre Reservierung ist damit verbindlich bestätigt.',
    guarantee: 'vielen Dank: Ihre Kreditkarte wurde als Garantie hinterlegt und Ihre Reservierung ist damit bestätigt. Ihre Karte wurde nicht belastet.',
    preauthorisation: 'vielen Dank: Ihre Karte wurde in Höhe von **{{amount}}** vorautorisiert und Ihre Reservierung ist damit bestätigt. Der Betrag ist auf Ihrer Karte lediglich blockiert und wurde nicht abgebucht. Wir können ihn später ganz oder teilweise abbuchen, etwa für Ihren Aufenthalt oder Zusatzleistungen; der nicht abgebuchte Betrag wird freigegeben.',
  },

  // payment-confirmation-hotel
  confirmationHotel: {
    subjectDeposit: 'Anzahlung erhalten – Reservierung {{reservationId}}, {{guestName}}',
    subjectGuarantee: 'Kartengarantie hinterlegt – Reservierung {{reservationId}}, {{guestName}}',
    subjectPreauthorisation: 'Vorautorisierung erteilt – Reservierung {{reservationId}}, {{guestName}}',
    subjectCharge: 'Belastung bezahlt – Reservierung {{reservationId}}, {{guestName}}',
    deposit: 'für die Reservierung **{{reservationId}}** ist online eine Anzahlung von **{{amount}}** eingegangen. Die Reservierung ist damit bestätigt.',
    guarantee: 'für die Reservierung **{{reservationId}}** wurde eine Karte als Garantie ({{amount}}) hinterlegt. Die Reservierung ist damit bestätigt; es wurde kein Betrag belastet.',
    preauthorisation: 'für die Reservierung **{{reservationId}}** wurde online eine Vorautorisierung in Höhe von **{{amount}}** erteilt. Die Reservierung ist damit bestätigt; der Betrag ist auf der Karte des Gastes blockiert, eingezogen wurde nichts.',
    charge: 'der Gast hat die Belastung von **{{amount}}** {{chargeForHotel}} zur Reservierung **{{reservationId}}** ({{guestFormalName}}) bei seiner Bank bestätigt: Der Betrag wurde abgebucht.',
    chargeNoReason: 'der Gast hat die Belastung von **{{amount}}** zur Reservierung **{{reservationId}}** ({{guestFormalName}}) bei seiner Bank bestätigt: Der Betrag wurde abgebucht.',
    captureOrRelease: 'Halten Sie die Vorautorisierung aufrecht, bis Sie den Betrag ganz oder teilweise einziehen (etwa bei der Abreise), oder geben Sie sie frei, wenn sie nicht mehr benötigt wird.',
  },

  // lapse-digest
  digest: {
    subjectOne: '{{count}} Option abgelaufen – {{hotelName}}',
    subjectOther: '{{count}} Optionen abgelaufen – {{hotelName}}',
    introOne: 'für {{hotelName}} ist die folgende Option abgelaufen, ohne dass eine Kartengarantie oder Anzahlung eingegangen ist.',
    introOther: 'für {{hotelName}} sind die folgenden {{count}} Optionen abgelaufen, ohne dass eine Kartengarantie oder Anzahlung eingegangen ist.',
    released: 'Freigegeben: Die Reservierung ist nun abgelaufen.',
    stillOnOption: 'Weiterhin auf Option: Ihre Regel sieht nur eine Meldung vor; bitte fassen Sie nach.',
    booking: 'Reservierung {{reservationId}}',
  },

  // payment-digest-hotel (Regel hotelPaymentEmails: daily_digest)
  paymentDigest: {
    subjectOne: '{{count}} Zahlung am {{date}} eingegangen – {{hotelName}}',
    subjectOther: '{{count}} Zahlungen am {{date}} eingegangen – {{hotelName}}',
    introOne: 'für {{hotelName}} ist die folgende Zahlung am {{date}} online eingegangen; die Reservierung ist bestätigt.',
    introOther: 'für {{hotelName}} sind die folgenden {{count}} Zahlungen am {{date}} online eingegangen; die Reservierungen sind bestätigt.',
    policy: 'Ihre Regel fasst diese Benachrichtigungen zu einer E-Mail pro Tag zusammen; abgelehnte Karten und alles, worum Sie sich kümmern müssen, erhalten Sie weiterhin sofort.',
    booking: 'Reservierung {{reservationId}}',
  },

  // refund-failed
  refundFailed: {
    subject: 'Erstattung fehlgeschlagen – Reservierung {{reservationId}}, {{guestName}}',
    refused: 'Ihr Zahlungsanbieter hat die Erstattung von **{{amount}}** für die Reservierung **{{reservationId}}** ({{guestFormalName}}) abgelehnt. Dem Gast wurde nichts erstattet.',
    checkPayment: 'Bitte prüfen Sie die Zahlung {{parentTransactionId}} im Backoffice Ihres Zahlungsanbieters – möglicherweise wurde sie dort bereits erstattet oder storniert.',
    checkPaymentNoId: 'Bitte prüfen Sie die Zahlung im Backoffice Ihres Zahlungsanbieters – möglicherweise wurde sie dort bereits erstattet oder storniert.',
    refundAgain: 'Falls der Gast weiterhin eine Erstattung erhalten soll, veranlassen Sie diese bitte erneut über Ihr PMS oder direkt im Backoffice; der Betrag steht dafür wieder zur Verfügung.',
  },

  // refund-confirmation-guest
  refundGuest: {
    subject: 'Ihre Erstattung über {{amount}} – {{hotelName}}',
    refunded: 'wir haben Ihnen für Ihre Reservierung **{{amount}}** erstattet.',
    backToCard: 'Der Betrag wird der Karte gutgeschrieben, mit der Sie bezahlt haben. Je nach Bank kann es einige Werktage dauern, bis die Gutschrift auf Ihrer Abrechnung erscheint.',
  },

  // payment-after-close-hotel
  afterClose: {
    subjectDeposit: 'Zahlung nach Ende der Option eingegangen – Reservierung {{reservationId}}, {{guestName}}',
    subjectGuarantee: 'Kartengarantie nach Ende der Option eingegangen – Reservierung {{reservationId}}, {{guestName}}',
    subjectPreauthorisation: 'Vorautorisierung nach Ende der Option eingegangen – Reservierung {{reservationId}}, {{guestName}}',
    depositExpired: 'für die Reservierung **{{reservationId}}** ({{guestFormalName}}) ist eine Zahlung von **{{amount}}** eingegangen, obwohl die Reservierung nicht mehr auf Option steht: Die Option ist abgelaufen.',
    depositCancelled: 'für die Reservierung **{{reservationId}}** ({{guestFormalName}}) ist eine Zahlung von **{{amount}}** eingegangen, obwohl die Reservierung nicht mehr auf Option steht: Die Reservierung wurde storniert.',
    depositOtherStatus: 'für die Reservierung **{{reservationId}}** ({{guestFormalName}}) ist eine Zahlung von **{{amount}}** eingegangen, obwohl die Reservierung nicht mehr auf Option steht: Der Status lautet „{{otherStatus}}“.',
    depositNoStatus: 'für die Reservierung **{{reservationId}}** ({{guestFormalName}}) ist eine Zahlung von **{{amount}}** eingegangen, obwohl die Reservierung nicht mehr auf Option steht.',
    charged: 'Der Betrag wurde dem Gast belastet, die Reservierung wurde jedoch nicht bestätigt, und der Gast hat von uns keine Bestätigung erhalten.',
    guaranteeExpired: 'für die Reservierung **{{reservationId}}** ({{guestFormalName}}) wurde eine Karte als Garantie ({{amount}}) hinterlegt, obwohl die Reservierung nicht mehr auf Option steht: Die Option ist abgelaufen.',
    guaranteeCancelled: 'für die Reservierung **{{reservationId}}** ({{guestFormalName}}) wurde eine Karte als Garantie ({{amount}}) hinterlegt, obwohl die Reservierung nicht mehr auf Option steht: Die Reservierung wurde storniert.',
    guaranteeOtherStatus: 'für die Reservierung **{{reservationId}}** ({{guestFormalName}}) wurde eine Karte als Garantie ({{amount}}) hinterlegt, obwohl die Reservierung nicht mehr auf Option steht: Der Status lautet „{{otherStatus}}“.',
    guaranteeNoStatus: 'für die Reservierung **{{reservationId}}** ({{guestFormalName}}) wurde eine Karte als Garantie ({{amount}}) hinterlegt, obwohl die Reservierung nicht mehr auf Option steht.',
    notCharged: 'Es wurde kein Betrag belastet, und der Gast hat von uns keine Bestätigung erhalten.',
    reinstateOrRefund: 'Bitte reaktivieren Sie entweder die Reservierung in Ihrem PMS, sofern Sie sie noch annehmen können, oder erstatten Sie dem Gast die Zahlung über die Erstattungsfunktion Ihres PMS oder über die API (POST /v1/transactions/{{transactionId}}/refunds).',
    reinstateOrRefundNoApi: 'Bitte reaktivieren Sie entweder die Reservierung in Ihrem PMS, sofern Sie sie noch annehmen können, oder erstatten Sie dem Gast die Zahlung über die Erstattungsfunktion Ihres PMS.',
    reinstate: 'Wenn Sie die Reservierung noch annehmen können, reaktivieren Sie sie bitte in Ihrem PMS; andernfalls ist nichts zu erstatten. In beiden Fällen empfehlen wir Ihnen, den Gast zu informieren.',
    preauthorisationExpired: 'für die Reservierung **{{reservationId}}** ({{guestFormalName}}) wurde eine Vorautorisierung in Höhe von **{{amount}}** erteilt, obwohl die Reservierung nicht mehr auf Option steht: Die Option ist abgelaufen.',
    preauthorisationCancelled: 'für die Reservierung **{{reservationId}}** ({{guestFormalName}}) wurde eine Vorautorisierung in Höhe von **{{amount}}** erteilt, obwohl die Reservierung nicht mehr auf Option steht: Die Reservierung wurde storniert.',
    preauthorisationOtherStatus: 'für die Reservierung **{{reservationId}}** ({{guestFormalName}}) wurde eine Vorautorisierung in Höhe von **{{amount}}** erteilt, obwohl die Reservierung nicht mehr auf Option steht: Der Status lautet „{{otherStatus}}“.',
    preauthorisationNoStatus: 'für die Reservierung **{{reservationId}}** ({{guestFormalName}}) wurde eine Vorautorisierung in Höhe von **{{amount}}** erteilt, obwohl die Reservierung nicht mehr auf Option steht.',
    held: 'Der Betrag ist auf der Karte des Gastes blockiert, eingezogen wurde jedoch nichts; die Reservierung wurde nicht bestätigt, und der Gast hat von uns keine Bestätigung erhalten.',
    reinstateOrRelease: 'Wenn Sie die Reservierung noch annehmen können, reaktivieren Sie sie bitte in Ihrem PMS und halten Sie die Vorautorisierung aufrecht, bis Sie sie einziehen oder freigeben; andernfalls geben Sie die Vorautorisierung bitte frei, damit der Betrag nicht länger auf der Karte des Gastes blockiert ist. In beiden Fällen empfehlen wir Ihnen, den Gast zu informieren.',
  },

  // payment-twice-hotel
  twice: {
    subject: 'Zweite Zahlung eingegangen – Reservierung {{reservationId}}, {{guestName}}',
    subjectPreauthorisation: 'Zweite Vorautorisierung eingegangen – Reservierung {{reservationId}}, {{guestName}}',
    received: 'für die Reservierung **{{reservationId}}** ({{guestFormalName}}) ist eine zweite Zahlung von **{{amount}}** eingegangen, obwohl die Zahlungsanforderung bereits bezahlt war (Transaktion {{firstTransactionId}}).',
    receivedNoId: 'für die Reservierung **{{reservationId}}** ({{guestFormalName}}) ist eine zweite Zahlung von **{{amount}}** eingegangen, obwohl die Zahlungsanforderung bereits bezahlt war.',
    paidTwice: 'Der Gast hat also zweimal bezahlt.',
    refundSecond: 'Wir empfehlen Ihnen, dem Gast diese zweite Zahlung zu erstatten, über die Erstattungsfunktion Ihres PMS oder über die API (POST /v1/transactions/{{transactionId}}/refunds).',
    refundSecondNoApi: 'Wir empfehlen Ihnen, dem Gast diese zweite Zahlung zu erstatten, über die Erstattungsfunktion Ihres PMS.',
    receivedPreauthorisation: 'für die Reservierung **{{reservationId}}** ({{guestFormalName}}) wurde eine zweite Vorautorisierung in Höhe von **{{amount}}** erteilt, obwohl die Anforderung bereits erledigt war (Transaktion {{firstTransactionId}}).',
    receivedPreauthorisationNoId: 'für die Reservierung **{{reservationId}}** ({{guestFormalName}}) wurde eine zweite Vorautorisierung in Höhe von **{{amount}}** erteilt, obwohl die Anforderung bereits erledigt war.',
    heldTwice: 'Auf der Karte des Gastes bestehen also zwei Vorautorisierungen für diese Reservierung; aus der zweiten wurde nichts eingezogen.',
    releaseSecond: 'Wir empfehlen Ihnen, diese zweite Vorautorisierung über Ihr PMS freizugeben.',
  },

  // payment-failed-hotel
  failed: {
    subjectDeposit: 'Anzahlung abgelehnt – Reservierung {{reservationId}}, {{guestName}}',
    subjectGuarantee: 'Karte abgelehnt – Reservierung {{reservationId}}, {{guestName}}',
    subjectPreauthorisation: 'Vorautorisierung abgelehnt – Reservierung {{reservationId}}, {{guestName}}',
    deposit: 'die Anzahlung von **{{amount}}** für die Reservierung **{{reservationId}}** ({{guestFormalName}}) konnte nicht bezahlt werden: Die Karte wurde abgelehnt. Es wurde nichts abgebucht.',
    guarantee: 'die als Garantie für die Reservierung **{{reservationId}}** ({{guestFormalName}}) über **{{amount}}** angegebene Karte wurde abgelehnt. Die Reservierung ist nicht garantiert.',
    preauthorisation: 'die Vorautorisierung in Höhe von **{{amount}}** für die Reservierung **{{reservationId}}** ({{guestFormalName}}) ist nicht zustande gekommen: Die Karte wurde abgelehnt. Auf der Karte ist kein Betrag blockiert.',
    reason: '**Grund:** {{refusalReason}}.',
    staysOnOption: 'Die Reservierung bleibt als Option bestehen.',
    deadlineBroughtForward: 'Ihre Optionsfrist wurde auf den **{{optionDeadline}}** Uhr vorgezogen.',
    deadlineKept: 'Ihre Optionsfrist endet am **{{optionDeadline}}** Uhr.',
    retryUntil: 'Der Gast kann es mit demselben Link bis zum {{deadline}} Uhr mit einer anderen Karte erneut versuchen.',
    keepTheBooking: 'Wenn Sie die Reservierung halten möchten, wenden Sie sich an den Gast: Er kann mit seinem Link eine andere Karte versuchen, oder Sie senden eine neue Zahlungsanforderung. Geht bis zur Frist keine Zahlung ein, wird die Option wie jede ungesicherte Option behandelt.',
    noLongerOnOption: 'Die Reservierung ist keine Option mehr; vom Gast wird nichts weiter erwartet.',
    chargeRetry: 'Der Gast kann es bis zum {{deadline}} Uhr mit dem erhaltenen Link und einer anderen Karte erneut versuchen. Falls er nicht bezahlt, nehmen Sie Kontakt mit ihm auf oder kassieren Sie den Betrag an der Rezeption.',
    chargeRetryNoDeadline: 'Der Gast kann es mit dem erhaltenen Link und einer anderen Karte erneut versuchen. Falls er nicht bezahlt, nehmen Sie Kontakt mit ihm auf oder kassieren Sie den Betrag an der Rezeption.',
    reasons: {
      insufficient_funds: 'unzureichende Deckung oder Kartenlimit erreicht',
      card_expired: 'die Karte ist abgelaufen',
      card_invalid: 'die Kartendaten sind ungültig (Nummer oder Code)',
      card_blocked: 'die Karte ist von der Bank gesperrt (als verloren oder gestohlen gemeldet oder Betrugsverdacht)',
      declined_by_bank: 'von der Bank des Karteninhabers ohne nähere Angabe abgelehnt',
      contact_bank: 'die Bank bittet den Karteninhaber, sich bei ihr zu melden',
      technical: 'ein technisches Problem bei der Bank oder im Zahlungsnetz',
      authorisation_expired: 'die Autorisierung ist vor dem Einzug abgelaufen',
      capture_failed: 'der Betrag konnte nach der Autorisierung nicht eingezogen werden',
      unknown: 'der Zahlungsdienstleister hat keinen Grund angegeben',
    },
    providerAnswerWithCode: '{{pspStatus}} (Bankcode {{authResult}})',
  },

  // vault-user-hotel
  vault: {
    subjectCreated: 'Neuer Benutzer des Kartentresors: {{userName}} ({{userId}}) – {{hotelName}}',
    subjectUnlocked: 'Benutzer des Kartentresors entsperrt: {{userName}} ({{userId}}) – {{hotelName}}',
    subjectCleared: 'Falsche PIN-Eingaben zurückgesetzt: {{userName}} ({{userId}}) – {{hotelName}}',
    created: 'mit dem API-Schlüssel Ihres Hauses wurde ein neuer Benutzer des Kartentresors angelegt: **{{userName}}** ({{userId}}). Mit der persönlichen PIN kann diese Person ab sofort im Rahmen der unten aufgeführten Rechte auf die Zahlungskarten Ihrer Gäste zugreifen.',
    unlocked: 'der Benutzer **{{userName}}** ({{userId}}) des Kartentresors wurde mit dem API-Schlüssel Ihres Hauses entsperrt. Er war seit dem {{lockedAt}} Uhr wegen falscher PIN-Eingaben gesperrt und kann nun wieder im Rahmen seiner Rechte auf die Karten zugreifen.',
    cleared: 'die falschen PIN-Eingaben des Kartentresor-Benutzers **{{userName}}** ({{userId}}) wurden mit dem API-Schlüssel Ihres Hauses zurückgesetzt. Der Benutzer war noch nicht gesperrt und hat nun wieder alle Versuche zur Verfügung.',
    notExpecting: '**Haben Sie diese Änderung nicht erwartet?** Wenden Sie sich bitte umgehend an Ihren PMS-Anbieter und lassen Sie Ihren API-Schlüssel ersetzen: Wer ihn besitzt, kann Benutzer des Kartentresors anlegen und entsperren und sich so Zugriff auf die vollständigen Kartennummern Ihrer Gäste verschaffen. War die Änderung geplant, ist nichts weiter zu tun.',
    canReveal: 'Vollständige Kartennummern einsehen, die Prüfnummer (CVV) nur ein einziges Mal (cards:reveal)',
    canManage: 'Karten löschen (cards:manage)',
  },

  // hold-lapse-hotel
  holdLapse: {
    subjectReportOnly: 'Vorautorisierung verfällt in Kürze – Reservierung {{reservationId}}, {{guestName}}',
    subjectCapture: 'Vorautorisierung wird vor dem Verfall eingezogen – Reservierung {{reservationId}}, {{guestName}}',
    subjectRelease: 'Vorautorisierung wird vor dem Verfall freigegeben – Reservierung {{reservationId}}, {{guestName}}',
    lapses: 'die Vorautorisierung in Höhe von **{{amount}}** für die Reservierung **{{reservationId}}** ({{guestFormalName}}) verfällt voraussichtlich am **{{holdExpiresAt}} Uhr** von selbst; danach kann nichts mehr eingezogen werden.',
    captureOrRelease: 'Ziehen Sie bis dahin den fälligen Betrag ganz oder teilweise ein, oder geben Sie die Vorautorisierung frei.',
    capturing: 'gemäß Ihrer Regel wird die Vorautorisierung in Höhe von **{{amount}}** für die Reservierung **{{reservationId}}** ({{guestFormalName}}) jetzt vollständig eingezogen, bevor sie voraussichtlich am **{{holdExpiresAt}} Uhr** verfällt.',
    releasing: 'gemäß Ihrer Regel wird die Vorautorisierung in Höhe von **{{amount}}** für die Reservierung **{{reservationId}}** ({{guestFormalName}}) jetzt freigegeben, bevor sie voraussichtlich am **{{holdExpiresAt}} Uhr** verfällt. Eingezogen wird nichts, und der Betrag ist danach nicht mehr auf der Karte des Gastes blockiert.',
  },

  chargeReason,

  // charge-request
  chargeRequest: {
    subject: 'Bitte bestätigen Sie Ihre Zahlung – {{hotelName}}',
    intro: 'im Rahmen Ihrer Reservierung **{{reservationId}}** müssen wir die bei uns hinterlegte Karte {{chargeFor}} mit **{{amount}}** belasten. Ihre Bank bittet Sie, diese Zahlung selbst zu bestätigen: Das dauert auf unserer sicheren Zahlungsseite nur wenige Augenblicke.',
    introNoReason: 'im Rahmen Ihrer Reservierung **{{reservationId}}** müssen wir die bei uns hinterlegte Karte mit **{{amount}}** belasten. Ihre Bank bittet Sie, diese Zahlung selbst zu bestätigen: Das dauert auf unserer sicheren Zahlungsseite nur wenige Augenblicke.',
    notChargedYet: '**Ihre Karte wurde noch nicht belastet.** Diese Bestätigung ist eine übliche Sicherheitsprüfung Ihrer Bank; der Betrag wird erst abgebucht, wenn Sie die Zahlung bestätigt haben.',
    deadline: 'Bitte bestätigen Sie die Zahlung bis zum **{{deadline}} Uhr** (Ortszeit des Hotels).',
    button: 'Zahlung bestätigen',
    openLink: 'Zur Bestätigung der Zahlung öffnen Sie bitte diesen Link:',
  },

  // charge-receipt
  chargeReceipt: {
    subject: 'Beleg über Ihre Zahlung von {{amount}} – {{hotelName}}',
    subjectBalance: 'Vielen Dank für Ihren Aufenthalt: Beleg über {{amount}} – {{hotelName}}',
    charged: 'wir haben Ihre Karte {{chargeFor}} mit **{{amount}}** belastet. Nachstehend finden Sie Ihren Zahlungsbeleg.',
    chargedNoReason: 'wir haben Ihre Karte für Ihre Reservierung mit **{{amount}}** belastet. Nachstehend finden Sie Ihren Zahlungsbeleg.',
    balanceSettled: 'Ihr Restbetrag ist damit beglichen. Vielen Dank, dass Sie bei uns zu Gast waren – wir würden uns freuen, Sie bald wieder bei uns begrüßen zu dürfen.',
    keep: 'Bitte bewahren Sie diese E-Mail als Zahlungsnachweis auf.',
  },

  // charge-failed-hotel
  chargeFailed: {
    subject: 'Belastung abgelehnt – Reservierung {{reservationId}}, {{guestName}}',
    refused: 'die Belastung von **{{amount}}** {{chargeForHotel}} zur Reservierung **{{reservationId}}** ({{guestFormalName}}) wurde abgelehnt. Dem Gast wurde nichts abgebucht.',
    refusedNoReason: 'die Belastung von **{{amount}}** zur Reservierung **{{reservationId}}** ({{guestFormalName}}) wurde abgelehnt. Dem Gast wurde nichts abgebucht.',
    providerAnswer: '**Antwort Ihres Zahlungsanbieters:** „{{pspMessage}}“ (Code {{pspCode}}).',
    anotherCard: 'Bitten Sie den Gast um eine andere Karte, indem Sie ihm eine neue Garantieanfrage senden, und belasten Sie diese erneut; oder kassieren Sie den Betrag an der Rezeption.',
  },

  // charge-action-hotel
  chargeAction: {
    subject: 'Belastung wartet auf Bestätigung durch den Gast – Reservierung {{reservationId}}, {{guestName}}',
    needsGuest: 'die Belastung von **{{amount}}** {{chargeForHotel}} zur Reservierung **{{reservationId}}** ({{guestFormalName}}) muss vom Gast bei seiner Bank bestätigt werden. Es wurde noch nichts abgebucht.',
    needsGuestNoReason: 'die Belastung von **{{amount}}** zur Reservierung **{{reservationId}}** ({{guestFormalName}}) muss vom Gast bei seiner Bank bestätigt werden. Es wurde noch nichts abgebucht.',
    linkSent: 'Der Gast hat per E-Mail einen Zahlungslink erhalten, der bis zum **{{deadline}} Uhr** gültig ist. Die Belastung ist abgeschlossen, sobald er bezahlt hat.',
    linkSentNoDeadline: 'Der Gast hat per E-Mail einen Zahlungslink erhalten. Die Belastung ist abgeschlossen, sobald er bezahlt hat.',
    nothingUnless: 'Vorerst nichts. Falls der Gast nicht bezahlt, nehmen Sie Kontakt mit ihm auf oder kassieren Sie den Betrag an der Rezeption.',
  },

  // card-expiring-guest
  cardExpiring: {
    subject: 'Bitte aktualisieren Sie die Karte für Ihre Reservierung – {{hotelName}}',
    intro: 'die Karte, die Sie uns als Garantie für Ihre Reservierung **{{reservationId}}** gegeben haben ({{expiringCard}}, gültig bis {{expiry}}), läuft vor dem Ende Ihres Aufenthalts vom {{arrival}} bis zum {{departure}} ab.',
    newCard: 'Damit Ihre Reservierung garantiert bleibt, hinterlegen Sie bitte eine neue Karte auf unserer sicheren Zahlungsseite.',
    deadline: 'Bitte erledigen Sie dies bis zum **{{deadline}} Uhr** (Ortszeit des Hotels).',
    button: 'Neue Karte hinterlegen',
    openLink: 'Um eine neue Karte zu hinterlegen, öffnen Sie bitte diesen Link:',
    alreadyDone: 'Falls Sie bereits eine neue Karte hinterlegt haben, betrachten Sie diese Nachricht bitte als gegenstandslos.',
  },

  // card-expiring-hotel
  cardExpiringHotel: {
    subject: 'Garantiekarte läuft ab – Reservierung {{reservationId}}, {{guestName}}',
    expires: 'die Karte, mit der die Reservierung **{{reservationId}}** ({{guestFormalName}}) garantiert ist, läuft vor dem Ende des Aufenthalts ab: {{expiringCard}}, gültig bis **{{expiry}}**.',
    asked: 'Der Gast hat per E-Mail eine neue Garantieanfrage erhalten, um bis zum **{{deadline}} Uhr** eine andere Karte zu hinterlegen.',
    askedNoDeadline: 'Der Gast hat per E-Mail eine neue Garantieanfrage erhalten, um eine andere Karte zu hinterlegen.',
    notAsked: 'Der Gast konnte nicht automatisch um eine neue Karte gebeten werden (zum Beispiel, weil für diese Reservierung bereits eine Anfrage offen ist oder uns keine E-Mail-Adresse des Gastes vorliegt).',
    nothingUnless: 'Vorerst nichts. Falls der Gast keine neue Karte hinterlegt, nehmen Sie Kontakt mit ihm auf.',
    contactGuest: 'Bitte wenden Sie sich an den Gast, um eine andere Karte zu erhalten, etwa indem Sie ihm über Ihr PMS eine neue Garantieanfrage senden.',
  },

  webhookDisabled: {
    subject: 'Webhook-Endpunkt deaktiviert – {{endpointUrl}}',
    disabled: 'Alle Versuche, Ereignisse an **{{endpointUrl}}** zu senden, schlagen seit **{{failingSince}}** fehl. Nach drei Tagen mit Fehlern senden wir nicht mehr an diesen Endpunkt.',
    howToEnable: 'Es geht nichts verloren: Die Ereignisse der letzten 30 Tage bleiben im Ereignis-Feed (GET /v1/events). Sobald der Endpunkt wieder antwortet, aktivieren Sie ihn erneut (PATCH /v1/webhook-endpoints/{{endpointId}} mit "enabled": true) und senden Sie das Versäumte erneut.',
  },

  page,
};
