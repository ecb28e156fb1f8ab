import { findLeaks } from '../support/log-guard';
import { registerSecret } from '../support/secrets';
import { redact, redactText } from '../../functions/shared/redact';

describe('the log guard and the redactor', () => {
  it('spots card numbers and registered secrets, and nothing else', () => {
    registerSecret('SomePspKey-123456');
    expect(findLeaks('paid with 4970100000000014 today')).toEqual(['card number ending 0014']);
    expect(findLeaks('{"key":"SomePspKey-123456"}')).toEqual(['secret Som…']);
    expect(findLeaks('trans date 20261122090000, masked 497010XXXXXX0014, amount 13500')).toEqual([]);
    expect(findLeaks('keyed 4970-1000-0000-0014 by hand')).toEqual(['card number ending 0014']);
  });
  it('does not take digits inside a hash or an identifier for a card number', () => {
    // A notification id is a hex hash; this one holds a Luhn-valid run of 16 digits.
    expect(findLeaks('{"notificationId":"e1d14970100000000014ab","result":"stored"}')).toEqual([]);
    expect(findLeaks('{"notificationId":"4970100000000014abcdef"}')).toEqual([]);
  });
  it('spots 12-digit Maestro numbers, not other 12-digit values', () => {
    expect(findLeaks('paid with 500000000009 today')).toEqual(['card number ending 0009']);
    expect(findLeaks('keyed 6759 0000 0000 by hand')).toEqual(['card number ending 0000']);
    expect(findLeaks('{"note":"5600-0000-0003"}')).toEqual(['card number ending 0003']);
    // Luhn-valid but no Maestro prefix; a Maestro prefix failing Luhn; an AWS account id.
    expect(findLeaks('order 123456789015, ref 500000000008, arn:aws:sqs:eu-west-3:123456789012:q')).toEqual([]);
    // 13 digits and more keep their wider prefixes, Maestro's 50 and 56–58 included.
    expect(findLeaks('card 5000000000000009')).toEqual(['card number ending 0009']);
  });
  it('redacts card numbers, API keys and sensitive fields before they are logged', () => {
    expect(redactText('card 4970 1000 0000 0014 and Bearer hk_abcdefghijklmnopqrstuvwxyz0123')).toBe('card [number:0014] and Bearer [redacted]');
    // A key naming its hotel is redacted whole, the secret after the dot included.
    expect(redactText('key hk_H-PARIS_1.abcdefghijklmnopqrstuvwxyz0123 sent')).toBe('key hk_[redacted] sent');
    expect(redact({ testKey: 'x', nested: { cvv: '123', note: 'pan 5970100300000067' }, apiKey: 'hk_x', amount: 5 })).toEqual({
      testKey: '[redacted]', nested: { cvv: '[redacted]', note: 'pan [number:0067]' }, apiKey: '[redacted]', amount: 5,
    });
    expect(findLeaks(JSON.stringify(redact({ message: 'card 4970100000000014' })))).toEqual([]);
  });
  it('redacts 12-digit runs that pass Luhn, and 13 to 19 digits whatever they are', () => {
    expect(redactText('maestro 500000000009, keyed 6759-0000-0000')).toBe('maestro [number:0009], keyed [number:0000]');
    // 12 digits failing Luhn stay readable: an account id in an ARN, a Maestro number mistyped.
    expect(redactText('arn:aws:kms:eu-west-3:123456789012:key/k, 500000000008')).toBe('arn:aws:kms:eu-west-3:123456789012:key/k, 500000000008');
    expect(redactText('at 1700000000001 and 20261122090000')).toBe('at [number:0001] and [number:0000]');
    expect(findLeaks(JSON.stringify(redact({ message: 'card 500000000009', nested: ['6759 0000 0000'] })))).toEqual([]);
  });
});
