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
  it('redacts card numbers, API keys and sensitive fields before they are logged', () => {
    expect(redactText('card 4970 1000 0000 0014 and Bearer hk_abcdefghijklmnopqrstuvwxyz0123')).toBe('card [number:0014] and Bearer [redacted]');
    expect(redact({ testKey: 'x', nested: { cvv: '123', note: 'pan 5970100300000067' }, apiKey: 'hk_x', amount: 5 })).toEqual({
      testKey: '[redacted]', nested: { cvv: '[redacted]', note: 'pan [number:0067]' }, apiKey: '[redacted]', amount: 5,
    });
    expect(findLeaks(JSON.stringify(redact({ message: 'card 4970100000000014' })))).toEqual([]);
  });
});
