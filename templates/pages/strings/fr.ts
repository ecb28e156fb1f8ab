import type { PageStrings } from '../types';

export const fr: PageStrings = {
  genericHeader: 'Paiement sécurisé',
  payment: {
    title: { deposit: 'Régler les arrhes', guarantee: 'Garantir votre réservation' },
    intro: {
      deposit: 'Pour confirmer votre réservation, merci de régler les arrhes ci-dessous.',
      guarantee: 'Pour garantir votre réservation, enregistrez une carte bancaire. Aucun montant ne sera débité maintenant.',
    },
    staffIntro: {
      deposit: 'Réception : saisissez la carte que le client vous communique par téléphone. Les arrhes ci-dessous y sont débitées maintenant.',
      guarantee: 'Réception : saisissez la carte que le client vous communique par téléphone. Elle est conservée en garantie ; rien n’est débité maintenant.',
    },
    labels: { arrival: 'Arrivée', departure: 'Départ', stay: 'Durée du séjour', guest: 'Au nom de' },
    amountLabel: { deposit: 'Arrhes à régler', guarantee: 'Montant garanti' },
    ofTotal: 'sur un total de {{total}}',
    fullStay: 'totalité de votre séjour',
    noChargeNow: 'Aucun débit maintenant : votre carte est conservée en garantie de {{amount}}.',
    deadline: "À effectuer avant le {{deadline}} (heure locale de l'hôtel).",
    button: { deposit: 'Payer {{amount}}', guarantee: 'Enregistrer ma carte' },
    secure: "Vous saisirez les données de votre carte à l'étape suivante, sur la page sécurisée de notre prestataire de paiement.",
  },
  problem: {
    expired: {
      title: 'Ce lien a expiré',
      body: "Le délai prévu pour ce paiement est dépassé et ce lien n'est plus valable. Si vous souhaitez maintenir votre réservation, contactez l'hôtel : il pourra vous envoyer un nouveau lien.",
    },
    used: {
      title: 'Ce lien a déjà été utilisé',
      body: "Le paiement ou l'enregistrement de votre carte a déjà été effectué avec ce lien. Vous n'avez rien d'autre à faire.",
    },
    cancelled: {
      title: 'Cette demande a été annulée',
      body: "L'hôtel a annulé cette demande de paiement : aucun montant ne vous sera demandé par ce lien.",
    },
    not_found: {
      title: 'Lien introuvable',
      body: "Ce lien n'est pas valide. Vérifiez qu'il a bien été copié en entier depuis l'e-mail que vous avez reçu.",
    },
  },
  contact: {
    withEmail: 'Une question ? Écrivez à {{hotelName}} : {{{emailLink}}}',
    withoutEmail: "Pour toute question, contactez directement l'hôtel auprès duquel vous avez réservé.",
  },
  result: {
    succeeded: {
      title: { deposit: 'Merci, votre paiement a bien été reçu', guarantee: 'Merci, votre carte a bien été enregistrée' },
      body: {
        deposit: 'Nous avons bien reçu votre paiement de {{amount}}. Votre réservation est confirmée et nous nous réjouissons de vous accueillir.',
        guarantee: "Votre carte est enregistrée en garantie de {{amount}} et votre réservation est confirmée. Aucun montant n'a été débité.",
      },
    },
    failed: {
      title: { deposit: "Le paiement n'a pas abouti", guarantee: "L'enregistrement de votre carte n'a pas abouti" },
      body: {
        deposit: "Aucun montant n'a été débité. Votre réservation n'est pas encore confirmée : vous pouvez réessayer avec une autre carte ou contacter l'hôtel.",
        guarantee: "Votre réservation n'est pas encore garantie : vous pouvez réessayer avec une autre carte ou contacter l'hôtel.",
      },
    },
    pending: {
      title: { deposit: 'Paiement en cours de vérification', guarantee: 'Vérification de votre carte en cours' },
      body: {
        deposit: 'Nous attendons la confirmation de votre banque. Cette page se met à jour automatiquement : merci de ne pas la fermer.',
        guarantee: 'Nous attendons la confirmation de votre banque. Cette page se met à jour automatiquement : merci de ne pas la fermer.',
      },
    },
    abandoned: {
      title: { deposit: 'Paiement interrompu', guarantee: 'Enregistrement de la carte interrompu' },
      body: {
        deposit: "Vous avez quitté la page de paiement avant la fin : aucun montant n'a été débité et votre réservation n'est pas encore confirmée.",
        guarantee: "Vous avez quitté la page de paiement avant la fin : votre carte n'a pas été enregistrée et votre réservation n'est pas encore garantie.",
      },
    },
    retryUntil: "Vous pouvez réessayer jusqu'au {{deadline}} (heure locale de l'hôtel) ; passé ce délai, votre réservation pourra être annulée.",
    retry: { failed: 'Essayer une autre carte', abandoned: 'Réessayer' },
  },
};
