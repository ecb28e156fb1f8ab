import { Logger } from '@aws-lambda-powertools/logger';
import { redact, redactText } from './redact';

/** One structured logger per function (service name from POWERTOOLS_SERVICE_NAME), always redacted. */
const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'hotel-payments' });

type Fields = Record<string, unknown>;
export const log = {
  debug: (msg: string, fields: Fields = {}) => logger.debug(redactText(msg), redact(fields) as Fields),
  info: (msg: string, fields: Fields = {}) => logger.info(redactText(msg), redact(fields) as Fields),
  warn: (msg: string, fields: Fields = {}) => logger.warn(redactText(msg), redact(fields) as Fields),
  error: (msg: string, fields: Fields = {}) => logger.error(redactText(msg), redact(fields) as Fields),
};
export { logger };
