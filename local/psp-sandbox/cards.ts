import { randomBytes } from 'node:crypto';

/** 3-D Secure result of a test card, as the gateway reports it in `vads_threeds_*`. */
export interface ThreeDsResult {
  readonly enrolled: 'Y' | 'N' | 'U';
  /** Empty when no authentication took place (card not enrolled). */
  readonly status: 'Y' | 'N' | 'U' | '';
  readonly authType: '' | 'FRICTIONLESS' | 'CHALLENGE';
  /**
   * Only codes seen in real gateway payloads are used (6 with enrolment U, 7 for "not enrolled");
   * the sandbox leaves the others empty rather than invent values a merchant could come to rely on.
   */
  readonly exitStatus: string;
}

export interface TestCard {
  readonly number: string;
  /** As shown on the payment page. */
  readonly brand: 'CB/VISA' | 'VISA' | 'MASTERCARD';
  readonly scenario: string;
  readonly accepted: boolean;
  /** `vads_card_brand`: co-branded CB/VISA cards come back as CB, like on the real TEST gateway. */
  readonly cardBrand: 'CB' | 'VISA' | 'MASTERCARD';
  /** `vads_auth_result`; empty when the bank was never asked (3-D Secure failed first). */
  readonly authResult: string;
  /** `vads_warranty_result`; empty = not applicable (refused payments). */
  readonly warranty: 'YES' | 'NO' | '';
  readonly threeDs: ThreeDsResult;
  /**
   * Set when a card registration (REGISTER, a VERIFICATION) is accepted although payments with the
   * card are refused: `accepted` and `authResult` then describe payments only.
   */
  readonly registrationAccepted?: true;
}

/**
 * What becomes of a merchant-initiated charge of the card's token (Charge/CreatePayment with
 * `formAction: "SILENT"`, reference §6.2): no payment page, so no 3-D Secure.
 */
export type MerchantInitiatedOutcome =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'refused'; readonly authResult: string }
  | { readonly kind: 'authentication_required' };

const AUTHENTICATED: ThreeDsResult = { enrolled: 'Y', status: 'Y', authType: 'FRICTIONLESS', exitStatus: '' };
const CHALLENGED: ThreeDsResult = { enrolled: 'Y', status: 'Y', authType: 'CHALLENGE', exitStatus: '' };
const UNKNOWN_3DS: ThreeDsResult = { enrolled: 'U', status: 'U', authType: '', exitStatus: '6' };

/**
 * The sandbox's test cards. Numbers are Lyra's TEST BINs; the scenarios follow what is known of the
 * TEST gateway (reference §7) and are the only cards the sandbox accepts. Any future expiry date
 * and any 3- or 4-digit CVV work.
 */
export const TEST_CARDS: readonly TestCard[] = [
  {
    number: '4970100000000014', brand: 'CB/VISA', scenario: 'Accepted — 3-D Secure frictionless, payment guaranteed',
    accepted: true, cardBrand: 'CB', authResult: '00', warranty: 'YES', threeDs: AUTHENTICATED,
  },
  {
    number: '4970100000000055', brand: 'VISA', scenario: 'Accepted — payment not guaranteed (warranty NO)',
    accepted: true, cardBrand: 'VISA', authResult: '00', warranty: 'NO', threeDs: UNKNOWN_3DS,
  },
  {
    number: '4970100000000048', brand: 'VISA', scenario: 'Accepted — cardholder not enrolled in 3-D Secure',
    accepted: true, cardBrand: 'VISA', authResult: '00', warranty: 'NO', threeDs: { enrolled: 'N', status: '', authType: '', exitStatus: '7' },
  },
  {
    number: '5970100300000067', brand: 'MASTERCARD', scenario: 'Accepted — payment not guaranteed (warranty NO)',
    accepted: true, cardBrand: 'MASTERCARD', authResult: '00', warranty: 'NO', threeDs: UNKNOWN_3DS,
  },
  {
    number: '4970100000000071', brand: 'VISA', scenario: 'Refused — limit exceeded (auth result 51)',
    accepted: false, cardBrand: 'VISA', authResult: '51', warranty: '', threeDs: AUTHENTICATED,
  },
  {
    number: '4970100000000089', brand: 'VISA', scenario: 'Refused — wrong CVV (auth result 05, do not honor)',
    accepted: false, cardBrand: 'VISA', authResult: '05', warranty: '', threeDs: AUTHENTICATED,
  },
  {
    number: '4970100000000063', brand: 'VISA', scenario: 'Refused — 3-D Secure authentication failed',
    accepted: false, cardBrand: 'VISA', authResult: '', warranty: '', threeDs: { enrolled: 'Y', status: 'N', authType: 'CHALLENGE', exitStatus: '' },
  },
  {
    number: '5970100300000083', brand: 'MASTERCARD', scenario: 'Refused — limit exceeded (auth result 51)',
    accepted: false, cardBrand: 'MASTERCARD', authResult: '51', warranty: '', threeDs: AUTHENTICATED,
  },
  // 3-D Secure challenge cards (reference §7, row 4 of the production-key test table): the buyer
  // authenticates on the payment page; a SILENT charge of their token cannot, and is refused.
  {
    number: '4970115000000228', brand: 'CB/VISA', scenario: 'Accepted — 3-D Secure challenge; a charge of its token without the cardholder is refused: authentication required (auth result 63)',
    accepted: true, cardBrand: 'CB', authResult: '00', warranty: 'YES', threeDs: CHALLENGED,
  },
  {
    number: '5100010000000106', brand: 'MASTERCARD', scenario: 'Accepted — 3-D Secure challenge; a charge of its token without the cardholder is refused: authentication required (auth result 63)',
    accepted: true, cardBrand: 'MASTERCARD', authResult: '00', warranty: 'YES', threeDs: CHALLENGED,
  },
  // Reference §7: "Token creation OK - Payment refused due to exceeded limit if the installment
  // amount is higher than 0" (sibling-brand test-card page).
  {
    number: '4970101000001002', brand: 'CB/VISA', scenario: 'Card registration accepted; every payment refused — limit exceeded (auth result 51), a charge of its token too',
    accepted: false, cardBrand: 'CB', authResult: '51', warranty: '', threeDs: AUTHENTICATED, registrationAccepted: true,
  },
];

/**
 * Chained to the registration, the issuer answers a charge of the token as it answers a payment
 * with the card, except that a card which needs a 3-D Secure challenge cannot get one.
 */
export function merchantInitiatedOutcome(card: TestCard): MerchantInitiatedOutcome {
  if (!card.accepted) return { kind: 'refused', authResult: card.authResult || '05' };
  if (card.threeDs.authType === 'CHALLENGE') return { kind: 'authentication_required' };
  return { kind: 'accepted' };
}

/**
 * Labels of `vads_auth_result` / REST `detailedErrorCode` as Lyra's example words them
 * (reference §5.7), for the codes the sandbox answers.
 */
export const AUTH_RESULT_LABELS: Readonly<Record<string, string>> = {
  '00': 'Transaction approved or successfully treated',
  '05': 'Do not honor',
  '51': 'Insufficient provision or exceeds credit',
  '57': 'Transaction not allowed for this holder',
  '63': 'Does not abide to security rules',
};

export function findTestCard(number: string): TestCard | undefined {
  return TEST_CARDS.find((c) => c.number === number);
}

/** The only form of a card number that may leave the pay handler: first 6, six X, last 4. */
export function maskCardNumber(number: string): string {
  return `${number.slice(0, 6)}XXXXXX${number.slice(-4)}`;
}

/** `vads_threeds_*` output fields for a card. */
export function threeDsFields(card: TestCard): Record<string, string> {
  const t = card.threeDs;
  const authenticated = t.status === 'Y';
  return {
    vads_threeds_enrolled: t.enrolled,
    vads_threeds_status: t.status,
    vads_threeds_auth_type: t.authType,
    vads_threeds_eci: authenticated ? (card.cardBrand === 'MASTERCARD' ? '02' : '05') : '',
    vads_threeds_cavv: authenticated ? randomBytes(20).toString('base64') : '',
    vads_threeds_cavvAlgorithm: authenticated ? '2' : '',
    vads_threeds_xid: '',
    vads_threeds_sign_valid: authenticated ? '1' : '',
    vads_threeds_error_code: t.exitStatus,
    vads_threeds_exit_status: t.exitStatus,
  };
}
