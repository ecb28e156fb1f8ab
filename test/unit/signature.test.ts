import { sign, signingString, verify } from '../../adapters/psp/systempay/signature';

const V1 = {
  vads_action_mode: 'INTERACTIVE', vads_amount: '5124', vads_ctx_mode: 'TEST', vads_currency: '978',
  vads_page_action: 'PAYMENT', vads_payment_config: 'SINGLE', vads_site_id: '12345678',
  vads_trans_date: '20170129130025', vads_trans_id: '123456', vads_version: 'V2',
};

describe('Systempay form signature', () => {
  it('matches the public HMAC-SHA-256 vector', () => {
    expect(signingString(V1, '1122334455667788')).toBe('INTERACTIVE+5124+TEST+978+PAYMENT+SINGLE+12345678+20170129130025+123456+V2+1122334455667788');
    expect(sign(V1, '1122334455667788')).toBe('ycA5Do5tNvsnKdc/eP1bj2xa19z9q3iWPy9/rpesfS0=');
  });

  it('matches the legacy SHA-1 vector', () => {
    expect(sign(V1, '1122334455667788', 'SHA-1')).toBe('59c96b34c74b9375c332b0b6a32e6deeec87de2b');
  });

  it('ignores non-vads fields and field order', () => {
    const shuffled = Object.fromEntries(Object.entries({ ...V1, signature: 'x', other: 'y' }).reverse());
    expect(sign(shuffled, '1122334455667788')).toBe('ycA5Do5tNvsnKdc/eP1bj2xa19z9q3iWPy9/rpesfS0=');
  });

  it('validates the IPN-style vector and rejects an altered field or a wrong key', () => {
    const ipn = { vads_amount: '5124', vads_trans_date: '20170129130025', vads_site_id: '12345678', vads_ctx_mode: 'TEST' };
    expect(verify(ipn, 'onkKR1MfdjBzrD7WB0J87mekhoy6kqGukaFsU+t09gA=', '1122334455667788')).toBe(true);
    expect(verify({ ...ipn, vads_amount: '5125' }, 'onkKR1MfdjBzrD7WB0J87mekhoy6kqGukaFsU+t09gA=', '1122334455667788')).toBe(false);
    expect(verify(ipn, 'onkKR1MfdjBzrD7WB0J87mekhoy6kqGukaFsU+t09gA=', '1122334455667789')).toBe(false);
    expect(verify(ipn, undefined, '1122334455667788')).toBe(false);
  });

  it('keeps empty values and UTF-8 text in a full realistic IPN (vector V4)', () => {
    const v4: Record<string, string> = {
      vads_amount: '19999', vads_auth_mode: 'FULL', vads_auth_number: '3fe85c', vads_auth_result: '00', vads_capture_delay: '0',
      vads_card_brand: 'CB', vads_card_number: '497010XXXXXX0014', vads_payment_certificate: 'd6fdfcb76d0e23f0d8a2e205c5570348c1a9478e',
      vads_ctx_mode: 'TEST', vads_currency: '978', vads_effective_amount: '19999', vads_effective_currency: '978', vads_site_id: '49808206',
      vads_trans_date: '20200801134711', vads_trans_id: '9c20f0', vads_trans_uuid: '192ee2d72bfc4ab3a9b1230a4eb301cf', vads_validation_mode: '0',
      vads_version: 'V2', vads_warranty_result: 'NO', vads_payment_src: 'EC', vads_sequence_number: '1', vads_contract_used: '5249685',
      vads_trans_status: 'AUTHORISED', vads_expiry_month: '6', vads_expiry_year: '2021', vads_bank_label: "Banque de démo et de l'innovation",
      vads_bank_product: 'F', vads_pays_ip: 'FR', vads_presentation_date: '20200801134715', vads_effective_creation_date: '20200801134715',
      vads_operation_type: 'DEBIT', vads_threeds_enrolled: 'U', vads_threeds_auth_type: '', vads_threeds_cavv: '', vads_threeds_eci: '',
      vads_threeds_xid: '', vads_threeds_cavvAlgorithm: '', vads_threeds_status: '', vads_threeds_sign_valid: '', vads_threeds_error_code: '6',
      vads_threeds_exit_status: '6', vads_risk_control: 'BIN_FRAUD=OK;CARD_FRAUD=OK;IP_FRAUD=OK;SUSPECT_COUNTRY=OK;SUSPECT_IP_COUNTRY=OK',
      vads_result: '00', vads_extra_result: '00', vads_card_country: 'FR', vads_language: 'fr',
      vads_brand_management: '{"userChoice":false,"brandList":"CB|VISA","brand":"CB"}',
      vads_hash: '8f9ad1ae7ed93f952658031b8b356f8c8faed1564242b857ca1e496955195b5a', vads_url_check_src: 'PAY',
      vads_action_mode: 'INTERACTIVE', vads_payment_config: 'SINGLE', vads_page_action: 'PAYMENT',
    };
    expect(sign(v4, 'PLtsY7IpnYMBadb5')).toBe('Ur5s9uhuLMSxTS7X7qIHuUdvIiWTFk2FPfCXDxIRP0I=');
  });
});
