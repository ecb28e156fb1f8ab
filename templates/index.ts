/** All guest- and hotel-facing text: e-mails and hosted pages, in fr, en, de, es, it. */
export {
  EMAIL_KINDS, renderEmail,
  type EmailData, type EmailKind, type HoldLapseData, type LapseDigestData, type OptionLapse, type PaymentDigestData, type RenderedEmail, type VaultUserData,
} from './emails';
export {
  CHARGE_REASONS, renderLinkProblemPage, renderPaymentPage, renderResultPage,
  type ChargeReason, type LinkProblem, type PaymentPageData, type ResultPageData, type ResultState,
} from './pages';
export { escapeHtml, renderHtml, renderText, TemplateError, type TemplateVars } from './render';
export { salutation } from './salutation';
