import type { PageStrings } from '../types';

export const it: PageStrings = {
  genericHeader: 'Pagamento sicuro',
  payment: {
    title: { deposit: 'Versi la caparra', guarantee: 'Garantisca la Sua prenotazione' },
    intro: {
      deposit: 'Per confermare la Sua prenotazione, La preghiamo di versare la caparra indicata qui sotto.',
      guarantee: 'Per garantire la Sua prenotazione, registri una carta di credito. Non verrà effettuato alcun addebito ora.',
    },
    staffIntro: {
      deposit: 'Reception: inserisca la carta che l’ospite le comunica per telefono. La caparra indicata sotto viene addebitata ora.',
      guarantee: 'Reception: inserisca la carta che l’ospite le comunica per telefono. Viene conservata come garanzia; ora non viene addebitato nulla.',
    },
    labels: { arrival: 'Arrivo', departure: 'Partenza', stay: 'Soggiorno', guest: 'Intestata a' },
    amountLabel: { deposit: 'Caparra', guarantee: 'Importo garantito' },
    ofTotal: 'su un totale di {{total}}',
    fullStay: "intero importo del soggiorno",
    noChargeNow: 'Nessun addebito ora: la carta viene conservata a garanzia di {{amount}}.',
    deadline: "Da completare entro il {{deadline}} (ora locale dell'hotel).",
    button: { deposit: 'Paga {{amount}}', guarantee: 'Registra la mia carta' },
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
      title: { deposit: 'Grazie, abbiamo ricevuto il Suo pagamento', guarantee: 'Grazie, la Sua carta è stata registrata' },
      body: {
        deposit: 'Abbiamo ricevuto il Suo pagamento di {{amount}}. La Sua prenotazione è confermata e saremo lieti di accoglierLa.',
        guarantee: 'La Sua carta è registrata a garanzia di {{amount}} e la prenotazione è confermata. Non è stato effettuato alcun addebito.',
      },
    },
    failed: {
      title: { deposit: 'Il pagamento non è andato a buon fine', guarantee: 'Non è stato possibile registrare la carta' },
      body: {
        deposit: "Non è stato effettuato alcun addebito. La Sua prenotazione non è ancora confermata: può riprovare con un'altra carta o contattare l'hotel.",
        guarantee: "La Sua prenotazione non è ancora garantita: può riprovare con un'altra carta o contattare l'hotel.",
      },
    },
    pending: {
      title: { deposit: 'Verifica del pagamento in corso', guarantee: 'Verifica della carta in corso' },
      body: {
        deposit: 'Stiamo attendendo la conferma della Sua banca. Questa pagina si aggiorna automaticamente: La preghiamo di non chiuderla.',
        guarantee: 'Stiamo attendendo la conferma della Sua banca. Questa pagina si aggiorna automaticamente: La preghiamo di non chiuderla.',
      },
    },
    abandoned: {
      title: { deposit: 'Pagamento non completato', guarantee: 'Registrazione della carta non completata' },
      body: {
        deposit: 'Ha lasciato la pagina di pagamento prima della fine: non è stato effettuato alcun addebito e la prenotazione non è ancora confermata.',
        guarantee: 'Ha lasciato la pagina di pagamento prima della fine: la carta non è stata registrata e la prenotazione non è ancora garantita.',
      },
    },
    retryUntil: "Può riprovare fino al {{deadline}} (ora locale dell'hotel); dopo tale termine la prenotazione potrebbe essere annullata.",
    retry: { failed: "Prova con un'altra carta", abandoned: 'Riprova' },
  },
};
