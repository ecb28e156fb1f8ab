/**
 * Italian. "Caparra" is the Italian term for a deposit that confirms a booking. Courtesy forms (La,
 * Le, Sua) are capitalised, as Italian hotel correspondence usually writes them.
 * Una preautorizzazione: l'ospite la «accetta»; l'importo è «bloccato» sulla carta, senza
 * «addebito», finché l'hotel non lo «incassa» (in tutto o in parte); il resto è «svincolato».
 * Un addebito sulla carta registrata: l'hotel «addebita» l'importo sulla carta; se la banca lo
 * richiede, l'ospite «conferma il pagamento» sulla nostra pagina; un addebito rifiutato resta «dovuto».
 */
import type { Messages } from './en';

// Labels of the detail tables (e-mails) and of the stay on the payment page.
export const label: Messages['label'] = {
  hotel: 'Hotel',
  arrival: 'Arrivo',
  departure: 'Partenza',
  lengthOfStay: 'Soggiorno',
  guaranteedAmount: 'Importo garantito',
  depositDue: 'Caparra',
  depositPaid: 'Caparra versata',
  amountToHold: 'Importo della preautorizzazione',
  amountHeld: 'Importo bloccato',
  totalForYourStay: 'Importo totale',
  bookingReference: 'Numero di prenotazione',
  transactionNumber: 'Numero di transazione',
  date: 'Data',
  amountRefunded: 'Importo rimborsato',
  bookedFor: 'Intestata a',
  booking: 'Prenotazione',
  guest: 'Ospite',
  type: 'Tipo',
  amount: 'Importo',
  totalForTheStay: 'Importo totale',
  stay: 'Soggiorno',
  transaction: 'Transazione',
  dateAndTime: 'Data e ora',
  refundAmount: 'Importo del rimborso',
  paymentConcerned: 'Pagamento interessato',
  refundReference: 'Riferimento del rimborso',
  reasonGiven: 'Motivo indicato',
  providerCode: 'Codice del gestore',
  providerMessage: 'Messaggio del gestore',
  bookingStatus: 'Stato della prenotazione',
  secondPaymentAmount: 'Importo del secondo pagamento',
  secondPayment: 'Secondo pagamento',
  firstPayment: 'Primo pagamento',
  secondPreauthorisation: 'Seconda preautorizzazione',
  firstPreauthorisation: 'Prima preautorizzazione',
  request: 'Richiesta',
  providerAnswer: 'Risposta del fornitore',
  optionDeadline: "Scadenza dell'opzione",
  newOptionDeadline: "Nuova scadenza dell'opzione",
  outcome: 'Esito',
  userId: 'Identificativo',
  name: 'Nome',
  rights: 'Permessi',
  lockedSince: 'Bloccato dal',
  wrongPinsCleared: 'Tentativi errati azzerati',
  webhookEndpoint: 'Endpoint',
  failingSince: 'In errore dal',
  lastResult: 'Ultima risposta',
  optionExpiry: "Scadenza dell'opzione",
  holdLapse: 'Scadenza prevista',
  reason: 'Motivo',
  amountToCharge: 'Importo da pagare',
  amountCharged: 'Importo addebitato',
  card: 'Carta',
  cardExpiry: 'Scadenza',
  chargeId: "Riferimento dell'addebito",
  linkValidUntil: 'Link di pagamento valido fino al',
  newCardBefore: 'Nuova carta richiesta entro il',
};

// Why the hotel charges a card the guest registered: as a table shows it (`label`), and as a
// sentence says it to the guest (`forGuest`) and to the front desk (`forHotel`).
export const chargeReason: Messages['chargeReason'] = {
  label: {
    prepayment: 'Pagamento anticipato',
    stay: 'Servizi durante il soggiorno',
    balance: 'Saldo alla partenza',
    no_show: 'Mancata presentazione (no-show)',
    fee: 'Spese aggiuntive',
  },
  forGuest: {
    prepayment: 'a titolo di pagamento anticipato del soggiorno',
    stay: 'per i servizi usufruiti durante il soggiorno',
    balance: 'a saldo del Suo soggiorno',
    no_show: 'per la mancata presentazione',
    fee: 'per spese aggiuntive relative alla Sua prenotazione',
  },
  forHotel: {
    prepayment: 'a titolo di pagamento anticipato',
    stay: 'per servizi durante il soggiorno',
    balance: 'a saldo alla partenza',
    no_show: 'per la mancata presentazione',
    fee: 'per spese aggiuntive',
  },
};

// The guest pages (payment, a link that cannot be paid, the result): plain text with {{values}}, no markup.
export const page: Messages['page'] = {
  genericHeader: 'Pagamento sicuro',
  payment: {
    title: {
      deposit: 'Versi la caparra',
      guarantee: 'Garantisca la Sua prenotazione',
      preauthorisation: 'Accetti la preautorizzazione',
      charge: 'Confermi il Suo pagamento',
    },
    intro: {
      deposit: 'Per confermare la Sua prenotazione, La preghiamo di versare la caparra indicata qui sotto.',
      guarantee: 'Per garantire la Sua prenotazione, registri una carta di credito. Non verrà effettuato alcun addebito ora.',
      preauthorisation: "Per confermare la Sua prenotazione, La preghiamo di accettare la preautorizzazione indicata qui sotto. L'importo sarà bloccato sulla carta, senza alcun addebito.",
      charge: '{{hotelName}} deve addebitare {{amount}} sulla carta che ha registrato. La Sua banca Le chiede di confermare questo pagamento.',
    },
    chargeIntro: '{{hotelName}} deve addebitare {{amount}} sulla carta che ha registrato, {{chargeFor}}. La Sua banca Le chiede di confermare questo pagamento.',
    staffIntro: {
      deposit: 'Reception: inserisca la carta che l’ospite le comunica per telefono. La caparra indicata sotto viene addebitata ora.',
      guarantee: 'Reception: inserisca la carta che l’ospite le comunica per telefono. Viene conservata come garanzia; ora non viene addebitato nulla.',
      preauthorisation: 'Reception: inserisca la carta che l’ospite le comunica per telefono. L’importo indicato sotto viene preautorizzato ora e resta bloccato; non viene addebitato nulla.',
      charge: "Reception: inserisca la carta che l'ospite le comunica per telefono. L'importo indicato sotto viene addebitato ora.",
    },
    ofTotal: 'su un totale di {{total}}',
    fullStay: 'intero importo del soggiorno',
    noChargeNow: 'Nessun addebito ora: la carta viene conservata a garanzia di {{amount}}.',
    heldNotCharged: 'Bloccato sulla carta, senza addebito: in seguito potremo addebitarlo in tutto o in parte, e il resto sarà svincolato.',
    chargeNote: 'Non viene addebitato nulla finché non avrà confermato il pagamento con la Sua banca.',
    deadline: "Da completare entro il {{deadline}} (ora locale dell'hotel).",
    button: {
      deposit: 'Paga {{amount}}',
      guarantee: 'Registra la mia carta',
      preauthorisation: 'Autorizza {{amount}}',
      charge: 'Conferma e paga {{amount}}',
    },
    secure: 'Al passaggio successivo inserirà i dati della carta sulla pagina sicura del nostro fornitore di pagamenti.',
  },
  problem: {
    expired: {
      title: 'Questo link è scaduto',
      body: "Il termine per questo pagamento è trascorso e il link non è più valido. Se desidera mantenere la prenotazione, contatti l'hotel, che potrà inviarLe un nuovo link.",
    },
    used: {
      title: 'Questo link è già stato utilizzato',
      body: 'Il pagamento o la registrazione della carta sono già stati effettuati con questo link. Non deve fare altro.',
    },
    cancelled: {
      title: 'Questa richiesta è stata annullata',
      body: "L'hotel ha annullato questa richiesta di pagamento: tramite questo link non Le verrà richiesto alcun importo.",
    },
    not_found: {
      title: 'Link non trovato',
      body: "Questo link non è valido. Verifichi di averlo copiato per intero dall'e-mail ricevuta.",
    },
  },
  contact: {
    withEmail: 'Domande? Scriva a {{hotelName}}: {{{emailLink}}}',
    withoutEmail: "Per qualsiasi domanda, contatti direttamente l'hotel presso cui ha prenotato.",
  },
  result: {
    succeeded: {
      title: {
        deposit: 'Grazie, abbiamo ricevuto il Suo pagamento',
        guarantee: 'Grazie, la Sua carta è stata registrata',
        preauthorisation: 'Grazie, la preautorizzazione è stata accettata',
        charge: 'Grazie, il Suo pagamento è stato confermato',
      },
      body: {
        deposit: 'Abbiamo ricevuto il Suo pagamento di {{amount}}. La Sua prenotazione è confermata e saremo lieti di accoglierLa.',
        guarantee: 'La Sua carta è registrata a garanzia di {{amount}} e la prenotazione è confermata. Non è stato effettuato alcun addebito.',
        preauthorisation: "La Sua carta è preautorizzata per {{amount}} e la prenotazione è confermata. L'importo è soltanto bloccato; non è stato effettuato alcun addebito.",
        charge: 'Abbiamo ricevuto il Suo pagamento di {{amount}}. Grazie: Le invieremo una ricevuta via e-mail.',
      },
    },
    failed: {
      title: {
        deposit: 'Il pagamento non è andato a buon fine',
        guarantee: 'Non è stato possibile registrare la carta',
        preauthorisation: 'La preautorizzazione non è andata a buon fine',
        charge: 'Il pagamento non è andato a buon fine',
      },
      body: {
        deposit: "Non è stato effettuato alcun addebito. La Sua prenotazione non è ancora confermata: può riprovare con un'altra carta o contattare l'hotel.",
        guarantee: "La Sua prenotazione non è ancora garantita: può riprovare con un'altra carta o contattare l'hotel.",
        preauthorisation: "Sulla Sua carta non è bloccato alcun importo. La Sua prenotazione non è ancora confermata: può riprovare con un'altra carta o contattare l'hotel.",
        charge: "Non è stato effettuato alcun addebito e l'importo resta dovuto: può riprovare con un'altra carta o contattare l'hotel.",
      },
    },
    pending: {
      title: {
        deposit: 'Verifica del pagamento in corso',
        guarantee: 'Verifica della carta in corso',
        preauthorisation: 'Verifica della preautorizzazione in corso',
        charge: 'Verifica del pagamento in corso',
      },
      body: {
        deposit: 'Stiamo attendendo la conferma della Sua banca. Questa pagina si aggiorna automaticamente: La preghiamo di non chiuderla.',
        guarantee: 'Stiamo attendendo la conferma della Sua banca. Questa pagina si aggiorna automaticamente: La preghiamo di non chiuderla.',
        preauthorisation: 'Stiamo attendendo la conferma della Sua banca. Questa pagina si aggiorna automaticamente: La preghiamo di non chiuderla.',
        charge: 'Stiamo attendendo la conferma della Sua banca. Questa pagina si aggiorna automaticamente: La preghiamo di non chiuderla.',
      },
    },
    abandoned: {
      title: {
        deposit: 'Pagamento non completato',
        guarantee: 'Registrazione della carta non completata',
        preauthorisation: 'Preautorizzazione non completata',
        charge: 'Pagamento non completato',
      },
      body: {
        deposit: 'Ha lasciato la pagina di pagamento prima della fine: non è stato effettuato alcun addebito e la prenotazione non è ancora confermata.',
        guarantee: 'Ha lasciato la pagina di pagamento prima della fine: la carta non è stata registrata e la prenotazione non è ancora garantita.',
        preauthorisation: 'Ha lasciato la pagina di pagamento prima della fine: sulla carta non è bloccato alcun importo e la prenotazione non è ancora confermata.',
        charge: "Ha lasciato la pagina di pagamento prima della fine: non è stato effettuato alcun addebito e l'importo resta dovuto.",
      },
    },
    retryUntil: "Può riprovare fino al {{deadline}} (ora locale dell'hotel); dopo tale termine la prenotazione potrebbe essere annullata.",
    retryUntilCharge: "Può riprovare fino al {{deadline}} (ora locale dell'hotel).",
    retry: {
      failed: "Prova con un'altra carta",
      abandoned: 'Riprova',
    },
  },
};

/**
 * The whole catalog. `label`, `chargeReason` and `page` are declared apart, above: the guest pages
 * read only those, so their bundles leave the e-mails' sentences out.
 */
export const it: Messages = {
  // How a label reads before its value in the text part ("Hotel: …").
  format: {
    label: '{{label}}:',
  },

  label,

  // Values of the detail tables. `time`: a date and time at the hotel, as a table shows it.
  value: {
    time: '{{time}}',
    deposit: 'Caparra',
    cardGuarantee: 'Garanzia con carta',
    preauthorisation: 'Preautorizzazione',
    charge: 'Addebito sulla carta registrata',
    expired: 'Scaduta',
    cancelled: 'Annullata',
  },

  // Sentences several e-mails share.
  email: {
    hello: 'Buongiorno,',
    questions: 'Per qualsiasi domanda può scriverci a {{{emailLink}}}.',
    lookForward: 'Saremo lieti di accoglierLa.',
    lookForwardSoon: 'Saremo lieti di accoglierLa presto.',
    signOff: 'Cordiali saluti,',
    buttonFallback: 'Se il pulsante non funziona, copi questo link nel Suo browser:',
    bookingDetails: 'Può consultare i dettagli della Sua prenotazione in qualsiasi momento qui:',
    viewBooking: 'Apri la prenotazione',
    whatToDo: '**Cosa fare?**',
    footer: {
      guest: 'Inviato da {{hotelName}} · {{hotelEmail}}. Non Le chiederemo mai i dati della Sua carta via e-mail.',
      hotel: 'Notifica automatica del servizio di pagamento delle prenotazioni.',
    },
    noChargeNow: '**Non verrà effettuato alcun addebito ora.** La carta sarà conservata esclusivamente a titolo di garanzia per un importo di {{amount}}, secondo le condizioni della Sua prenotazione.',
    heldNotCharged: "**Non verrà effettuato alcun addebito ora.** L'importo sarà soltanto bloccato sulla Sua carta. In seguito potremo addebitarlo in tutto o in parte, ad esempio per il soggiorno o per eventuali extra; l'importo non addebitato sarà svincolato.",
    holdLapses: 'Se la preautorizzazione non viene né incassata né svincolata, scadrà da sola intorno al **{{holdExpiresAt}}**; dopo tale termine non sarà più possibile incassare nulla.',
  },

  // guarantee-request
  guaranteeRequest: {
    subject: 'Garanzia della Sua prenotazione – {{hotelName}}',
    intro: 'La ringraziamo per la Sua prenotazione, attualmente in opzione. Per garantirla, La preghiamo di registrare una carta di credito sulla nostra pagina di pagamento sicura.',
    deadline: "La preghiamo di procedere entro il **{{deadline}}** (ora locale dell'hotel); trascorso tale termine, purtroppo non potremo più mantenere la Sua prenotazione.",
    button: 'Garantisci la prenotazione',
    openLink: 'Per garantire la prenotazione, apra questo link:',
  },

  // deposit-request
  depositRequest: {
    subject: 'Caparra per confermare la Sua prenotazione – {{hotelName}}',
    introPartial: 'La ringraziamo per la Sua prenotazione, attualmente in opzione. Per confermarla, La preghiamo di versare una caparra di **{{amount}}** (su un totale di {{total}}) tramite la nostra pagina di pagamento sicura.',
    introFull: "La ringraziamo per la Sua prenotazione, attualmente in opzione. Per confermarla, La preghiamo di versare una caparra di **{{amount}}** (pari all'intero importo del soggiorno) tramite la nostra pagina di pagamento sicura.",
    deadline: "La preghiamo di effettuare il pagamento entro il **{{deadline}}** (ora locale dell'hotel); trascorso tale termine, purtroppo non potremo più mantenere la Sua prenotazione.",
    button: 'Paga la caparra',
    openLink: 'Per versare la caparra, apra questo link:',
  },

  // preauthorisation-request
  preauthorisationRequest: {
    subject: 'Preautorizzazione per confermare la Sua prenotazione – {{hotelName}}',
    introPartial: 'La ringraziamo per la Sua prenotazione, attualmente in opzione. Per confermarla, La preghiamo di accettare una preautorizzazione di **{{amount}}** (su un totale di {{total}}) sulla Sua carta tramite la nostra pagina di pagamento sicura.',
    introFull: "La ringraziamo per la Sua prenotazione, attualmente in opzione. Per confermarla, La preghiamo di accettare una preautorizzazione di **{{amount}}** (pari all'intero importo del soggiorno) sulla Sua carta tramite la nostra pagina di pagamento sicura.",
    deadline: "La preghiamo di accettare la preautorizzazione entro il **{{deadline}}** (ora locale dell'hotel); trascorso tale termine, purtroppo non potremo più mantenere la Sua prenotazione.",
    button: 'Accetta la preautorizzazione',
    openLink: 'Per accettare la preautorizzazione, apra questo link:',
  },

  // payment-reminder
  reminder: {
    subjectGuarantee: 'Promemoria: garanzia della Sua prenotazione – {{hotelName}}',
    subjectDeposit: 'Promemoria: caparra per confermare la Sua prenotazione – {{hotelName}}',
    subjectPreauthorisation: 'Promemoria: preautorizzazione per confermare la Sua prenotazione – {{hotelName}}',
    subjectCharge: 'Promemoria: pagamento da confermare per la Sua prenotazione – {{hotelName}}',
    introGuarantee: 'Le ricordiamo che la Sua prenotazione è tuttora in opzione e che non abbiamo ancora ricevuto la garanzia con carta necessaria per confermarla. Può registrare la Sua carta in pochi istanti sulla nostra pagina di pagamento sicura.',
    introDepositPartial: 'Le ricordiamo che la Sua prenotazione è tuttora in opzione e che non abbiamo ancora ricevuto la caparra di **{{amount}}** (su un totale di {{total}}) necessaria per confermarla. Può versarla in pochi istanti tramite la nostra pagina di pagamento sicura.',
    introDepositFull: "Le ricordiamo che la Sua prenotazione è tuttora in opzione e che non abbiamo ancora ricevuto la caparra di **{{amount}}** (pari all'intero importo del soggiorno) necessaria per confermarla. Può versarla in pochi istanti tramite la nostra pagina di pagamento sicura.",
    introPreauthorisationPartial: 'Le ricordiamo che la Sua prenotazione è tuttora in opzione e che non abbiamo ancora ricevuto la preautorizzazione di **{{amount}}** (su un totale di {{total}}) necessaria per confermarla. Può accettarla in pochi istanti tramite la nostra pagina di pagamento sicura.',
    introPreauthorisationFull: "Le ricordiamo che la Sua prenotazione è tuttora in opzione e che non abbiamo ancora ricevuto la preautorizzazione di **{{amount}}** (pari all'intero importo del soggiorno) necessaria per confermarla. Può accettarla in pochi istanti tramite la nostra pagina di pagamento sicura.",
    introCharge: 'Le ricordiamo che il pagamento di **{{amount}}** {{chargeFor}}, relativo alla Sua prenotazione **{{reservationId}}**, deve ancora essere confermato. La Sua banca Le chiede di confermarlo personalmente: bastano pochi istanti sulla nostra pagina di pagamento sicura.',
    introChargeNoReason: 'Le ricordiamo che il pagamento di **{{amount}}** relativo alla Sua prenotazione **{{reservationId}}** deve ancora essere confermato. La Sua banca Le chiede di confermarlo personalmente: bastano pochi istanti sulla nostra pagina di pagamento sicura.',
    deadline: "La preghiamo di procedere entro il **{{deadline}}** (ora locale dell'hotel); trascorso tale termine, purtroppo non potremo più mantenere la Sua prenotazione.",
    depositButton: 'Versa la caparra',
    alreadyGuaranteed: 'Se ha già registrato la Sua carta, La preghiamo di non tenere conto di questo messaggio.',
    alreadyPaid: 'Se ha già versato la caparra, La preghiamo di non tenere conto di questo messaggio.',
    alreadyAuthorised: 'Se ha già accettato la preautorizzazione, La preghiamo di non tenere conto di questo messaggio.',
    alreadyConfirmed: 'Se ha già confermato il pagamento, La preghiamo di non tenere conto di questo messaggio.',
  },

  // payment-confirmation-guest
  confirmationGuest: {
    subject: 'La Sua prenotazione è confermata – {{hotelName}}',
    deposit: 'Abbiamo ricevuto il Suo pagamento di **{{amount}}** e La ringraziamo: la Sua prenotazione è ora confermata.',
    guarantee: 'La Sua carta è stata registrata a garanzia della prenotazione, che è ora confermata. Non è stato effettuato alcun addebito.',
    preauthorisation: "La Sua carta è stata preautorizzata per **{{amount}}** e la Sua prenotazione è ora confermata. L'importo è soltanto bloccato sulla carta, senza alcun addebito: in seguito potremo addebitarlo in tutto o in parte, ad esempio per il soggiorno o per eventuali extra, e l'importo non addebitato sarà svincolato.",
  },

  // payment-confirmation-hotel
  confirmationHotel: {
    subjectDeposit: 'Caparra ricevuta – prenotazione {{reservationId}}, {{guestName}}',
    subjectGuarantee: 'Garanzia con carta registrata – prenotazione {{reservationId}}, {{guestName}}',
    subjectPreauthorisation: 'Preautorizzazione ricevuta – prenotazione {{reservationId}}, {{guestName}}',
    subjectCharge: 'Addebito pagato – prenotazione {{reservationId}}, {{guestName}}',
    deposit: 'È stata versata online una caparra di **{{amount}}** per la prenotazione **{{reservationId}}**. La prenotazione è ora confermata.',
    guarantee: 'È stata registrata una carta a garanzia ({{amount}}) per la prenotazione **{{reservationId}}**. La prenotazione è ora confermata; non è stato effettuato alcun addebito.',
    preauthorisation: "È stata concessa online una preautorizzazione di **{{amount}}** per la prenotazione **{{reservationId}}**. La prenotazione è ora confermata; l'importo è bloccato sulla carta dell'ospite e non è stato incassato nulla.",
    charge: "L'ospite ha confermato presso la sua banca l'addebito di **{{amount}}** {{chargeForHotel}} sulla prenotazione **{{reservationId}}** ({{guestFormalName}}): l'importo è stato addebitato.",
    chargeNoReason: "L'ospite ha confermato presso la sua banca l'addebito di **{{amount}}** sulla prenotazione **{{reservationId}}** ({{guestFormalName}}): l'importo è stato addebitato.",
    captureOrRelease: "Mantenga la preautorizzazione finché non la incassa, in tutto o in parte (ad esempio alla partenza dell'ospite), oppure la svincoli se non è più necessaria.",
  },

  // lapse-digest
  digest: {
    subjectOne: '{{count}} opzione scaduta – {{hotelName}}',
    subjectOther: '{{count}} opzioni scadute – {{hotelName}}',
    introOne: 'Presso {{hotelName}}, la seguente opzione è scaduta senza garanzia con carta né versamento della caparra.',
    introOther: 'Presso {{hotelName}}, le seguenti {{count}} opzioni sono scadute senza garanzia con carta né versamento della caparra.',
    released: 'Liberata: la prenotazione è ora scaduta.',
    stillOnOption: 'Ancora in opzione: la vostra regola prevede solo la segnalazione; vi preghiamo di occuparvene.',
    booking: 'Prenotazione {{reservationId}}',
  },

  // payment-digest-hotel (regola hotelPaymentEmails: daily_digest)
  paymentDigest: {
    subjectOne: '{{count}} pagamento ricevuto il {{date}} – {{hotelName}}',
    subjectOther: '{{count}} pagamenti ricevuti il {{date}} – {{hotelName}}',
    introOne: 'Presso {{hotelName}}, il seguente pagamento è stato ricevuto online il {{date}}; la prenotazione è confermata.',
    introOther: 'Presso {{hotelName}}, i seguenti {{count}} pagamenti sono stati ricevuti online il {{date}}; le prenotazioni sono confermate.',
    policy: 'La vostra regola raccoglie questi avvisi in un’unica e-mail al giorno; le carte rifiutate e tutto ciò che richiede un vostro intervento vi vengono sempre inviati subito.',
    booking: 'Prenotazione {{reservationId}}',
  },

  // refund-failed
  refundFailed: {
    subject: 'Rimborso non riuscito – prenotazione {{reservationId}}, {{guestName}}',
    refused: "Il Suo gestore dei pagamenti ha rifiutato il rimborso di **{{amount}}** per la prenotazione **{{reservationId}}** ({{guestFormalName}}). All'ospite non è stato rimborsato alcun importo.",
    checkPayment: 'La preghiamo di verificare il pagamento {{parentTransactionId}} nel back office del Suo gestore dei pagamenti: potrebbe, ad esempio, risultare già rimborsato o annullato.',
    checkPaymentNoId: 'La preghiamo di verificare il pagamento nel back office del Suo gestore dei pagamenti: potrebbe, ad esempio, risultare già rimborsato o annullato.',
    refundAgain: "Se l'ospite deve ancora essere rimborsato, richieda di nuovo il rimborso dal Suo PMS o direttamente nel back office: l'importo è di nuovo disponibile per il rimborso.",
  },

  // refund-confirmation-guest
  refundGuest: {
    subject: 'Il Suo rimborso di {{amount}} – {{hotelName}}',
    refunded: 'Le confermiamo il rimborso di **{{amount}}** relativo alla Sua prenotazione.',
    backToCard: "L'importo verrà riaccreditato sulla carta utilizzata per il pagamento. A seconda della Sua banca, potrebbero essere necessari alcuni giorni lavorativi prima che compaia sul Suo estratto conto.",
  },

  // payment-after-close-hotel
  afterClose: {
    subjectDeposit: "Pagamento ricevuto dopo la chiusura dell'opzione – prenotazione {{reservationId}}, {{guestName}}",
    subjectGuarantee: "Garanzia con carta ricevuta dopo la chiusura dell'opzione – prenotazione {{reservationId}}, {{guestName}}",
    subjectPreauthorisation: "Preautorizzazione ricevuta dopo la chiusura dell'opzione – prenotazione {{reservationId}}, {{guestName}}",
    depositExpired: "È stato ricevuto un pagamento di **{{amount}}** per la prenotazione **{{reservationId}}** ({{guestFormalName}}), che non è più in opzione: l'opzione è scaduta.",
    depositCancelled: 'È stato ricevuto un pagamento di **{{amount}}** per la prenotazione **{{reservationId}}** ({{guestFormalName}}), che non è più in opzione: la prenotazione è stata annullata.',
    depositOtherStatus: 'È stato ricevuto un pagamento di **{{amount}}** per la prenotazione **{{reservationId}}** ({{guestFormalName}}), che non è più in opzione: il suo stato è «{{otherStatus}}».',
    depositNoStatus: 'È stato ricevuto un pagamento di **{{amount}}** per la prenotazione **{{reservationId}}** ({{guestFormalName}}), che non è più in opzione.',
    charged: "L'importo è stato addebitato all'ospite, ma la prenotazione non è stata confermata e l'ospite non ha ricevuto alcuna conferma da parte nostra.",
    guaranteeExpired: "È stata registrata una carta a garanzia ({{amount}}) per la prenotazione **{{reservationId}}** ({{guestFormalName}}), che non è più in opzione: l'opzione è scaduta.",
    guaranteeCancelled: 'È stata registrata una carta a garanzia ({{amount}}) per la prenotazione **{{reservationId}}** ({{guestFormalName}}), che non è più in opzione: la prenotazione è stata annullata.',
    guaranteeOtherStatus: 'È stata registrata una carta a garanzia ({{amount}}) per la prenotazione **{{reservationId}}** ({{guestFormalName}}), che non è più in opzione: il suo stato è «{{otherStatus}}».',
    guaranteeNoStatus: 'È stata registrata una carta a garanzia ({{amount}}) per la prenotazione **{{reservationId}}** ({{guestFormalName}}), che non è più in opzione.',
    notCharged: "Non è stato effettuato alcun addebito e l'ospite non ha ricevuto alcuna conferma da parte nostra.",
    reinstateOrRefund: "La preghiamo di ripristinare la prenotazione nel Suo PMS, se può ancora accettarla, oppure di rimborsare il pagamento all'ospite con il pulsante di rimborso del Suo PMS o tramite l'API (POST /v1/transactions/{{transactionId}}/refunds).",
    reinstateOrRefundNoApi: "La preghiamo di ripristinare la prenotazione nel Suo PMS, se può ancora accettarla, oppure di rimborsare il pagamento all'ospite con il pulsante di rimborso del Suo PMS.",
    reinstate: "Se può ancora accettare la prenotazione, La preghiamo di ripristinarla nel Suo PMS; altrimenti non c'è nulla da rimborsare. In entrambi i casi Le consigliamo di informare l'ospite.",
    preauthorisationExpired: "È stata concessa una preautorizzazione di **{{amount}}** per la prenotazione **{{reservationId}}** ({{guestFormalName}}), che non è più in opzione: l'opzione è scaduta.",
    preauthorisationCancelled: 'È stata concessa una preautorizzazione di **{{amount}}** per la prenotazione **{{reservationId}}** ({{guestFormalName}}), che non è più in opzione: la prenotazione è stata annullata.',
    preauthorisationOtherStatus: 'È stata concessa una preautorizzazione di **{{amount}}** per la prenotazione **{{reservationId}}** ({{guestFormalName}}), che non è più in opzione: il suo stato è «{{otherStatus}}».',
    preauthorisationNoStatus: 'È stata concessa una preautorizzazione di **{{amount}}** per la prenotazione **{{reservationId}}** ({{guestFormalName}}), che non è più in opzione.',
    held: "L'importo è bloccato sulla carta dell'ospite, ma non è stato incassato nulla; la prenotazione non è stata confermata e l'ospite non ha ricevuto alcuna conferma da parte nostra.",
    reinstateOrRelease: "Se può ancora accettare la prenotazione, La preghiamo di ripristinarla nel Suo PMS e di mantenere la preautorizzazione finché non la incassa o la svincola; altrimenti La preghiamo di svincolare la preautorizzazione, affinché l'importo non resti bloccato sulla carta dell'ospite. In entrambi i casi Le consigliamo di informare l'ospite.",
  },

  // payment-twice-hotel
  twice: {
    subject: 'Secondo pagamento ricevuto – prenotazione {{reservationId}}, {{guestName}}',
    subjectPreauthorisation: 'Seconda preautorizzazione ricevuta – prenotazione {{reservationId}}, {{guestName}}',
    received: 'È stato ricevuto un secondo pagamento di **{{amount}}** per la prenotazione **{{reservationId}}** ({{guestFormalName}}), la cui richiesta di pagamento era già stata saldata (transazione {{firstTransactionId}}).',
    receivedNoId: 'È stato ricevuto un secondo pagamento di **{{amount}}** per la prenotazione **{{reservationId}}** ({{guestFormalName}}), la cui richiesta di pagamento era già stata saldata.',
    paidTwice: "L'ospite ha quindi pagato due volte.",
    refundSecond: "Le consigliamo di rimborsare all'ospite questo secondo pagamento, con il pulsante di rimborso del Suo PMS o tramite l'API (POST /v1/transactions/{{transactionId}}/refunds).",
    refundSecondNoApi: "Le consigliamo di rimborsare all'ospite questo secondo pagamento, con il pulsante di rimborso del Suo PMS.",
    receivedPreauthorisation: 'È stata concessa una seconda preautorizzazione di **{{amount}}** per la prenotazione **{{reservationId}}** ({{guestFormalName}}), la cui richiesta era già stata completata (transazione {{firstTransactionId}}).',
    receivedPreauthorisationNoId: 'È stata concessa una seconda preautorizzazione di **{{amount}}** per la prenotazione **{{reservationId}}** ({{guestFormalName}}), la cui richiesta era già stata completata.',
    heldTwice: "Sulla carta dell'ospite risultano quindi due preautorizzazioni per questa prenotazione; con la seconda non è stato incassato nulla.",
    releaseSecond: 'Le consigliamo di svincolare questa seconda preautorizzazione dal Suo PMS.',
  },

  // payment-failed-hotel
  failed: {
    subjectDeposit: 'Caparra rifiutata – prenotazione {{reservationId}}, {{guestName}}',
    subjectGuarantee: 'Carta rifiutata – prenotazione {{reservationId}}, {{guestName}}',
    subjectPreauthorisation: 'Preautorizzazione rifiutata – prenotazione {{reservationId}}, {{guestName}}',
    deposit: 'Il pagamento della caparra di **{{amount}}** per la prenotazione **{{reservationId}}** ({{guestFormalName}}) non è andato a buon fine: la carta è stata rifiutata. Non è stato addebitato nulla.',
    guarantee: 'La carta fornita a garanzia della prenotazione **{{reservationId}}** ({{guestFormalName}}) per **{{amount}}** è stata rifiutata. La prenotazione non è garantita.',
    preauthorisation: 'La preautorizzazione di **{{amount}}** per la prenotazione **{{reservationId}}** ({{guestFormalName}}) non è andata a buon fine: la carta è stata rifiutata. Sulla carta non è bloccato alcun importo.',
    reason: '**Motivo:** {{refusalReason}}.',
    staysOnOption: 'La prenotazione resta in opzione.',
    deadlineBroughtForward: "La scadenza dell'opzione è stata anticipata al **{{optionDeadline}}**.",
    deadlineKept: "La scadenza dell'opzione è il **{{optionDeadline}}**.",
    retryUntil: "L'ospite può provare un'altra carta con lo stesso link fino al {{deadline}}.",
    keepTheBooking: "Se desidera mantenere la prenotazione, contatti l'ospite: può provare un'altra carta con il link ricevuto, oppure Lei può inviare una nuova richiesta di pagamento. Senza pagamento entro la scadenza, l'opzione sarà trattata come qualsiasi opzione non garantita.",
    noLongerOnOption: "La prenotazione non è più in opzione; dall'ospite non è atteso altro.",
    chargeRetry: "L'ospite può provare un'altra carta con il link ricevuto, fino al {{deadline}}. Se non paga, lo contatti oppure incassi il pagamento alla reception.",
    chargeRetryNoDeadline: "L'ospite può provare un'altra carta con il link ricevuto. Se non paga, lo contatti oppure incassi il pagamento alla reception.",
    reasons: {
      insufficient_funds: 'fondi insufficienti o limite della carta raggiunto',
      card_expired: 'la carta è scaduta',
      card_invalid: 'i dati della carta non sono validi (numero o codice)',
      card_blocked: 'la carta è bloccata dalla banca (smarrimento, furto o sospetta frode)',
      declined_by_bank: 'rifiutata dalla banca del titolare, senza un motivo più preciso',
      contact_bank: 'la banca chiede al titolare di contattarla',
      technical: 'un problema tecnico della banca o del circuito di pagamento',
      authorisation_expired: "l'autorizzazione è scaduta prima dell'incasso",
      capture_failed: "l'importo non ha potuto essere incassato dopo l'autorizzazione",
      unknown: 'il fornitore di pagamento non ha indicato alcun motivo',
    },
    providerAnswerWithCode: '{{pspStatus}} (codice banca {{authResult}})',
  },

  // vault-user-hotel
  vault: {
    subjectCreated: 'Nuovo utente della cassaforte delle carte: {{userName}} ({{userId}}) – {{hotelName}}',
    subjectUnlocked: 'Utente della cassaforte delle carte sbloccato: {{userName}} ({{userId}}) – {{hotelName}}',
    subjectCleared: 'Tentativi di PIN errati azzerati: {{userName}} ({{userId}}) – {{hotelName}}',
    created: 'Con la chiave API della Sua struttura è stato creato un nuovo utente della cassaforte delle carte, **{{userName}}** ({{userId}}). Con il proprio PIN personale, questa persona può ora accedere alle carte di pagamento dei Suoi ospiti, secondo i permessi indicati di seguito.',
    unlocked: "L'utente **{{userName}}** ({{userId}}) della cassaforte delle carte è stato sbloccato con la chiave API della Sua struttura. Era bloccato dal {{lockedAt}} a causa di PIN errati e può di nuovo accedere alle carte secondo i propri permessi.",
    cleared: "I tentativi di PIN errati dell'utente **{{userName}}** ({{userId}}) della cassaforte delle carte sono stati azzerati con la chiave API della Sua struttura. L'utente non era ancora bloccato e dispone di nuovo di tutti i tentativi.",
    notExpecting: "**Non si aspettava questa modifica?** Contatti senza indugio il Suo fornitore del PMS e faccia sostituire la Sua chiave API: chiunque la possieda può creare e sbloccare utenti della cassaforte, e quindi concedersi l'accesso ai numeri completi delle carte dei Suoi ospiti. Se la modifica era prevista, non deve fare nulla.",
    canReveal: 'Vedere i numeri completi delle carte, e il CVV una sola volta (cards:reveal)',
    canManage: 'Cancellare carte (cards:manage)',
  },

  // hold-lapse-hotel
  holdLapse: {
    subjectReportOnly: 'Preautorizzazione in scadenza – prenotazione {{reservationId}}, {{guestName}}',
    subjectCapture: 'Incasso della preautorizzazione prima della scadenza – prenotazione {{reservationId}}, {{guestName}}',
    subjectRelease: 'Svincolo della preautorizzazione prima della scadenza – prenotazione {{reservationId}}, {{guestName}}',
    lapses: 'La preautorizzazione di **{{amount}}** per la prenotazione **{{reservationId}}** ({{guestFormalName}}) scadrà da sola intorno al **{{holdExpiresAt}}**; dopo tale termine non sarà più possibile incassare nulla.',
    captureOrRelease: "Entro tale termine incassi l'importo dovuto, in tutto o in parte, oppure svincoli la preautorizzazione.",
    capturing: 'Come previsto dalla Sua regola, la preautorizzazione di **{{amount}}** per la prenotazione **{{reservationId}}** ({{guestFormalName}}) viene ora incassata per intero, prima che scada intorno al **{{holdExpiresAt}}**.',
    releasing: "Come previsto dalla Sua regola, la preautorizzazione di **{{amount}}** per la prenotazione **{{reservationId}}** ({{guestFormalName}}) viene ora svincolata, prima che scada intorno al **{{holdExpiresAt}}**. Non viene incassato nulla e l'importo non resterà più bloccato sulla carta dell'ospite.",
  },

  chargeReason,

  // charge-request
  chargeRequest: {
    subject: 'Pagamento da confermare per la Sua prenotazione – {{hotelName}}',
    intro: 'Per la Sua prenotazione **{{reservationId}}** dobbiamo addebitare **{{amount}}** sulla carta che ci ha fornito, {{chargeFor}}. La Sua banca Le chiede di confermare personalmente questo pagamento: bastano pochi istanti sulla nostra pagina di pagamento sicura.',
    introNoReason: 'Per la Sua prenotazione **{{reservationId}}** dobbiamo addebitare **{{amount}}** sulla carta che ci ha fornito. La Sua banca Le chiede di confermare personalmente questo pagamento: bastano pochi istanti sulla nostra pagina di pagamento sicura.',
    notChargedYet: "**Non è ancora stato effettuato alcun addebito.** Questa conferma è un normale controllo di sicurezza della Sua banca; l'importo sarà addebitato solo dopo che avrà confermato il pagamento.",
    deadline: "La preghiamo di confermare il pagamento entro il **{{deadline}}** (ora locale dell'hotel).",
    button: 'Conferma il pagamento',
    openLink: 'Per confermare il pagamento, apra questo link:',
  },

  // charge-receipt
  chargeReceipt: {
    subject: 'Ricevuta del Suo pagamento di {{amount}} – {{hotelName}}',
    subjectBalance: 'Grazie per il Suo soggiorno: ricevuta di {{amount}} – {{hotelName}}',
    charged: 'Abbiamo addebitato **{{amount}}** sulla Sua carta, {{chargeFor}}. Di seguito trova la ricevuta del pagamento.',
    chargedNoReason: 'Abbiamo addebitato **{{amount}}** sulla Sua carta per la Sua prenotazione. Di seguito trova la ricevuta del pagamento.',
    balanceSettled: 'Il saldo del Suo soggiorno è ora regolato. La ringraziamo per aver soggiornato da noi e speriamo di avere il piacere di accoglierLa di nuovo presto.',
    keep: 'La invitiamo a conservare questa e-mail come prova di pagamento.',
  },

  // charge-failed-hotel
  chargeFailed: {
    subject: 'Addebito rifiutato – prenotazione {{reservationId}}, {{guestName}}',
    refused: "L'addebito di **{{amount}}** {{chargeForHotel}} sulla prenotazione **{{reservationId}}** ({{guestFormalName}}) è stato rifiutato. All'ospite non è stato addebitato nulla.",
    refusedNoReason: "L'addebito di **{{amount}}** sulla prenotazione **{{reservationId}}** ({{guestFormalName}}) è stato rifiutato. All'ospite non è stato addebitato nulla.",
    providerAnswer: '**Risposta del Suo fornitore di pagamenti:** «{{pspMessage}}» (codice {{pspCode}}).',
    anotherCard: "Chieda all'ospite un'altra carta inviandogli una nuova richiesta di garanzia, quindi ripeta l'addebito; oppure incassi il pagamento alla reception.",
  },

  // charge-action-hotel
  chargeAction: {
    subject: "Addebito in attesa di conferma da parte dell'ospite – prenotazione {{reservationId}}, {{guestName}}",
    needsGuest: "L'addebito di **{{amount}}** {{chargeForHotel}} sulla prenotazione **{{reservationId}}** ({{guestFormalName}}) deve essere confermato dall'ospite presso la sua banca. Non è ancora stato addebitato nulla.",
    needsGuestNoReason: "L'addebito di **{{amount}}** sulla prenotazione **{{reservationId}}** ({{guestFormalName}}) deve essere confermato dall'ospite presso la sua banca. Non è ancora stato addebitato nulla.",
    linkSent: "L'ospite ha ricevuto via e-mail un link di pagamento, valido fino al **{{deadline}}**. L'addebito sarà completato non appena avrà pagato.",
    linkSentNoDeadline: "L'ospite ha ricevuto via e-mail un link di pagamento. L'addebito sarà completato non appena avrà pagato.",
    nothingUnless: "Nulla per ora. Se l'ospite non paga, lo contatti oppure incassi il pagamento alla reception.",
  },

  // card-expiring-guest
  cardExpiring: {
    subject: 'Aggiorni la carta a garanzia della Sua prenotazione – {{hotelName}}',
    intro: 'La carta che ci ha fornito a garanzia della Sua prenotazione **{{reservationId}}** ({{expiringCard}}, scadenza {{expiry}}) scadrà prima della fine del Suo soggiorno, dal {{arrival}} al {{departure}}.',
    newCard: 'Affinché la Sua prenotazione resti garantita, La preghiamo di registrare una nuova carta sulla nostra pagina di pagamento sicura.',
    deadline: "La preghiamo di procedere entro il **{{deadline}}** (ora locale dell'hotel).",
    button: 'Registra una nuova carta',
    openLink: 'Per registrare una nuova carta, apra questo link:',
    alreadyDone: 'Se ha già registrato una nuova carta, La preghiamo di non tenere conto di questo messaggio.',
  },

  // card-expiring-hotel
  cardExpiringHotel: {
    subject: 'Carta a garanzia in scadenza – prenotazione {{reservationId}}, {{guestName}}',
    expires: 'La carta a garanzia della prenotazione **{{reservationId}}** ({{guestFormalName}}) scade prima della fine del soggiorno: {{expiringCard}}, scadenza **{{expiry}}**.',
    asked: "L'ospite ha ricevuto via e-mail una nuova richiesta di garanzia per registrare un'altra carta entro il **{{deadline}}**.",
    askedNoDeadline: "L'ospite ha ricevuto via e-mail una nuova richiesta di garanzia per registrare un'altra carta.",
    notAsked: "Non è stato possibile chiedere automaticamente una nuova carta all'ospite (ad esempio perché per questa prenotazione è già aperta una richiesta, o perché non disponiamo del suo indirizzo e-mail).",
    nothingUnless: "Nulla per ora. Se l'ospite non registra una nuova carta, lo contatti.",
    contactGuest: "Contatti l'ospite per ottenere un'altra carta, ad esempio inviandogli una nuova richiesta di garanzia dal Suo PMS.",
  },

  webhookDisabled: {
    subject: 'Endpoint webhook disattivato – {{endpointUrl}}',
    disabled: 'Tutti i tentativi di inviare eventi a **{{endpointUrl}}** falliscono dal **{{failingSince}}**. Dopo tre giorni di errori abbiamo smesso di inviare a questo endpoint.',
    howToEnable: 'Non si perde nulla: gli eventi degli ultimi 30 giorni restano nel flusso degli eventi (GET /v1/events). Quando l’endpoint risponde di nuovo, riattivatelo (PATCH /v1/webhook-endpoints/{{endpointId}} con "enabled": true) e reinviate ciò che ha perso.',
  },

  page,
};
